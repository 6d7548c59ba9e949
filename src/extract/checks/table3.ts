// Table 三 (requests received and handled, 2019/2021 formats, docs/formats.md §3.3, §4.1), per column
// of the grid: row totals, the printed balance 一 + 二 = 三(七) + 四, the outcome sum and signs.
import type { CellValue, Finding, GridCell, MetricKey } from '../types';
import { type FigureMap, type Msg, exact, finding, fmtNum, near, sum } from './finding';
import { checkSum } from './sums';
import { unverifiedCode } from '../../domain/checks';
import {
  APPLICANT_COLUMNS, COLUMN_LABEL as COLUMN_ZH, NEW_BY_COLUMN, REQUEST_COLUMNS, outcomeRows, rowMetric, type RequestColumn,
} from '../../domain/table3';

const ALL_COLUMNS: readonly RequestColumn[] = REQUEST_COLUMNS.map((c) => c.key);

/** The outcome rows both formats print (the 其他处理 rows differ: one in 2019, three in 2021). */
const EXPECTED_OUTCOME_ROWS: readonly string[] = outcomeRows('2019').filter((r) => r !== 'other');

function isOutcomeRow(row: string): boolean {
  return row === 'granted' || row === 'partial' || /^(denied|unavailable|not_processed)_\d$/.test(row)
    || row === 'other' || /^other_\d$/.test(row);
}

type Cell = { cell: CellValue; line: number; label: string };

function index(grid: readonly GridCell[]): Map<string, Map<RequestColumn, Cell>> {
  const rows = new Map<string, Map<RequestColumn, Cell>>();
  for (const g of grid) {
    let r = rows.get(g.row);
    if (!r) rows.set(g.row, (r = new Map()));
    if (!r.has(g.column)) r.set(g.column, { cell: g.cell, line: g.line, label: g.rowLabel });
  }
  return rows;
}

const num = (c: Cell | undefined): number | null => (c && c.cell.state === 'number' ? c.cell.value : null);
const isBlank = (c: Cell | undefined): boolean => c !== undefined && c.cell.state !== 'number';

/** T3-RESULT-SUM and T3-BALANCE are built from the grid and from the figures alike: one wording. */
function resultSumMsg(column: string, s: number, total: number, line: number): Msg {
  return {
    zh: `表三“${column}”列：办理结果各项之和为${fmtNum(s)}，但（七）总计为${fmtNum(total)}（第${line}行）`,
    en: `table 三 column ${column}: the handled outcomes add up to ${fmtNum(s)} but the stated total (七) is ${fmtNum(total)} (line ${line})`,
  };
}

function balanceMsg(column: string, line: number, n: number, co: number, t: number, cf: number): Msg {
  return {
    zh: `表三“${column}”列（第${line}行）：本年新收${fmtNum(n)} + 上年结转${fmtNum(co)} = ${fmtNum(n + co)}，但办理结果（七）${fmtNum(t)} + 结转下年度${fmtNum(cf)} = ${fmtNum(t + cf)}`,
    en: `table 三 column ${column} (line ${line}): new ${fmtNum(n)} + carried over ${fmtNum(co)} = ${fmtNum(n + co)}, but handled (七) ${fmtNum(t)} + carried forward ${fmtNum(cf)} = ${fmtNum(t + cf)}`,
  };
}

export function table3Checks(grid: readonly GridCell[], fm: FigureMap): Finding[] {
  if (grid.length === 0) return table3FromFigures(fm);
  const rows = index(grid);
  return [...rowTotals(rows), ...balance(rows), ...resultSum(rows), ...nonNegative(grid)];
}

function rowTotals(rows: Map<string, Map<RequestColumn, Cell>>): Finding[] {
  const out: Finding[] = [];
  const unverified: string[] = [];
  for (const [row, cols] of rows) {
    const total = cols.get('total');
    const parts = APPLICANT_COLUMNS.map((c) => cols.get(c));
    if (!total) continue;
    if (num(total) === null || parts.some((p) => num(p) === null)) {
      if (num(total) !== null && parts.some(isBlank)) unverified.push(row);
      continue;
    }
    const s = sum(parts.map((p) => num(p)!));
    if (near(s, num(total)!)) continue;
    const metric = rowMetric(row);
    const metrics = metric ? [metric] : [];
    if (row === 'new') metrics.push(...Object.values(NEW_BY_COLUMN));
    out.push(finding('T3-ROW-TOTAL', {
      zh: `表三“${total.label || row}”行（第${total.line}行）：总计为${fmtNum(num(total)!)}，但各申请人列之和为${fmtNum(s)}（${APPLICANT_COLUMNS.map((c, i) => `${COLUMN_ZH[c]} ${fmtNum(num(parts[i])!)}`).join('，')}）`,
      en: `table 三 row ${total.label || row} (line ${total.line}): 总计 is ${fmtNum(num(total)!)} but the applicant columns add up to ${fmtNum(s)} (${APPLICANT_COLUMNS.map((c, i) => `${COLUMN_ZH[c]} ${fmtNum(num(parts[i])!)}`).join(', ')})`,
    }, metrics));
  }
  if (unverified.length > 0) {
    out.push(finding(unverifiedCode('T3-ROW-TOTAL'), {
      zh: `无法核验表三各行总计：${unverified.length}行的申请人列为空白或不适用（${unverified.slice(0, 5).join('，')}${unverified.length > 5 ? ' …' : ''}）`,
      en: `cannot verify table 三 row totals: applicant cells left blank or n/a in ${unverified.length} row(s) (${unverified.slice(0, 5).join(', ')}${unverified.length > 5 ? ' …' : ''})`,
    }, []));
  }
  return out;
}

function balance(rows: Map<string, Map<RequestColumn, Cell>>): Finding[] {
  const out: Finding[] = [];
  const metrics = ['requests_received', 'requests_carried_over', 'outcome_total', 'requests_carried_forward'];
  for (const col of ALL_COLUMNS) {
    const cells = ['new', 'carried_over', 'total', 'carried_forward'].map((r) => rows.get(r)?.get(col));
    if (cells.every((c) => c === undefined)) continue;
    if (cells.some((c) => num(c) === null)) {
      if (col === 'total' && cells.some(isBlank) && cells.some((c) => num(c) !== null)) {
        out.push(finding(unverifiedCode('T3-BALANCE'), {
          zh: '无法核验表三勾稽关系（总计列）：一/二/三(七)/四行中有单元格为空白或不适用',
          en: 'cannot verify the table 三 balance (总计 column): a cell of rows 一/二/三(七)/四 is blank or n/a',
        }, metrics));
      }
      continue;
    }
    const [n, co, t, cf] = cells.map((c) => num(c)!);
    if (near(n + co, t + cf)) continue;
    out.push(finding('T3-BALANCE', balanceMsg(COLUMN_ZH[col], cells[2]!.line, n, co, t, cf), metrics));
  }
  return out;
}

function resultSum(rows: Map<string, Map<RequestColumn, Cell>>): Finding[] {
  const out: Finding[] = [];
  const outcomeRows = [...rows.keys()].filter(isOutcomeRow);
  // 2021: (六) has three sub-rows; a parser may also give the group row 'other' — never count both.
  const hasOtherSubs = outcomeRows.some((r) => /^other_\d$/.test(r));
  const used = outcomeRows.filter((r) => !(hasOtherSubs && r === 'other'));
  if (used.length === 0) return out;
  // Every outcome row must be there: a row the parser could not read would make the sum fall short.
  const missing = EXPECTED_OUTCOME_ROWS.filter((r) => !rows.has(r));
  if (!hasOtherSubs && !rows.has('other')) missing.push('other');
  if (missing.length > 0) {
    return [finding(unverifiedCode('T3-RESULT-SUM'), {
      zh: `无法核验办理结果之和是否等于（七）总计：未读取表三的${missing.join('，')}行`,
      en: `cannot verify that the outcomes add up to the total (七): table 三 row(s) ${missing.join(', ')} were not read`,
    }, ['outcome_total'])];
  }
  for (const col of ALL_COLUMNS) {
    const total = rows.get('total')?.get(col);
    if (!total) continue;
    const parts = used.map((r) => rows.get(r)?.get(col));
    if (num(total) === null || parts.some((p) => num(p) === null)) {
      if (col === 'total' && (isBlank(total) || parts.some(isBlank)) && (num(total) !== null || parts.some((p) => num(p) !== null))) {
        out.push(finding(unverifiedCode('T3-RESULT-SUM'), {
          zh: '无法核验办理结果之和是否等于（七）总计：总计列中有单元格为空白或不适用',
          en: 'cannot verify that the outcomes add up to the total (七): a cell of the 总计 column is blank or n/a',
        }, ['outcome_total']));
      }
      continue;
    }
    const s = sum(parts.map((p) => num(p)!));
    if (near(s, num(total)!)) continue;
    out.push(finding('T3-RESULT-SUM', resultSumMsg(COLUMN_ZH[col], s, num(total)!, total.line), ['outcome_total']));
  }
  return out;
}

function nonNegative(grid: readonly GridCell[]): Finding[] {
  const bad = grid.filter((g) => g.cell.state === 'number' && (g.cell.value < 0 || !Number.isInteger(g.cell.value)));
  if (bad.length === 0) return [];
  return [finding('T3-NONNEG', {
    zh: `表三有${bad.length}个单元格不是非负整数：${bad.slice(0, 5).map((g) => `${g.rowLabel || g.row} / ${COLUMN_ZH[g.column]} = ${fmtNum(g.cell.value as number)}（第${g.line}行）`).join('；')}`,
    en: `table 三 has ${bad.length} cell(s) that are not whole numbers ≥ 0: ${bad.slice(0, 5).map((g) => `${g.rowLabel || g.row} / ${COLUMN_ZH[g.column]} = ${fmtNum(g.cell.value as number)} (line ${g.line})`).join('; ')}`,
  },
    [...new Set(bad.map((g) => rowMetric(g.row)).filter((k): k is MetricKey => k !== null))])];
}

/** Without a grid (a parser that only gave the 总计 column), the same rules on the figures. */
function table3FromFigures(fm: FigureMap): Finding[] {
  const out: Finding[] = [];
  const res = checkSum(fm, 'T3-RESULT-SUM', 'outcome_total', [
    'outcome_granted', 'outcome_partially_granted', 'outcome_denied', 'outcome_unavailable', 'outcome_not_processed', 'outcome_other',
  ]);
  for (const f of res) {
    if (f.code === 'T3-RESULT-SUM') {
      const t = fm.get('outcome_total')!;
      const s = ['outcome_granted', 'outcome_partially_granted', 'outcome_denied', 'outcome_unavailable', 'outcome_not_processed', 'outcome_other']
        .reduce((a, k) => a + (fm.get(k)!.value as number), 0);
      out.push(finding('T3-RESULT-SUM', resultSumMsg('总计', s, t.value as number, t.source.line), ['outcome_total']));
    } else {
      out.push(f);
    }
  }
  const keys = ['requests_received', 'requests_carried_over', 'outcome_total', 'requests_carried_forward'];
  const figs = keys.map((k) => fm.get(k));
  if (figs.every(exact)) {
    const [n, co, t, cf] = figs.map((f) => f!.value as number);
    if (!near(n + co, t + cf)) {
      out.push(finding('T3-BALANCE', balanceMsg('总计', figs[2]!.source.line, n, co, t, cf), keys));
    }
  }
  return out;
}
