// Figures and findings as the standard-table parsers emit them: provenance excerpts are the row
// label (shortened), the column and the cell as printed — never a passage.
import { parseCell, parseMoneyCell } from '../text/numbers';
import type { CellValue, Figure, Finding, MetricKey } from '../types';
import type { SplitCell } from './splits';

const BLANK: CellValue = { state: 'blank', value: null, approx: false };
const NA: CellValue = { state: 'na', value: null, approx: false };

/** `一、本年新收政府信息公开申请数量` → `一、本年新收…申请数量`. */
export function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > 12 ? `${chars.slice(0, 6).join('')}…${chars.slice(-4).join('')}` : label;
}

export function excerpt(label: string, column: string, raw: string): string {
  return `${shortLabel(label)} | ${column} | ${raw === '' ? '(空)' : raw}`;
}

export type CellKind = 'count' | 'change' | 'money_yuan' | 'money_wan';

/** A split cell read as the kind of cell it is; null when the text is not such a cell. */
export function readCell(c: SplitCell, kind: CellKind): CellValue | null {
  if (c.kind === 'blank') return BLANK;
  if (c.kind === 'na') return NA;
  if (kind === 'money_yuan') return parseMoneyCell(c.raw, '元');
  if (kind === 'money_wan') return parseMoneyCell(c.raw, '万元');
  const v = parseCell(c.raw);
  // A count printed with a sign is a misplaced cell, not a count; a change may be signed.
  if (v && v.state === 'number' && kind === 'count' && /^[+-]/.test(c.raw)) return null;
  return v;
}

export function figure(key: MetricKey, cell: CellValue, line: number, text: string): Figure {
  const source = { kind: 'table' as const, line, excerpt: text };
  return cell.state === 'number'
    ? { state: 'number', value: cell.value, approx: cell.approx, key, source }
    : { state: cell.state, value: null, approx: false, key, source };
}

/** The sum of several cells, or null when any of them is not a number (blank, `/`): a sum over a
 * blank is unknown, and the checks report "cannot verify" instead. */
export function sumCells(cells: readonly CellValue[]): CellValue | null {
  let s = 0;
  for (const c of cells) {
    if (c.state !== 'number') return null;
    s += c.value;
  }
  return { state: 'number', value: Math.round(s * 100) / 100, approx: false };
}

/** `ruled`: the table has sums that every listed cut satisfies (tables 三, 四); table 二 has none. */
export function ambiguousFinding(
  table: string, label: string, digits: string, metrics: MetricKey[], ways: number | 'many', ruled: boolean,
): Finding {
  const why = ruled ? "that all satisfy the table's sums" : 'and the table has no sum that decides';
  const whyZh = ruled ? '且每种拆分都符合表内勾稽关系' : '且表中没有可据以判断的合计关系';
  return cellFinding('CELL-AMBIGUOUS', 'warning', {
    zh: `${table}“${label}”：粘连数字“${digits}”有${ways === 'many' ? '多' : ways}种拆分方式${whyZh}；有歧义的单元格不予采用，不作猜测`,
    en: `${table} "${label}": the run-together digits "${digits}" can be cut into cells in ${ways === 'many' ? 'many' : ways} ways ${why}; the ambiguous cells are left out rather than guessed`,
  }, metrics);
}

/** `what` says, in both languages, why the cells cannot be read. */
export function unreadableFinding(table: string, label: string, what: { zh: string; en: string }, metrics: MetricKey[]): Finding {
  return cellFinding('CELL-UNREADABLE', 'warning', {
    zh: `${table}“${label}”：${what.zh}；这些单元格不予采用`,
    en: `${table} "${label}": ${what.en}; the cells are left out`,
  }, metrics);
}

/** A table parser's finding, its message in Chinese (message) and English (message_en). */
export function cellFinding(
  code: string, severity: Finding['severity'], msg: { zh: string; en: string }, metrics: MetricKey[],
): Finding {
  return { code, severity, message: msg.zh, message_en: msg.en, metrics };
}

export function digitsOf(raws: readonly string[]): string {
  return raws.map((r) => (r === '' ? '∅' : r)).join(' ');
}
