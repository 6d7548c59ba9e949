// Table 四 (行政复议、行政诉讼): 15 cells in one run — 行政复议, then lawsuits filed directly, then
// lawsuits after reconsideration, each 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计. Header words may
// be split or repeated anywhere before the numbers; the numbers end at the first label that is not
// a header word. Run-together digits are cut by the group rule 总计 = the other four.
import type { CellValue, Figure, Finding, MetricKey } from '../types';
import { DOC_START, findFirst, findFrom } from './find';
import { ambiguousFinding, cellFinding, digitsOf, excerpt, figure, readCell, sumCells, unreadableFinding } from './figures';
import { foldLabel } from './fold';
import {
  APPEAL_COLUMNS, APPEAL_GROUPS, APPEAL_HEADER, APPEAL_HEADER_WORDS, APPEAL_LITIGATION_KEYS,
  APPEAL_RECONSIDERATION_KEYS, APPEAL_START,
} from './layout';
import { cellOf, consensus, enumerateSplits, trimPadding, lastIsSum, type SplitCell } from './splits';
import { tokenize, type Pos, type ValueTok } from './tokens';

export interface AppealsResult {
  found: boolean;
  figures: Figure[];
  findings: Finding[];
}

const TABLE = '表四';
const CELLS = APPEAL_GROUPS.length * APPEAL_COLUMNS.length; // 15
const GROUP = APPEAL_COLUMNS.length; // 5
const MAX_CELL_DIGITS = 6;
/** How far above the 未经复议 header the table may start (its 行政复议 heading). */
const LOOK_BACK_LINES = 15;
const SECTION_END = [/[五六]\s*、/];
const ALL_KEYS: MetricKey[] = [
  ...APPEAL_RECONSIDERATION_KEYS, ...APPEAL_LITIGATION_KEYS, 'litigation_direct_total', 'litigation_after_reconsideration_total',
];

export function parseAppeals(lines: readonly string[], after: Pos | null): AppealsResult {
  const none: AppealsResult = { found: false, figures: [], findings: [] };
  const start = locate(lines, after);
  if (!start) return none;
  const endMatch = findFirst(lines, SECTION_END, start);
  const end: Pos = endMatch ? endMatch.start : { line: lines.length - 1, col: lines[lines.length - 1].length };
  const values = trimPadding(collectValues(tokenize(lines, start, end)), CELLS);
  if (values.length === 0) return none;

  const findings: Finding[] = [];
  const raws = values.map((v) => v.raw);
  let candidates: SplitCell[][] = [];
  let capped = false;
  if (values.length === CELLS) {
    candidates = [values.map((v) => cellOf(v.kind, v.raw, v.line))];
  } else if (values.length < CELLS) {
    const valid = enumerateSplits(values, { cells: CELLS, maxDigits: MAX_CELL_DIGITS, groupSize: GROUP, rule: lastIsSum, ruleId: 'sum', cap: 200 });
    candidates = valid.candidates;
    capped = valid.capped;
    if (candidates.length === 0 && values.every((v, i) => i === 0 || !v.sep)) {
      const all = enumerateSplits(values, { cells: CELLS, maxDigits: MAX_CELL_DIGITS, cap: 50 });
      candidates = all.candidates;
      capped = all.capped;
    }
  }
  if (candidates.length === 0) {
    findings.push(unreadableFinding(TABLE, '行政复议、行政诉讼', {
      zh: `数值“${digitsOf(raws)}”无法读作${CELLS}个单元格`,
      en: `the values "${digitsOf(raws)}" cannot be read as ${CELLS} cells`,
    }, ALL_KEYS));
    return { found: true, figures: [], findings };
  }
  const agreed = capped ? candidates[0].map(() => null) : consensus(candidates);
  const open = agreed.flatMap((c, i) => (c === null ? cellKeys(i) : []));
  if (open.length > 0) {
    findings.push(ambiguousFinding(TABLE, '行政复议、行政诉讼', digitsOf(raws), [...new Set(open)], capped ? 'many' : candidates.length, true));
  }
  const cells: (CellValue | null)[] = agreed.map((c) => (c ? readCell(c, 'count') : null));
  findings.push(...lawsuitGroupSums(cells, (i) => agreed[i]?.line ?? values[0].line));
  const rawAt = (i: number): string => agreed[i]?.raw ?? '';
  const lineAt = (i: number): number => agreed[i]?.line ?? values[0].line;
  return { found: true, figures: toFigures(cells, rawAt, lineAt), findings };
}

/**
 * Each lawsuit group's 总计 against its own four results (T4-GROUP-SUM). The catalogue keeps only the
 * two groups' sums, and two wrong group totals can cancel out there (direct 总计 one too many, after
 * reconsideration one too few), so the rule is checked per group on the printed cells. (行政复议 is
 * one group and is checked on its figures by checks/table4.ts.)
 */
function lawsuitGroupSums(cells: readonly (CellValue | null)[], lineAt: (i: number) => number): Finding[] {
  const out: Finding[] = [];
  for (const g of [1, 2]) {
    const group = cells.slice(g * GROUP, (g + 1) * GROUP);
    if (group.some((c) => !c || c.state !== 'number')) continue;
    const v = group.map((c) => (c as { value: number }).value);
    const s = v[0] + v[1] + v[2] + v[3];
    if (Math.abs(s - v[4]) < 1e-6) continue;
    const name = APPEAL_GROUPS[g].label;
    const parts = APPEAL_COLUMNS.slice(0, 4).map((c, i) => `${c.label} ${v[i]}`);
    const line = lineAt(g * GROUP + GROUP - 1);
    out.push(cellFinding('T4-GROUP-SUM', 'error', {
      zh: `表四“${name}”（第${line}行）：总计为${v[4]}，但结果之和为${s}（${parts.join('，')}）`,
      en: `table 四 group ${name} (line ${line}): 总计 is ${v[4]} but its results add up to ${s} (${parts.join(', ')})`,
    }, [g === 1 ? 'litigation_direct_total' : 'litigation_after_reconsideration_total']));
  }
  return out;
}

/** Metrics that depend on cell i of the 15. */
function cellKeys(i: number): MetricKey[] {
  const g = Math.floor(i / GROUP);
  const c = i % GROUP;
  if (g === 0) return [APPEAL_RECONSIDERATION_KEYS[c]];
  const keys: MetricKey[] = [APPEAL_LITIGATION_KEYS[c]];
  if (c === GROUP - 1) keys.push(g === 1 ? 'litigation_direct_total' : 'litigation_after_reconsideration_total');
  return keys;
}

function locate(lines: readonly string[], after: Pos | null): Pos | null {
  if (after) {
    const m = findFrom(lines, APPEAL_START, after);
    if (m) return m.start;
  }
  const header = findFrom(lines, APPEAL_HEADER, after ?? DOC_START);
  if (!header) return null;
  const from: Pos = { line: Math.max(after?.line ?? 0, header.start.line - LOOK_BACK_LINES), col: 0 };
  const heading = findFrom(lines, APPEAL_START, from, header.start);
  return heading ? heading.start : header.start;
}

/** The values after the header words, up to the first label that is not part of the header. */
function collectValues(tokens: ReturnType<typeof tokenize>): ValueTok[] {
  const values: ValueTok[] = [];
  // A header row of an HTML table (labels, and the empty cells its colspans leave) gives no cells.
  let row: ValueTok[] | null = null;
  let rowHasLabel = false;
  for (const tok of tokens) {
    if (tok.t === 'rowStart') {
      row = [];
      rowHasLabel = false;
      continue;
    }
    if (tok.t === 'rowEnd') {
      if (row && !(rowHasLabel && row.every((v) => v.kind === 'blank'))) values.push(...row);
      row = null;
      continue;
    }
    if (tok.t === 'value') {
      (row ?? values).push(tok);
      continue;
    }
    if (tok.t !== 'label') continue;
    if (row) rowHasLabel = true;
    if (values.length === 0) continue;
    if (values.length >= CELLS || !isHeaderText(tok.text)) break;
  }
  return values;
}

function isHeaderText(text: string): boolean {
  return foldLabel(text).replace(APPEAL_HEADER_WORDS, '').length <= 2;
}

function toFigures(
  cells: readonly (CellValue | null)[], rawAt: (i: number) => string, lineAt: (i: number) => number,
): Figure[] {
  const figures: Figure[] = [];
  const at = (g: number, c: number) => cells[g * GROUP + c];
  APPEAL_COLUMNS.forEach((col, c) => {
    const v = at(0, c);
    if (v) figures.push(figure(APPEAL_RECONSIDERATION_KEYS[c], v, lineAt(c), excerpt(APPEAL_GROUPS[0].label, col.label, rawAt(c))));
  });
  const direct = at(1, GROUP - 1);
  if (direct) figures.push(figure('litigation_direct_total', direct, lineAt(2 * GROUP - 1), excerpt(APPEAL_GROUPS[1].label, '总计', rawAt(2 * GROUP - 1))));
  const after = at(2, GROUP - 1);
  if (after) figures.push(figure('litigation_after_reconsideration_total', after, lineAt(3 * GROUP - 1), excerpt(APPEAL_GROUPS[2].label, '总计', rawAt(3 * GROUP - 1))));
  APPEAL_COLUMNS.forEach((col, c) => {
    const a = at(1, c);
    const b = at(2, c);
    if (!a || !b) return;
    const s = sumCells([a, b]);
    if (s) figures.push(figure(APPEAL_LITIGATION_KEYS[c], s, lineAt(GROUP + c), excerpt('行政诉讼 两组之和', col.label, String(s.value))));
  });
  return figures;
}
