// The region queries run in DuckDB node on an invented county: the region filter (prefix on the
// division code, unresolved reports under their province), which units have their own report (who did
// not publish) and the rollup over the years with coverage and the same-units sums.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection, type DuckDBInstance as Instance } from '@duckdb/node-api';
import { createTableSql, TABLES } from '../../src/data/schema';
import { REFRESH_REPORT_BASE, sql, query, type BuiltQuery, type Param } from '../../src/data/sql';
import { METRIC_VALUES_VIEW } from '../../src/data/setup';
import { nodeConnector } from '../../scripts/cli/nodeConnector';
import { compareQuery, regionCountsQuery, rollupQuery, unitReportsQuery, reportConditions, findingsQuery, tableRowsQuery } from '../../src/data/queries';
import { measureOf } from '../../src/domain/measures';
import { regionCounts } from '../../src/domain/regionCounts';

// Four units of an invented county 430181 (codes of the real list; the reports are made up).
const A = '430181001', B = '430181002', C = '430181102', D = '430181104';
type Row = [id: string, short: string, level: string, scope: string, province: string | null, code: string | null, year: number, requests: number | null];
const REPORTS: Row[] = [
  ['a1', '甲街道', 'street', 'self', '湖南省', `${A}000`, 2021, 10],
  ['a2', '甲街道', 'street', 'self', '湖南省', `${A}000`, 2022, 12],
  ['b1', '乙街道', 'street', 'self', '湖南省', `${B}000`, 2021, 5],
  ['b2', '乙街道', 'street', 'self', '湖南省', `${B}000`, 2022, null], // reported, but not this figure
  ['c2', '丙镇', 'township', 'self', '湖南省', `${C}000`, 2022, 100], // new in 2022: coverage grows
  ['k1', '某县', 'county', 'self', '湖南省', '430181000000', 2022, 7],
  ['s1', '某县全县', 'county', 'region', '湖南省', '430181000000', 2022, 500], // region-wide summary
  ['d1', '某县财政局', 'department', 'self', '湖南省', '430181000000', 2022, 3],
  ['x1', '别县', 'county', 'self', '湖南省', '430102000000', 2022, 1],
  ['u1', '未定位镇', 'township', 'self', '湖南省', null, 2022, 2], // code not resolved
  ['f1', '福建某镇', 'township', 'self', '福建省', '350128100000', 2022, 4],
];

let instance: Instance;
let con: DuckDBConnection;
let run: <R>(q: BuiltQuery<R>) => Promise<R[]>;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  con = await instance.connect();
  for (const t of TABLES) await con.run(createTableSql(t));
  for (const [id, short, level, scope, province, code, year, requests] of REPORTS) {
    await con.run(`INSERT INTO reports (report_id, origin, kind, agency, agency_short, level, scope, province, division_code, report_year, n_metrics, n_errors, n_warnings, n_infos)
      VALUES (?, 'bundled', 'annual_report', ?, ?, ?, ?, ?, ?, ?, 1, 1, 0, 0)`, [id, short, short, level, scope, province, code, year]);
    if (requests !== null) await con.run(`INSERT INTO metrics (report_id, key, value, state) VALUES (?, 'requests_received', ?, 'number')`, [id, requests]);
    await con.run(`INSERT INTO findings (report_id, code, severity, message, message_en, metrics) VALUES (?, 'EV-04', 'error', 'x', 'x', '')`, [id]);
  }
  await con.run(METRIC_VALUES_VIEW);
  await con.run(REFRESH_REPORT_BASE);
  const c = nodeConnector(con);
  run = async (q) => (await c.query(q as BuiltQuery<Record<string, unknown>>)).rows as never;
});
afterAll(() => { con?.closeSync(); instance?.closeSync(); });

const idsIn = async (region: string) => (await run(query('t', sql`SELECT b.report_id FROM report_base b WHERE true${reportConditions('b', { region, includeRegion: true })} ORDER BY 1`)))
  .map((r) => (r as { report_id: string }).report_id);

describe('region filter', () => {
  it('matches the division code by prefix at every length, as a range with bound parameters', async () => {
    const c = reportConditions('b', { region: '430181' });
    // a range the scan checks against the row groups' min and max (starts_with is evaluated row by row)
    expect(c.text).toContain('b.division_code >= ? AND b.division_code < ?');
    expect(c.params).toEqual(expect.arrayContaining(['430181', '430182']));
    expect(reportConditions('b', { region: '430181109' }).params).toEqual(expect.arrayContaining(['430181109', '43018110:']));
    expect(await idsIn('430181')).toEqual(['a1', 'a2', 'b1', 'b2', 'c2', 'd1', 'k1', 's1']);
    expect(await idsIn('430181002')).toEqual(['b1', 'b2']);
    expect(await idsIn('4301')).toEqual(['a1', 'a2', 'b1', 'b2', 'c2', 'd1', 'k1', 's1', 'x1']);
  });
  it('a province holds its unresolved reports too; the unresolved node holds only them', async () => {
    expect(await idsIn('43')).toContain('u1');
    expect(await idsIn('unresolved-43')).toEqual(['u1']);
    expect(await idsIn('unresolved')).toEqual([]);
    expect(await idsIn('湖南省')).toEqual(await idsIn('43')); // an old link
  });
  it('combines with the level filter and reaches findings and the Data tables', async () => {
    const q = compareQuery({ measure: measureOf('requests_received')!, year: 2022, levelGroup: 'township', region: '430181' });
    expect((await run(q)).map((r) => r.agency_short)).toEqual(['丙镇', '甲街道', '乙街道']);
    expect((await run(findingsQuery({ region: '430181002' }))).map((r) => r.report_id)).toEqual(['b1', 'b2']);
    expect((await run(tableRowsQuery({ table: 'metrics', region: '430181001' }))).map((r) => r.report_id).sort()).toEqual(['a1', 'a2']);
  });
  it('counts per node add up in the tree, unresolved reports under their province', async () => {
    const counts = regionCounts(await run(regionCountsQuery({})));
    expect(counts.get('430181')).toBe(8);
    expect(counts.get('43')).toBe(10);
    expect(counts.get('unresolved-43')).toBe(1);
    expect(regionCounts(await run(regionCountsQuery({ levelGroup: 'township' }))).get('430181')).toBe(5);
  });
});

describe('unit reports (who did not publish)', () => {
  it('finds each unit’s own report for a year and leaves the units with none empty', async () => {
    const rows = await run(unitReportsQuery({ units: [A, B, C, D], year: 2021 }));
    expect(rows.map((r) => [r.code, r.report_id])).toEqual([[A, 'a1'], [B, 'b1'], [C, null], [D, null]]);
  });
  it('over all years; a county’s departments and its townships never count as the county', async () => {
    const rows = await run(unitReportsQuery({ units: ['430181', '430102', '430103'] }));
    // k1 (the county government) wins over its region-wide summary s1; d1 is a department
    expect(rows.map((r) => [r.code, r.report_year, r.report_id])).toEqual([['430102', 2022, 'x1'], ['430103', null, null], ['430181', 2022, 'k1']]);
  });
  it('no units: no rows, no error', async () => {
    expect(await run(unitReportsQuery({ units: [] }))).toEqual([]);
  });
});

describe('rollup', () => {
  it('sums a metric over the units per year with coverage, never the region-wide summary', async () => {
    const rows = await run(rollupQuery({ units: [A, B, C, D], metric: 'requests_received' }));
    expect(rows.map((r) => [r.report_year, r.expected, r.units_reported, r.units_with_value, r.total])).toEqual([
      [2021, 4, 2, 2, 15],
      [2022, 4, 3, 2, 112],
    ]);
  });
  it('same units in both years: only units giving the figure in the year and the year before', async () => {
    const [y2021, y2022] = await run(rollupQuery({ units: [A, B, C, D], metric: 'requests_received' }));
    expect([y2021.same_units, y2021.same_current]).toEqual([null, null]);
    // only 甲街道 gave the figure in both years: 10 → 12 (丙镇 is new, 乙街道 gave none in 2022)
    expect([y2022.same_units, y2022.same_previous, y2022.same_current]).toEqual([1, 10, 12]);
  });
  it('the county as a unit of its city sums the government’s own report only', async () => {
    const rows = await run(rollupQuery({ units: ['430181', '430102'], metric: 'requests_received' }));
    expect(rows.map((r) => [r.report_year, r.units_reported, r.total])).toEqual([[2022, 2, 8]]);
  });
  it('passes the metric key and unit codes as parameters', () => {
    const q = rollupQuery({ units: [A], metric: "x'; DROP TABLE reports; --" });
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual([A, "x'; DROP TABLE reports; --"]);
  });
});

// The unit reports and the rollup pick one report per unit and year with a grouped minimum (no window
// over every candidate); on random reports they answer what the window formulation answered.
describe('one report per unit and year: the same as the window over the candidates', () => {
  const units = ['430181001', '430181002', '430181102', '430181', '430102'];
  const windowUnits = (year: number | null) => sql`WITH u AS (SELECT DISTINCT code FROM (SELECT unnest([${units}]::VARCHAR[]) AS code)),
      r AS (SELECT u.code, b.report_year, b.report_id, b.agency_short FROM u JOIN report_base b ON b.division_code = rpad(u.code, 12, '0')
            WHERE coalesce(b.level, '') <> 'department'${year === null ? sql.trusted('') : sql` AND b.report_year = ${year}`}
            QUALIFY row_number() OVER (PARTITION BY u.code, b.report_year ORDER BY (b.scope = 'region'), b.n_metrics DESC, b.report_id) = 1)
      SELECT u.code, r.report_year, r.report_id, r.agency_short FROM u LEFT JOIN r USING (code) ORDER BY u.code, r.report_year`;
  const windowRollup = sql`WITH u AS (SELECT DISTINCT code FROM (SELECT unnest([${units}]::VARCHAR[]) AS code)),
      r AS (SELECT u.code, b.report_year, b.report_id FROM u JOIN report_base b ON b.division_code = rpad(u.code, 12, '0')
            WHERE coalesce(b.level, '') <> 'department' AND coalesce(b.scope, 'self') <> 'region'
            QUALIFY row_number() OVER (PARTITION BY u.code, b.report_year ORDER BY b.n_metrics DESC, b.report_id) = 1)
      SELECT r.code, r.report_year, r.report_id FROM r ORDER BY ALL`;
  const picked = (q: BuiltQuery) => sql.trusted(q.sql.replace(/SELECT y\.report_year[\s\S]*$/, 'SELECT r.code, r.report_year, r.report_id FROM r ORDER BY ALL'));

  it('on random candidates (scope NULL / self / region, n_metrics NULL or tied, departments)', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      for (const t of TABLES) await c.run(createTableSql(t));
      let seed = 7;
      const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % n; };
      const reports: Param[][] = [];
      const metrics: Param[][] = [];
      for (let k = 0; k < 400; k++) {
        const id = `r${String(rnd(100000)).padStart(5, '0')}-${k}`;
        reports.push([id, `机关${k}`, ['township', 'street', 'county', 'department'][rnd(4)], [null, 'self', 'region'][rnd(3)],
          units[rnd(units.length)].padEnd(12, '0'), 2019 + rnd(4), [null, 0, 3, 3, 7][rnd(5)]]);
        if (rnd(3) > 0) metrics.push([id, rnd(50)]);
      }
      await c.run(`INSERT INTO reports (report_id, origin, kind, agency, agency_short, level, scope, province, division_code, report_year, n_metrics)
        SELECT c0, 'bundled', 'annual_report', c1, c1, c2, c3, '湖南省', c4, c5, c6 FROM (VALUES ${reports.map(() => '(?, ?, ?, ?, ?, ?::INTEGER, ?::INTEGER)').join(', ')}) t(c0, c1, c2, c3, c4, c5, c6)`, reports.flat() as never);
      await c.run(`INSERT INTO metrics (report_id, key, value, state) SELECT c0, 'requests_received', c1, 'number'
        FROM (VALUES ${metrics.map(() => '(?, ?::DOUBLE)').join(', ')}) t(c0, c1)`, metrics.flat() as never);
      await c.run(METRIC_VALUES_VIEW);
      await c.run(REFRESH_REPORT_BASE);
      const conn = nodeConnector(c);
      const rows = async (q: BuiltQuery) => (await conn.query(q)).rows;
      for (const year of [null, 2020]) {
        const expected = await rows(query('window', windowUnits(year)));
        expect(expected.filter((r) => r.report_id).length).toBeGreaterThan(year === null ? 15 : 4);
        expect(await rows(unitReportsQuery({ units, year }))).toEqual(expected);
      }
      const rollup = rollupQuery({ units, metric: 'requests_received' });
      expect(await rows({ ...rollup, sql: picked(rollup).text })).toEqual(await rows(query('window', windowRollup)));
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
