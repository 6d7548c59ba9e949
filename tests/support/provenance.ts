// The provenance invariant of the property tests: every figure points at where it came from. The
// value can be read off the excerpt (text) or a cell near the line (table), and a text excerpt is on
// the line it names. Kept apart from the test file so scripts can run it over many documents.
import { isMetricKey } from '../../src/domain/metrics';
import { parseChineseNumeral } from '../../src/extract/text/numbers';
import type { Extraction, MetricJson } from '../../src/extract/types';

/** How far a table cell may sit from the line its figure names (one cell per line: a table 三 row
 * spreads its label and 7 cells over 8+ lines; table 四 prints 15 cells after three header rows). */
export const TABLE_WINDOW = 40;

/** Numbers a reader can see in a string: digit runs (with decimals, thousands commas), each also
 * ×10⁴ and ×10⁸ when 万/亿 follows, and Chinese numerals. */
export function readableNumbers(s: string): Set<number> {
  const out = new Set<number>();
  for (const m of s.matchAll(/([-−]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(万|亿)?/g)) {
    const n = Number(m[2].replace(/,/g, ''));
    out.add(n);
    if (m[1]) out.add(-n); // 本年增/减 may be negative
    out.add(round2(n * 1e4)); // a table's 万元 cell stored in yuan, or 3万 in prose
    if (m[3] === '亿') out.add(round2(n * 1e8));
  }
  for (const m of s.matchAll(/[〇零一二两三四五六七八九十百千万亿]+/g)) {
    const n = parseChineseNumeral(m[0]);
    if (n !== null) out.add(n);
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every reason a figure's provenance is not honest, empty when it is. */
export function provenanceProblems(x: Extraction): string[] {
  const problems: string[] = [];
  const lines = x.doc.lines;
  for (const m of x.metrics as MetricJson[]) {
    const tag = `${m.key}=${m.value} (${m.state}, ${m.source.kind} line ${m.source.line}: ${JSON.stringify(m.source.excerpt)})`;
    if (!isMetricKey(m.key)) problems.push(`unknown key ${tag}`);
    if (m.state === 'number' ? !Number.isFinite(m.value) : m.value !== null) problems.push(`state/value mismatch ${tag}`);
    if (!(Number.isInteger(m.source.line) && m.source.line >= 1 && m.source.line <= lines.length)) {
      problems.push(`line out of range ${tag}`);
      continue;
    }
    if (m.state !== 'number') continue;
    const excerptNumbers = readableNumbers(m.source.excerpt);
    if (m.source.kind === 'text') {
      if (!squash(lines[m.source.line - 1]).includes(squash(m.source.excerpt))) problems.push(`excerpt not on its line ${tag}`);
      // prose gives zero as a negation (未收到申请, 没有发生, 无): the excerpt must then say so
      const negatedZero = m.value === 0 && /[未无没零]|不存在/.test(m.source.excerpt);
      if (!excerptNumbers.has(m.value!) && !negatedZero) problems.push(`value not in its excerpt ${tag}`);
    } else {
      const lo = Math.max(0, m.source.line - 1 - TABLE_WINDOW);
      const window = lines.slice(lo, m.source.line + TABLE_WINDOW).join('\n');
      // Cells may run together when a page is saved as text ('本年新收…230 000023'), so a cell's
      // digits need only occur in the text near the line, not as a separate number.
      const near = window.replace(/[\s,]/g, '');
      const occurs = (v: number) => [v, Number((v / 1e4).toFixed(8))].some((c) => near.includes(String(Math.abs(c))));
      // A group total the format defines as a sum of sub-rows ("(三)不予公开 1–8 | 总计 | 9"), or a
      // cell a short row left out and the table's identities decide ("… | 总计 | 6（推定）"), is
      // derived: its value is no cell, but it cannot exceed what the digits near it add up to.
      const derived = /\d\s*[–~～]\s*\d|之和|推定/.test(m.source.excerpt);
      // the sub-row range of a derived total (1–8) names rows, not cells
      const cells = derived ? m.source.excerpt.replace(/\d+\s*[–~～]\s*\d+/g, ' ') : m.source.excerpt;
      for (const d of cells.match(/\d+(?:\.\d+)?/g) ?? []) {
        if (derived && Number(d) === Math.abs(m.value!)) continue;
        if (!near.includes(d)) problems.push(`excerpt number ${d} not near its line ${tag}`);
      }
      if (derived) {
        const windowSum = [...window.matchAll(/\d+(?:\.\d+)?/g)].reduce((a, d) => a + Number(d[0]), 0);
        if (!(m.value! >= 0 && m.value! <= windowSum)) problems.push(`derived table value exceeds the cells near its line ${tag}`);
      } else if (!occurs(m.value!)) {
        problems.push(`table value not near its line ${tag}`);
      }
    }
  }
  return problems;
}

/** Whitespace-insensitive comparison: table rows may be re-spaced in an excerpt. */
const squash = (s: string) => s.replace(/[\s|]+/g, '');

