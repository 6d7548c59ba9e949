// A dataset folder's Parquet files (written by `npm run ingest`) opened in DuckDB in Node, set up as the
// app sets up its tables: the four tables as views over the files, `report_base` (one report per agency
// and year) and `metric_values`, so the app's query builders run here unchanged (one query module, two
// engines). Columns an older build lacks read NULL, as in the browser.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DATA_FILES, TABLES } from '../../src/data/schema';
import { METRIC_VALUES_VIEW } from '../../src/data/setup';
import { REFRESH_REPORT_BASE } from '../../src/data/sql';
import type { Connector } from '../../src/data/connector';
import { nodeConnector } from './nodeConnector';

export interface ParquetDataset { con: DuckDBConnection; connector: Connector; close(): void }

export async function openParquetDataset(dir: string): Promise<ParquetDataset> {
  const folder = resolve(dir);
  const missing = TABLES.map((t) => join(folder, DATA_FILES.parquet(t.name))).filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`${folder} is not a dataset folder: missing ${missing.join(', ')} (npm run ingest writes them)`);
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  for (const t of TABLES) {
    const file = join(folder, DATA_FILES.parquet(t.name)).replace(/'/g, "''");
    const have = new Set((await con.runAndReadAll(`SELECT name FROM parquet_schema('${file}')`)).getRowObjectsJS().map((r) => String(r.name)));
    const cols = t.columns.map((c) => (have.has(c.name) ? `CAST(${c.name} AS ${c.type}) AS ${c.name}` : `NULL::${c.type} AS ${c.name}`));
    await con.run(`CREATE VIEW ${t.name} AS SELECT ${cols.join(', ')} FROM read_parquet('${file}')`);
  }
  await con.run(METRIC_VALUES_VIEW);
  await con.run(REFRESH_REPORT_BASE);
  return { con, connector: nodeConnector(con), close: () => { con.closeSync(); instance.closeSync(); } };
}
