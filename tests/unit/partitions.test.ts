// The partitioned (national) layout: every row in exactly one province file, the stored national
// answers equal to the same queries run straight over the whole data, and a region's queries over
// its province's file alone (attached the way the app attaches it) equal to the straight ones. Runs
// on the committed data/ (real reports of several provinces, some with no resolved code) and on a
// small synthetic dataset with an unknown province, in DuckDB in Node.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachPartitions, writePartitions } from '../../scripts/cli/writePartitions';
import { openParquetDataset, type ParquetDataset } from '../../scripts/cli/parquetDataset';
import { nodeConnector } from '../../scripts/cli/nodeConnector';
import { DATA_FILES, TABLES } from '../../src/data/schema';
import { REFRESH_REPORT_BASE, type BuiltQuery } from '../../src/data/sql';
import {
  answerKey, missingNationalAnswers, partitionIndexOf, partitionKeyOf, partitionKeySql, partitionsForRegion,
  type AnswerFile, type PartitionIndex,
} from '../../src/data/partitions';
import { compareQuery, coverageQuery, headlineQuery, nationalQueries, regionCountsQuery, trendQuery, unitReportsQuery, yearsQuery } from '../../src/data/queries';
import { measureOf } from '../../src/domain/measures';
import { loadRows } from '../../src/data/slices';
import { ProblemError } from '../../src/domain/problems';
import { existsSync } from 'node:fs';
import { runIngest } from '../../scripts/ingest';

const DATA = resolve(__dirname, '../../data');
let dir: string;
let index: PartitionIndex;
let straight: ParquetDataset;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-parts-'));
  for (const t of TABLES) copyFileSync(join(DATA, DATA_FILES.parquet(t.name)), join(dir, DATA_FILES.parquet(t.name)));
  index = await writePartitions(dir, { extractorVersion: 'test' });
  straight = await openParquetDataset(dir);
}, 120_000);
afterAll(() => { straight?.close(); if (dir) rmSync(dir, { recursive: true, force: true }); });

/** The app's set-up over some partitions (src/data/dataset.ts ensurePartitions), in Node. */
async function attached(keys: string[]) {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  await attachPartitions(con, join(dir, 'parts'), keys);
  const c = nodeConnector(con);
  return { con, run: async (q: BuiltQuery) => (await c.query(q)).rows, close: () => { con.closeSync(); inst.closeSync(); } };
}
const rowsOf = async (q: BuiltQuery) => (await straight.connector.query(q)).rows;

describe('partitioned layout of the bundled data', () => {
  it('puts every row of every table in exactly one province file, by the report\'s province', async () => {
    expect(index.partitions.length).toBeGreaterThan(2);
    const all = await attached(index.partitions.map((p) => p.key));
    for (const t of TABLES) {
      const [whole] = await rowsOf({ name: 't', sql: `SELECT count(*) AS n, sum(hash(${t.columns.map((c) => c.name).join(', ')})) AS h FROM ${t.name}`, params: [] });
      const [parts] = await all.run({ name: 't', sql: `SELECT count(*) AS n, sum(hash(${t.columns.map((c) => c.name).join(', ')})) AS h FROM ${t.name}`, params: [] });
      expect(parts, t.name).toEqual(whole);
    }
    all.close();
    for (const p of index.partitions) {
      const one = await attached([p.key]);
      const rows = await one.run({ name: 'r', sql: 'SELECT division_code, province FROM reports', params: [] });
      expect(rows.length).toBe(p.reports);
      for (const r of rows) expect(partitionKeyOf(r.division_code as string | null, r.province as string | null)).toBe(p.key);
      one.close();
    }
  });

  it('keeps in each province file the report_base the app would compute over its reports', async () => {
    const keys = index.partitions.map((p) => p.key);
    const fromFiles = await attached(keys);
    const computed = await attached(keys);
    await computed.con.run(REFRESH_REPORT_BASE);
    const all = { name: 'b', sql: 'SELECT * FROM report_base ORDER BY report_id', params: [] };
    const a = await fromFiles.run(all);
    expect(a.length).toBeGreaterThan(100);
    expect(a).toEqual(await computed.run(all));
    fromFiles.close(); computed.close();
  });

  it('stores the national answers the straight queries give, for every year and level filter', async () => {
    const file = JSON.parse(readFileSync(join(dir, index.answers), 'utf8')) as AnswerFile;
    const years = (await rowsOf(yearsQuery())).map((r) => Number(r.year));
    const queries = nationalQueries(years);
    expect(queries.length).toBeGreaterThan(years.length * 3);
    // the app's own check finds nothing missing; drop one answer and it counts it (a dataset built by another version)
    const map = new Map(Object.entries(file.answers));
    expect(missingNationalAnswers(map)).toEqual({ missing: 0, total: queries.length });
    map.delete(answerKey(queries[3]));
    expect(missingNationalAnswers(map)).toEqual({ missing: 1, total: queries.length });
    expect(missingNationalAnswers(new Map()).missing).toBe(1);
    for (const q of queries) {
      const stored = file.answers[answerKey(q)];
      expect(stored, q.name).toBeDefined();
      expect(loadRows(stored), `${q.name} ${JSON.stringify(q.params)}`).toEqual(await rowsOf(q));
    }
  });

  it('answers a region\'s queries from its province file alone as the whole data does', async () => {
    const requests = measureOf('requests_received')!;
    const fujian = index.partitions.find((p) => p.key === '35');
    expect(fujian, 'the bundled data has Fujian reports').toBeDefined();
    for (const region of ['35', '3501', '350128', 'unresolved-35']) {
      const one = await attached(partitionsForRegion(region, index)!);
      const years = (await rowsOf(yearsQuery())).map((r) => Number(r.year));
      const qs: BuiltQuery[] = [coverageQuery({ region }, 60), headlineQuery({ region, year: years.at(-1)! }),
        compareQuery({ measure: requests, year: years.at(-1)!, region }), trendQuery({ measure: requests, agencies: [], region }),
        regionCountsQuery({})];
      for (const q of qs.slice(0, 4)) expect(await one.run(q), `${region} ${q.name}`).toEqual(await rowsOf(q));
      one.close();
    }
    // a unit list under one county: who published, from the province file alone
    const one = await attached(['35']);
    const q = unitReportsQuery({ units: ['350128', '350128100'] });
    expect(await one.run(q)).toEqual(await rowsOf(q));
    one.close();
  });
});

describe('partition rules', () => {
  it('the SQL rule and the TypeScript rule put a report in the same partition', async () => {
    const inst = await DuckDBInstance.create(':memory:');
    const con = await inst.connect();
    const cases: [string | null, string | null, string][] = [
      ['350128100000', '福建省', '35'], ['430181000000', null, '43'], [null, '湖南省', '43'], [null, '火星省', 'xx'],
      [null, null, 'xx'], ['3501', '福建省', '35'], ['abc', null, 'xx'], ['110000000000', '湖南省', '11'],
    ];
    for (const [code, province, want] of cases) {
      expect(partitionKeyOf(code, province)).toBe(want);
      const r = (await con.runAndReadAll(`SELECT ${partitionKeySql('t')} AS k FROM (SELECT $1::VARCHAR AS division_code, $2::VARCHAR AS province) t`, [code, province] as never)).getRowObjectsJS();
      expect(r[0].k, `${code} ${province}`).toBe(want);
    }
    con.closeSync(); inst.closeSync();
  });

  it('maps a URL region to the partitions it needs', () => {
    const idx: PartitionIndex = { answers: 'parts/answers.json', answersBytes: 1, partitions: [
      { key: '35', provinces: ['福建省'], file: 'parts/35.duckdb', bytes: 1, reports: 1 },
      { key: 'xx', provinces: ['火星省'], file: 'parts/xx.duckdb', bytes: 1, reports: 1 },
    ] };
    expect(partitionsForRegion('350128', idx)).toEqual(['35']);
    expect(partitionsForRegion('35', idx)).toEqual(['35']);
    expect(partitionsForRegion('unresolved-35', idx)).toEqual(['35']);
    expect(partitionsForRegion('unresolved', idx)).toEqual(['xx']);
    expect(partitionsForRegion('火星省', idx)).toEqual(['xx']);
    expect(partitionsForRegion('430181', idx)).toEqual([]);
    expect(partitionsForRegion(null, idx)).toBeNull();
    expect(partitionsForRegion('', idx)).toBeNull();
  });

  it('keys a query by its text and parameters', () => {
    const a = headlineQuery({ year: 2023 });
    expect(answerKey(a)).toBe(answerKey(headlineQuery({ year: 2023 })));
    expect(answerKey(a)).not.toBe(answerKey(headlineQuery({ year: 2022 })));
    expect(answerKey(a)).not.toBe(answerKey(headlineQuery({ year: 2023, levelGroup: 'township' })));
    expect(answerKey(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a manifest whose partition list is malformed or points outside parts/', () => {
    const good = { layout: 'partitioned', partitions: { answers: 'parts/answers.json', answersBytes: 5, partitions: [{ key: '35', provinces: ['福建省'], file: 'parts/35.duckdb', bytes: 10, reports: 2 }] } };
    expect(partitionIndexOf(good, 'data/')?.partitions[0].key).toBe('35');
    expect(partitionIndexOf({ origin: 'bundled' }, 'data/')).toBeNull();
    for (const bad of [
      { ...good, partitions: { ...good.partitions, answers: '../secret.json' } },
      { ...good, partitions: { ...good.partitions, partitions: [{ ...good.partitions.partitions[0], file: 'parts/../../x.duckdb' }] } },
      { ...good, partitions: { ...good.partitions, partitions: [{ ...good.partitions.partitions[0], key: "35' OR 1" }] } },
      { ...good, partitions: null },
    ]) {
      expect(() => partitionIndexOf(bad, 'data/')).toThrow(ProblemError);
    }
  });
});

const SEEDS = resolve(__dirname, '../../../shared/seeds');
describe.skipIf(!existsSync(SEEDS))('npm run ingest -- --partitioned (reads ../shared/seeds; skipped where ../shared is absent)', () => {
  it('writes the province files and answers beside the whole tables, and the manifest says so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'nianbao-ingest-parts-'));
    try {
      await runIngest([SEEDS], { outDir: out, slices: false, partitioned: true, jobs: 1, log: () => undefined, builtAt: '2026-01-01T00:00:00Z' });
      const manifest = JSON.parse(readFileSync(join(out, DATA_FILES.manifest), 'utf8')) as Record<string, unknown>;
      const idx = partitionIndexOf(manifest, out)!;
      expect(manifest.layout).toBe('partitioned');
      expect(idx.partitions.map((p) => p.key).sort()).toEqual(expect.arrayContaining(['22', '37', '41', '43']));
      for (const p of idx.partitions) expect(existsSync(join(out, p.file)), p.file).toBe(true);
      expect(idx.partitions.reduce((n, p) => n + p.reports, 0)).toBe((manifest.counts as Record<string, number>).reports);
      expect(existsSync(join(out, idx.answers))).toBe(true);
      for (const t of TABLES) expect(existsSync(join(out, DATA_FILES.parquet(t.name)))).toBe(true);
    } finally { rmSync(out, { recursive: true, force: true }); }
  }, 120_000);
});
