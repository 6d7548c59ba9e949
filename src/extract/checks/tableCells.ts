// Cell-level rules for the 2019/2021 tables, taken over from a peer's consistency rules
// (KIROGOVCOMPARE's ConsistencyCheckService: table-二 counts non-negative whole numbers and fees
// non-negative; tables 三/四 with empty or "/" cells flagged):
// - T2-NONNEG / T4-NONNEG: a count cell of table 二 or 四 that is negative or fractional, a fee or
//   procurement amount below 0 (table 二's 本年增/减 may be negative; table 三 has T3-NONNEG);
// - TABLE-BLANK-CELLS: cells of tables 三 and 四 left empty or marked n/a. The national form has a
//   number in every cell of these two tables (0 where nothing happened); an empty cell leaves the
//   table's own sums unverifiable, so an inspector should see how many there are and where.
import { PROACTIVE_ROWS } from '../table2019/layout';
import type { Figure, Finding, GridCell, MetricKey } from '../types';
import { type FigureMap, describe, describeZh, finding } from './finding';
import { rowMetric } from '../../domain/table3';

const COUNT_KEYS = new Set<string>();
const AMOUNT_KEYS = new Set<string>();
for (const rows of Object.values(PROACTIVE_ROWS)) {
  for (const r of rows) {
    for (const c of r.cells) {
      if (!c.key) continue;
      if (c.kind === 'count') COUNT_KEYS.add(c.key);
      if (c.kind === 'money_yuan' || c.kind === 'money_wan') AMOUNT_KEYS.add(c.key);
    }
  }
}

const TABLE4_KEYS = [
  'reconsideration_upheld', 'reconsideration_corrected', 'reconsideration_other', 'reconsideration_pending', 'reconsideration_total',
  'litigation_upheld', 'litigation_corrected', 'litigation_other', 'litigation_pending', 'litigation_total',
  'litigation_direct_total', 'litigation_after_reconsideration_total',
];

export function tableCellChecks(fm: FigureMap, grid: readonly GridCell[]): Finding[] {
  return [...nonNegative(fm, 'T2-NONNEG', '表二', [...COUNT_KEYS], [...AMOUNT_KEYS]), ...nonNegative(fm, 'T4-NONNEG', '表四', TABLE4_KEYS, []), ...blankCells(fm, grid)];
}

function nonNegative(fm: FigureMap, code: string, table: string, counts: readonly string[], amounts: readonly string[]): Finding[] {
  const bad: Figure[] = [];
  for (const k of [...counts, ...amounts]) {
    const f = fm.get(k);
    if (!f || f.state !== 'number' || f.source.kind !== 'table') continue;
    const isCount = counts.includes(k);
    if (f.value < 0 || (isCount && !Number.isInteger(f.value))) bad.push(f);
  }
  if (bad.length === 0) return [];
  return [finding(code, {
    zh: `${table}有${bad.length}个单元格不是非负数（计数须为整数）：${bad.slice(0, 5).map(describeZh).join('；')}`,
    en: `table ${table.slice(1)} has ${bad.length} cell(s) that are not ≥ 0 (counts must be whole numbers): ${bad.slice(0, 5).map(describe).join('; ')}`,
  }, bad.map((f) => f.key))];
}

function blankCells(fm: FigureMap, grid: readonly GridCell[]): Finding[] {
  const t3 = grid.filter((g) => g.cell.state !== 'number');
  const t4 = TABLE4_KEYS.map((k) => fm.get(k)).filter((f): f is Figure => f !== undefined && f.state !== 'number' && f.source.kind === 'table');
  const out: Finding[] = [];
  if (t3.length > 0) {
    // named by row (an empty row is seven cells), with its line
    const byRow = new Map<string, number>();
    for (const g of t3) if (!byRow.has(g.rowLabel || g.row)) byRow.set(g.rowLabel || g.row, g.line);
    const rows = [...byRow.keys()];
    const ex = rows.slice(0, 3).map((r) => `${r}（第${byRow.get(r)}行）`);
    const exEn = rows.slice(0, 3).map((r) => `${r} (line ${byRow.get(r)})`);
    out.push(finding('TABLE-BLANK-CELLS', {
      zh: `表三有${t3.length}个单元格为空白或“/”（涉及${rows.length}行），应填数字（无则填0）：${ex.join('；')}${rows.length > 3 ? ' …' : ''}`,
      en: `table 三 has ${t3.length} cell(s) left empty or "/" (in ${rows.length} row(s)) where a number (0 for none) belongs: ${exEn.join('; ')}${rows.length > 3 ? ' …' : ''}`,
    }, [...new Set(t3.map((g) => rowMetric(g.row)).filter((k): k is MetricKey => k !== null))]));
  }
  if (t4.length > 0) {
    out.push(finding('TABLE-BLANK-CELLS', {
      zh: `表四有${t4.length}项为空白或“/”，应填数字（无则填0）：${t4.slice(0, 3).map(describeZh).join('；')}${t4.length > 3 ? ' …' : ''}`,
      en: `table 四 has ${t4.length} figure(s) left empty or "/" where a number (0 for none) belongs: ${t4.slice(0, 3).map(describe).join('; ')}${t4.length > 3 ? ' …' : ''}`,
    }, t4.map((f) => f.key)));
  }
  return out;
}
