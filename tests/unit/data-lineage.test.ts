// One agency across a rename (issue "Real reports": 平潭县工商局 → 市场监督管理局 must be one line in
// Trends, one row in the Overview, with the break visible). Invented agencies; the lineage column is
// what the data build writes from src/domain/lineage.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './helpers/duckdbNode';
import { measureOf } from '../../src/domain/measures';
import { agencySearchQuery, agencyYearsQuery, coverageQuery, trendQuery } from '../../src/data/queries';
import { REFRESH_REPORT_BASE } from '../../src/data/sql';

let db: TestDb;
const OLD = '戊县工商局';
const NEW = '戊县市场监督管理局';
const MID = '戊县环保局';
beforeAll(async () => {
  db = await openTestDb();
  // 2018: both bodies reported (the year of the merger); 2016–2017 a second predecessor, 戊县环保局 (MID),
  // reported beside 戊县工商局 and stopped first
  for (const [id, short, year, value] of [['m1', MID, 2016, 1], ['m2', MID, 2017, 2], ['l0', OLD, 2016, 3], ['l1', OLD, 2017, 4], ['l2', OLD, 2018, 6], ['l4', NEW, 2018, 7], ['l3', NEW, 2019, 9]] as const) {
    await db.con.run(`INSERT INTO reports (report_id, file, origin, kind, agency_short, lineage, level, scope, province, report_year, era, timeliness, encoding, bytes, n_metrics, n_errors, n_warnings, n_infos, extractor_version)
      VALUES (?, ?, 'bundled', 'annual_report', ?, ?, 'department', 'self', '测试省', ?, '2008', 'on_time', 'utf-8', 1, 1, 0, 0, 0, 'test')`, [id, `${id}.txt`, short, NEW, year]);
    await db.con.run(`INSERT INTO metrics VALUES (?, 'requests_received', ?, 'number', false, 'table', 1, 'x')`, [id, value]);
  }
  await db.con.run(REFRESH_REPORT_BASE);
});
afterAll(() => db?.close());

describe('lineage in the queries', () => {
  it('Trends follows the renamed body as one line and says where the name changed', async () => {
    const rows = await db.run(trendQuery({ measure: measureOf('requests_received')!, agencies: [NEW] }));
    // one point a year: in the merger year, the report of the body the line is named after; before it,
    // the predecessor that went on longest (regression: the line alternated between two predecessors,
    // drawing a change of body every year, seen on the bundled 自然资源与生态环境局 line)
    expect(rows.map((r) => [r.agency, r.agency_short, r.report_year, r.value, r.change])).toEqual([
      [NEW, OLD, 2016, 3, null], [NEW, OLD, 2017, 4, 1], [NEW, NEW, 2018, 7, 3], [NEW, NEW, 2019, 9, 2],
    ]);
    expect(rows.map((r) => r.prev_name)).toEqual([null, OLD, OLD, NEW]);
  });
  it('the picker finds the agency under its earlier name and answers its current one', async () => {
    expect((await db.run(agencySearchQuery('工商'))).map((r) => r.agency)).toEqual([NEW]);
    expect((await db.run(agencySearchQuery('环保'))).map((r) => r.agency)).toEqual([NEW]);
  });
  it('the Overview has one row for the lineage, each square with its own name', async () => {
    const rows = (await db.run(coverageQuery({}))).filter((r) => r.agency === NEW);
    expect(rows.map((r) => [r.report_year, r.agency_short])).toEqual([[2016, OLD], [2016, MID], [2017, OLD], [2017, MID], [2018, OLD], [2018, NEW], [2019, NEW]]);
  });
  it("a report's other years include those under the earlier name", async () => {
    expect((await db.run(agencyYearsQuery(NEW))).map((r) => r.report_year)).toEqual([2016, 2016, 2017, 2017, 2018, 2018, 2019]);
  });
  it('a dataset without lineage groups by the short name as before', async () => {
    const rows = await db.run(trendQuery({ measure: measureOf('requests_received')!, agencies: ['甲街道'] }));
    expect(rows.map((r) => r.agency)).toEqual(['甲街道', '甲街道', '甲街道']);
  });
});
