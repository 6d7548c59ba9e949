// Region queries on a large synthetic dataset, in DuckDB node (one thread, like the browser's
// DuckDB-WASM; WASM is slower, so these are a lower bound): the tree's counts per division code, one
// county's units and their reports (who did not publish), the county's and a city's rollups, and
// Compare and the Overview's coverage filtered by the county. The synthetic agencies get real division
// codes (townships and streets a 9-digit one, counties a 6-digit one …) so the prefixes match real data.
// Prints p50 and p95 per query; never asserts a time.
//
// Usage: npx tsx scripts/bench-region.ts [--reports 100000] [--runs 30]
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateSynthetic } from './gen-synthetic';
import { nodeConnector } from './cli/nodeConnector';
import { divisionTree } from '../src/domain/divisionTree';
import { measureOf } from '../src/domain/measures';
import { REFRESH_REPORT_BASE, type BuiltQuery } from '../src/data/sql';
import { compareQuery, coverageQuery, regionCountsQuery, rollupQuery, unitReportsQuery } from '../src/data/queries';
import { DATA_FILES } from '../src/data/schema';

const arg = (name: string, dflt: number) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : dflt;
};
const REPORTS = arg('reports', 100_000);
const RUNS = arg('runs', 30);

const tree = divisionTree(JSON.parse(readFileSync(new URL('../public/divisions.json', import.meta.url), 'utf8')));
const COUNTY = '430181';
const CITY = '4301';

const out = join(tmpdir(), `nianbao-bench-region-${REPORTS}`);
rmSync(out, { recursive: true, force: true });
await generateSynthetic({ out, reports: REPORTS });
const instance = await DuckDBInstance.create(join(out, DATA_FILES.database));
const con = await instance.connect();
await con.run('SET threads = 1');
// Codes: the county's own townships first (so it has data), then every other unit of the list, cycled.
const townships = [...tree.units(COUNTY), ...tree.units('430102'), ...tree.units('350128')].map((n) => n.code);
const counties = tree.units(CITY).map((n) => n.code);
for (const [table, codes] of [['t_codes', townships], ['c_codes', counties]] as const) {
  await con.run(`CREATE TEMP TABLE ${table} (code VARCHAR, k INTEGER)`);
  for (const [k, code] of codes.entries()) await con.run(`INSERT INTO ${table} VALUES ($1, $2)`, [code, k + 1]);
}
await con.run(`UPDATE reports SET division_code = CASE
    WHEN level IN ('township', 'street') THEN rpad((SELECT code FROM t_codes WHERE k = 1 + hash(agency_short) % ${townships.length}), 12, '0')
    WHEN level IN ('county', 'district', 'department') THEN rpad((SELECT code FROM c_codes WHERE k = 1 + hash(agency_short) % ${counties.length}), 12, '0')
    WHEN level = 'city' THEN '430100000000' ELSE '430000000000' END`);
await con.run(REFRESH_REPORT_BASE);
// As the app does for a large dataset (src/data/setup.ts FAST_METRIC_VALUES): the numbers sorted by key.
await con.run(`CREATE TABLE metric_numbers AS SELECT key, report_id, value FROM metrics WHERE state = 'number' ORDER BY key, report_id`);
await con.run(`CREATE OR REPLACE VIEW metric_values AS SELECT report_id, key, value FROM metric_numbers`);

const db = nodeConnector(con);
const requests = measureOf('requests_received')!;
const units = tree.units(COUNTY).map((n) => n.code);
const queries: [string, BuiltQuery][] = [
  ['tree counts (all codes)', regionCountsQuery({})],
  ['county units × years (missing)', unitReportsQuery({ units })],
  ['county units, one year', unitReportsQuery({ units, year: 2022 })],
  ['county rollup (requests)', rollupQuery({ units, metric: 'requests_received' })],
  ['city rollup (requests)', rollupQuery({ units: counties, metric: 'requests_received' })],
  ['compare in the county', compareQuery({ measure: requests, year: 2022, region: COUNTY })],
  ['overview coverage in the county', coverageQuery({ region: COUNTY }, 200)],
];
const inCounty = await db.query(unitReportsQuery({ units }));
process.stdout.write(`${REPORTS.toLocaleString('en')} synthetic reports; county ${COUNTY}: ${inCounty.rows.filter((r) => r.report_id).length} unit reports\n`);
for (const [name, q] of queries) {
  const times: number[] = [];
  for (let k = 0; k < RUNS + 2; k++) {
    const t0 = performance.now();
    await db.query(q);
    if (k >= 2) times.push(performance.now() - t0); // two warm-up runs
  }
  times.sort((a, b) => a - b);
  const p = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))];
  process.stdout.write(`${name.padEnd(34)} p50 ${p(0.5).toFixed(1).padStart(6)} ms   p95 ${p(0.95).toFixed(1).padStart(6)} ms\n`);
}
con.closeSync();
instance.closeSync();
rmSync(out, { recursive: true, force: true });
