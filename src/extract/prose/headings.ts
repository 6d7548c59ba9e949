// Reports that mirror the statistical table in prose (the Jilin model, seed-like: a heading
// `(七)接受培训人员数。` then a sentence `…接受培训人员数共计60人次。`) state each figure under a heading
// that is the table's own row label. The heading names the metric; the paragraph under it gives the
// first number in the row's unit, or says there was none (没有 / 未 / 无).
import { rowKey, type RowUnit, type Section } from '../table2008/catalogue';
import { findLabels } from '../table2008/labels';
import { lineAt } from '../table2008/lines';
import { statRegionOf } from '../table2008/region';
import { parseNumber, roundMoney } from '../text/numbers';
import type { Figure, NormalizedDoc } from '../types';
import { NUMBERED } from './text';

const UNITS: Record<RowUnit, string> = {
  条: '条|件|篇',
  件: '件|条|宗|份|个|起',
  个: '个|处',
  人: '人|名',
  次: '次|期|场',
  人次: '人次|人',
  篇: '篇|条',
  万元: '万元|元',
  元: '万元|元',
  '——': '',
};
const NUM = '(?<![\\d.])((?:约|近)?\\s*(?:\\d[\\d,]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)\\s*万?\\s*(?:余|多)?)\\s*';
const FIGURE: Partial<Record<RowUnit, RegExp>> = Object.fromEntries(
  (Object.keys(UNITS) as RowUnit[]).filter((u) => UNITS[u]).map((u) => [u, new RegExp(`${NUM}(${UNITS[u]})`)]),
);
const NONE = /没有|未|无|零/;
const STOCK = /累计|截至|截止|至今|到目前|历年/;
const HEADING_TAIL = /^(?:的?情况)?[。.:：]?$/;
const VALUE_AFTER_LABEL = /^[:：]?\s*(?:共计|共|为)?\s*[\d零〇一二两三四五六七八九十][^。]{0,12}[。.]?$/;
const MAX_BODY_LINES = 6;

/** Figures stated under headings that repeat the statistical table's row labels. */
export function headingFigures(doc: NormalizedDoc): Figure[] {
  const out: Figure[] = [];
  const done = new Set<string>();
  let section: Section | null = null;
  const lines = doc.lines;
  // The statistical table's own rows are not headings: its lines are left to parseStatTable.
  const table = statRegionOf(doc);
  const tableFrom = table ? lineAt(doc, table.start) - 1 : Infinity;
  const tableTo = table ? lineAt(doc, table.end) - 1 : -1;
  for (let i = 0; i < lines.length; i++) {
    if (i >= tableFrom && i <= tableTo) continue;
    const t = lines[i].trim();
    if (t.length === 0 || t.length > 60 || !NUMBERED.test(t)) continue;
    const hits = findLabels(t);
    if (hits.length !== 1 || hits[0].start !== 0) continue;
    const rest = t.slice(hits[0].end);
    // `(七)接受培训人员数。` with the figure in the paragraph below, or `(七)接受培训人员数:60人次`
    const inline = VALUE_AFTER_LABEL.test(rest);
    if (!inline && !HEADING_TAIL.test(rest)) continue;
    const row = hits[0].row;
    if (row.opens) section = row.opens;
    const key = rowKey(row, section);
    if (!key || row.group || done.has(key)) continue;
    const body = inline ? { text: rest, line: i + 1 } : bodyAfter(lines, i);
    if (!body) continue;
    const fig = figureIn(body.text, row.unit);
    if (!fig) continue;
    done.add(key);
    const money = row.unit === '万元' || row.unit === '元';
    const value = money && fig.unit === '万元' ? roundMoney(fig.value * 1e4) : fig.value;
    out.push({
      state: 'number',
      value,
      approx: fig.approx,
      key,
      source: { kind: 'text', line: body.line, excerpt: fig.excerpt },
    });
  }
  return out;
}

function bodyAfter(lines: string[], heading: number): { text: string; line: number } | null {
  for (let j = heading + 1; j < lines.length && j <= heading + MAX_BODY_LINES; j++) {
    const t = lines[j].trim();
    if (t.length === 0) continue;
    if (NUMBERED.test(t) || t.length < 8 || /^[(（]/.test(t)) return null;
    return { text: t.slice(0, 300), line: j + 1 };
  }
  return null;
}

function figureIn(
  text: string,
  unit: RowUnit,
): { value: number; approx: boolean; unit: string; excerpt: string } | null {
  const re = FIGURE[unit];
  if (!re) return null;
  const m = re.exec(text);
  const neg = NONE.exec(text);
  if (neg && (!m || neg.index < m.index)) {
    return { value: 0, approx: false, unit, excerpt: clip(text, neg.index) };
  }
  if (!m) return null;
  const clauseStart = Math.max(text.lastIndexOf('，', m.index), text.lastIndexOf(',', m.index), 0);
  if (STOCK.test(text.slice(clauseStart, m.index))) return null;
  const n = parseNumber(m[1].replace(/\s+/g, ''));
  if (!n) return null;
  return { value: n.value, approx: n.approx, unit: m[2], excerpt: clip(text, m.index, m[0].length) };
}

function clip(text: string, at: number, len = 0): string {
  const from = Math.max(0, at - 16);
  const to = Math.min(text.length, at + Math.max(len, 12) + 2);
  return text.slice(from, to).trim();
}
