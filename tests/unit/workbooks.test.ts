// The downloaded workbooks (src/app/export/): the pure specs, and each workbook written with exceljs,
// read back and compared cell by cell with the query behind its view — numbers are numbers, a blank
// or unreported figure is an empty cell, n/a stays `/`, the title, source and header rows are there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './helpers/duckdbNode';
import { readWorkbook } from './helpers/workbookRead';
import { compareQuery, metricStatesQuery, reviewFindingsQuery, reviewUnitsQuery, tableRowsQuery, trendQuery, type CompareRow, type ReviewFindingRow, type ReviewUnitRow, type TrendRow } from '../../src/data/queries';
import { measureOf } from '../../src/domain/measures';
import { effectiveWeights, RUBRIC } from '../../src/domain/rubric';
import { makeI18n } from '../../src/app/i18n';
import { compareWorkbook } from '../../src/app/export/compareSheet';
import { trendsWorkbook } from '../../src/app/export/trendsSheet';
import { reviewWorkbook } from '../../src/app/export/reviewSheet';
import { dataTableWorkbook, queryResultWorkbook } from '../../src/app/export/dataSheets';
import { complianceWorkbook } from '../../src/app/export/complianceSheets';
import { tableSheet } from '../../src/app/export/tableSheet';
import { figureCell, measureCell } from '../../src/app/export/cells';
import { fitWidth, NA_CELL, rowsAboveData, sheetName, workbookFileName } from '../../src/app/export/workbookSpec';
import { workbookBytes } from '../../src/app/export/writeXlsx';
import { scoredReview } from '../../src/app/review/reviewModel';
import type { ExportSource } from '../../src/app/export/source';

const zh = makeI18n('zh');
const en = makeI18n('en');
const SRC: ExportSource = { dataset: null, extractorVersion: '9.9.9', exportedOn: '2026-12-04' };
const requests = measureOf('requests_received')!;
const staff = measureOf('staff_total')!;
const share = measureOf('ratio_share_granted')!;

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
  // a cell marked n/a (`/`) and one number for a second metric, so both states reach a workbook
  await db.con.run(`INSERT INTO metrics VALUES ('r3', 'staff_total', NULL, 'na', false, 'table', 9, 'x'), ('r2', 'staff_total', 1234, 'number', false, 'table', 9, 'x')`);
});
afterAll(() => db?.close());

const states = async (key: string, ids: string[]) => new Map((await db.run(metricStatesQuery(key, ids))).map((r) => [String(r.report_id), String(r.state)]));

describe('workbook specs (pure)', () => {
  it('cells keep the four states apart', () => {
    expect(figureCell(12, 'number')).toBe(12);
    expect(figureCell(null, 'na')).toBe(NA_CELL);
    expect(figureCell(null, 'blank')).toBeNull();
    expect(figureCell(null)).toBeNull();
    expect(figureCell(0)).toBe(0);
    expect(figureCell('x')).toBeNull();
    // a percent ratio is stored as a fraction (the cell's format shows %)
    expect(measureCell(75, share)).toBe(0.75);
    expect(measureCell(75, requests)).toBe(75);
  });
  it('file and sheet names', () => {
    expect(workbookFileName(['年报数据', '对比', '收到申请数', 2024])).toBe('年报数据_对比_收到申请数_2024.xlsx');
    expect(workbookFileName(['a/b', null, '', 'c:d'])).toBe('a b_c d.xlsx');
    expect(sheetName('问题清单[2024]: 甲/乙?')).toBe('问题清单 2024   甲 乙');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(fitWidth('机关', ['甲街道办事处'])).toBe(14);
    expect(fitWidth('n', [1234567])).toBe(11);
  });
  it('a table sheet: value beside state keeps n/a as `/`; formats from the values', () => {
    const s = tableSheet({ name: 'm', title: 't', source: 's', columns: ['key', 'value', 'n'], rows: [
      { key: 'a', value: null, state: 'na', n: 1 }, { key: 'b', value: null, state: 'blank', n: 2 }, { key: 'c', value: 1.5, state: 'number', n: 3 },
    ] });
    expect(s.rows).toEqual([['a', '/', 1], ['b', null, 2], ['c', 1.5, 3]]);
    expect(s.columns.map((c) => c.format)).toEqual(['text', 'decimal', 'integer']);
    expect(rowsAboveData(s)).toBe(3);
  });
  it('Compare: the file name says what it is, English headers with lang=en', async () => {
    const rows = (await db.run(compareQuery({ measure: requests, year: 2020 }))) as CompareRow[];
    expect(compareWorkbook({ rows, measure: requests, year: 2020 }, zh, SRC).fileName).toBe('年报数据_对比_收到申请数_2020.xlsx');
    const e = compareWorkbook({ rows, measure: requests, year: 2020 }, en, SRC);
    expect(e.fileName).toBe('Nianbao_Compare_Requests received (new this year)_2020.xlsx');
    expect(e.sheets[0].columns.map((c) => c.header)).toEqual(['Rank', 'Agency', 'Full name', 'Level', 'Province', 'Requests received (new this year) (requests)']);
    expect(e.sheets[0].source).toContain('Extractor version: 9.9.9');
  });
  it('Trends: years as columns under their format era, the break year marked, the 口径 note in the source row', async () => {
    const rows = (await db.run(trendQuery({ measure: requests, agencies: ['甲街道'] }))) as TrendRow[];
    const s = trendsWorkbook({ rows, measure: requests }, zh, SRC).sheets[0];
    expect(s.columns.map((c) => [c.group, c.header])).toEqual([['机关', '机关'], ['2008版', '2018'], ['2019版', '2019（口径变化）'], ['2019版', '2020']]);
    expect(s.source).toContain('口径变化: 2019: 2008版统计表为收到申请数');
  });
});

describe('workbooks read back, cell by cell against the query', () => {
  it('Compare: title, source, frozen header, ranks, numbers as numbers, blank empty, n/a `/`', async () => {
    for (const m of [requests, staff]) {
      const rows = (await db.run(compareQuery({ measure: m, year: 2020 }))) as CompareRow[];
      const st = await states(m.key, rows.map((r) => r.report_id));
      const spec = compareWorkbook({ rows, measure: m, year: 2020, states: st }, zh, SRC);
      const [sheet] = await readWorkbook(await workbookBytes(spec));
      expect(sheet.rows[0][0]).toBe(`${zh.measureLabel(m.key)} · 2020`);
      expect(sheet.rows[1][0]).toMatch(/^数据来源 — 数据集: 内置数据集 · 报告年度: 2020 · 提取程序版本: 9\.9\.9 · 导出日期: 2026-12-04/);
      expect(sheet.rows[2]).toEqual(spec.sheets[0].columns.map((c) => c.header));
      expect(sheet.frozenRows).toBe(3);
      const data = sheet.rows.slice(3);
      expect(data).toHaveLength(rows.length);
      let rank = 0;
      rows.forEach((q, k) => {
        const want = q.value != null ? q.value : st.get(q.report_id) === 'na' ? '/' : null;
        expect(data[k][5], `${m.key} ${q.agency_short}`).toBe(want);
        expect(data[k][0]).toBe(q.value != null ? ++rank : null);
        expect(data[k][1]).toBe(q.agency_short);
        expect(data[k][3]).toBe(zh.level(q.level));
        if (typeof want === 'number') expect(sheet.numFmt(4 + k, 6)).toBe('#,##0');
      });
    }
    // the states really occur: requests_received has a blank cell (丙区), staff_total a `/` (乙镇)
    const staffRows = (await readWorkbook(await workbookBytes(compareWorkbook({
      rows: (await db.run(compareQuery({ measure: staff, year: 2020 }))) as CompareRow[], measure: staff, year: 2020,
      states: await states('staff_total', ['r2', 'r3', 'r4', 'r7']) }, zh, SRC))))[0].rows.slice(3);
    expect(new Map(staffRows.map((r) => [r[1], r[5]]))).toEqual(new Map<string, unknown>([['甲街道', 1234], ['乙镇', '/'], ['<img src=x onerror=alert(1)>', null], ['丙区', null]]));
  });

  it('Compare: a percent ratio is a fraction with a % format', async () => {
    const rows = (await db.run(compareQuery({ measure: share, year: 2020, minSize: 10 }))) as CompareRow[];
    const [sheet] = await readWorkbook(await workbookBytes(compareWorkbook({ rows, measure: share, year: 2020 }, zh, SRC)));
    rows.forEach((q, k) => {
      expect(sheet.rows[3 + k][5]).toBe(q.value == null ? null : q.value / 100);
      expect(sheet.rows[3 + k][6]).toBe(q.num);
      expect(sheet.rows[3 + k][7]).toBe(q.den);
    });
    expect(sheet.numFmt(4, 6)).toBe('0.0%');
  });

  it('Trends: two header rows (era over year), each agency × year cell equals the query', async () => {
    const rows = (await db.run(trendQuery({ measure: requests, agencies: ['甲街道', '丙区'] }))) as TrendRow[];
    const spec = trendsWorkbook({ rows, measure: requests, states: await states('requests_received', rows.map((r) => r.report_id)) }, zh, SRC);
    const [sheet] = await readWorkbook(await workbookBytes(spec));
    expect(sheet.frozenRows).toBe(4);
    const years = sheet.rows[3].slice(1).map((h) => Number(String(h).slice(0, 4)));
    expect(sheet.rows[2].slice(1)).toEqual(years.map((y) => (y < 2019 ? '2008版' : y < 2021 ? '2019版' : '2021版')));
    expect(sheet.merges.length).toBeGreaterThan(0);
    for (const q of rows) {
      const line = sheet.rows.slice(4).find((r) => r[0] === q.agency)!;
      expect(line[1 + years.indexOf(q.report_year)], `${q.agency} ${q.report_year}`).toBe(q.value ?? null);
    }
    // 丙区 2020: blank in the report → empty cell, never 0
    expect(sheet.rows.slice(4).find((r) => r[0] === '丙区')![1 + years.indexOf(2020)]).toBeNull();
  });

  it('Review: ranks and scores equal the rubric on the query rows; two header rows with the rules under "扣分情况"; missing units', async () => {
    for (const year of [2020, 2021]) {
      const units = (await db.run(reviewUnitsQuery({ year }))) as ReviewUnitRow[];
      const findings = (await db.run(reviewFindingsQuery({ year }))) as ReviewFindingRow[];
      const weights = effectiveWeights({ copied: 20 });
      const scored = scoredReview(units, findings, weights);
      const spec = reviewWorkbook({ scored, weights, year, scope: '测试省' }, zh, SRC);
      expect(spec.fileName).toBe(`年报数据_通报_测试省_${year}.xlsx`);
      const [main, fix, rubric] = await readWorkbook(await workbookBytes(spec));
      expect(main.rows[0][0]).toBe(`测试省 ${year} 年度报告质量通报`);
      expect(main.rows[1][0]).toContain(`报告年度: ${year}`);
      expect(main.frozenRows).toBe(4);
      expect(main.rows[2].slice(7, 7 + RUBRIC.length)).toEqual(RUBRIC.map(() => '扣分情况'));
      expect(main.rows[3].slice(7, 7 + RUBRIC.length)).toEqual(RUBRIC.map((r) => r.zh));
      const data = main.rows.slice(4);
      expect(data).toHaveLength(scored.length);
      scored.forEach((s, k) => {
        expect(data[k][0]).toBe(s.rank);
        expect(data[k][1]).toBe(s.unit.unit);
        expect(data[k][6]).toBe(s.score);
        RUBRIC.forEach((r, n) => expect(data[k][7 + n]).toBe(s.deductions.find((d) => d.rule === r.id)?.points ?? 0));
      });
      expect(rubric.rows.slice(3).map((r) => [r[0], r[3]])).toEqual(RUBRIC.map((r) => [r.id, weights[r.id]]));
      if (year === 2020) {
        expect(data.map((r) => [r[1], r[3], r[6]])).toEqual([
          ['<img src=x onerror=alert(1)>', '已发布', 100], ['乙镇', '已发布', 100], ['甲街道', '逾期', 97], ['丙区', '已发布', 75],
        ]);
        expect(fix.rows.slice(3).map((r) => [r[1], r[5]])).toEqual([['甲街道', 'T3-BALANCE'], ['丙区', 'EV-10'], ['丙区', 'EV-04']]);
      } else {
        // no report in 2021: every unit of 2020 is "not published" and scores 0
        expect(data.map((r) => [r[3], r[6]])).toEqual(units.map(() => ['未发布', 0]));
        expect(units.length).toBe(4);
      }
    }
  });

  it('Data table and SQL result: the stored columns, blank empty, n/a `/`', async () => {
    const rows = await db.run(tableRowsQuery({ table: 'metrics', sort: null, filter: null, limit: 1000 }));
    const cols = ['report_id', 'key', 'value', 'state'];
    const [sheet] = await readWorkbook(await workbookBytes(dataTableWorkbook('metrics', cols, rows, zh, SRC)));
    expect(sheet.rows[2]).toEqual(cols);
    rows.forEach((q, k) => {
      expect(sheet.rows[3 + k][2]).toBe(q.value != null ? q.value : q.state === 'na' ? '/' : null);
      expect(sheet.rows[3 + k][3]).toBe(q.state);
    });
    const [result] = await readWorkbook(await workbookBytes(queryResultWorkbook('SELECT 1 AS n, NULL AS x', ['n', 'x'], [{ n: 1, x: null }], en, SRC)));
    expect(result.rows[1][0]).toContain('SQL: SELECT 1 AS n, NULL AS x');
    expect(result.rows.slice(2)).toEqual([['n', 'x'], [1, null]]);
  });

  it('Compliance: three sheets, one per table', async () => {
    const spec = complianceWorkbook({ findings: [], scorecard: [{ agency_short: '甲', report_year: 2020, on_time: false, sections: true, balance: null, prose: true, copied: true, n_errors: 1, n_warnings: 0 }], ranking: [], year: 2020 }, zh, SRC);
    const sheets = await readWorkbook(await workbookBytes(spec));
    expect(sheets.map((s) => s.name)).toEqual(['问题清单', '报告评分卡', '问题最多的机关']);
    expect(sheets[1].rows[3]).toEqual(['甲', '2020', '✗ 否', '✓ 是', null, '✓ 是', '✓ 是', 1, 0]);
  });
});
