// `npm run query`: the app's query builders and plain SQL with DuckDB in Node over a dataset's Parquet
// files give the same numbers as over its DuckDB file (what the browser attaches). Runs on the committed
// data/ (no ../shared needed).
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQueryArgs, runQueryCli, viewQuery } from '../../scripts/query';
import { openParquetDataset, type ParquetDataset } from '../../scripts/cli/parquetDataset';
import { nodeConnector } from '../../scripts/cli/nodeConnector';
import { datasetSetupSql } from '../../src/data/setup';
import { REFRESH_REPORT_BASE, type BuiltQuery } from '../../src/data/sql';

const DATA = resolve(__dirname, '../../data');
let parquet: ParquetDataset;
let duck: { run(q: BuiltQuery): Promise<Record<string, unknown>[]>; close(): void };

beforeAll(async () => {
  parquet = await openParquetDataset(DATA);
  // the DuckDB file, set up exactly as the browser does (src/data/setup.ts)
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  await con.run(`ATTACH '${resolve(DATA, 'nianbao.duckdb')}' AS src (READ_ONLY)`);
  const have = (await con.runAndReadAll(`SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'src'`)).getRowObjectsJS();
  await con.run(datasetSetupSql(have));
  await con.run(REFRESH_REPORT_BASE);
  const c = nodeConnector(con);
  duck = { run: async (q) => (await c.query(q)).rows, close: () => { con.closeSync(); inst.closeSync(); } };
});
afterAll(() => { parquet?.close(); duck?.close(); });

describe('npm run query', () => {
  it('the app builders answer the same over the Parquet files as over the DuckDB file', async () => {
    for (const [view, opts] of [['compare', { year: '2024' }], ['trends', {}], ['overview', {}], ['compliance', { year: '2023' }]] as const) {
      const q = viewQuery(view, opts);
      if (typeof q === 'string') throw new Error(q);
      const a = (await parquet.connector.query(q)).rows;
      expect(a.length, view).toBeGreaterThan(0);
      expect(a, view).toEqual(await duck.run(q));
    }
  });
  it('plain SQL sees the app tables and views', async () => {
    const out: string[] = [];
    const code = await runQueryCli(['SELECT count(*) AS n FROM report_base', '--data', DATA, '--format', 'json'], { stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
    expect(code).toBe(0);
    const n = JSON.parse(out.join(''))[0].n;
    expect(n).toBe((await duck.run({ name: 'n', sql: 'SELECT count(*) AS n FROM report_base', params: [] }))[0].n);
  });
  it('bad arguments and bad SQL get a one-line reason and a non-zero status', async () => {
    expect(parseQueryArgs([])).toBe('give either SQL or --view');
    expect(parseQueryArgs(['--format', 'xml', 'SELECT 1'])).toBe('unknown format xml');
    expect(viewQuery('compare', { metric: 'nope' })).toBe('unknown metric nope');
    expect(viewQuery('compare', {})).toBe('--year is needed for compare');
    const err: string[] = [];
    expect(await runQueryCli(['SELECT * FROM nowhere', '--data', DATA], { stdout: () => undefined, stderr: (s) => err.push(s) })).toBe(1);
    expect(err.join('')).toMatch(/nowhere/);
    expect(await runQueryCli(['SELECT 1', '--data', '/nonexistent'], { stdout: () => undefined, stderr: (s) => err.push(s) })).toBe(1);
    expect(err.join('')).toMatch(/not a dataset folder/);
  });
});
