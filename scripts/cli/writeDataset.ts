// Writes the four dataset tables (src/data/schema.ts) to Parquet (the canonical artifact) and to one
// DuckDB database file (what the browser attaches: DuckDB-WASM 1.32 cannot read Parquet offline,
// stack.md §0 option A). Rows are ordered by every column and DuckDB runs on one thread, so the
// same rows give the same Parquet bytes on every run.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, dateValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetRows } from '../../src/data/rows';
import { DATA_FILES, TABLES, createTableSql, type ColumnDef, type TableDef } from '../../src/data/schema';

export interface WrittenFiles {
  parquet: string[];
  database: string;
  counts: Record<string, number>;
}

/** Writes into `outDir` through a staging folder, so a failed build never leaves half a dataset. */
export async function writeDataset(rows: DatasetRows, outDir: string): Promise<WrittenFiles> {
  mkdirSync(outDir, { recursive: true });
  const staging = join(outDir, '.staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await instance.connect();
  const counts: Record<string, number> = {};
  try {
    for (const t of TABLES) {
      await con.run(createTableSql(t));
      const list = (rows as unknown as Record<string, Record<string, unknown>[]>)[t.name] ?? [];
      await appendRows(con, t, list);
      counts[t.name] = list.length;
    }
    for (const t of TABLES) {
      const file = join(staging, DATA_FILES.parquet(t.name));
      await con.run(`COPY (SELECT * FROM ${t.name} ORDER BY ALL) TO '${sqlPath(file)}' (FORMAT parquet, COMPRESSION zstd)`);
    }
    const db = join(staging, DATA_FILES.database);
    await con.run(`ATTACH '${sqlPath(db)}' AS out`);
    for (const t of TABLES) {
      await con.run(createTableSql(t, 'out'));
      await con.run(`INSERT INTO out.${t.name} SELECT * FROM ${t.name} ORDER BY ALL`);
    }
    await con.run('CHECKPOINT out');
    await con.run('DETACH out');
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  const names = [...TABLES.map((t) => DATA_FILES.parquet(t.name)), DATA_FILES.database];
  for (const name of names) {
    const target = join(outDir, name);
    rmSync(target, { force: true });
    rmSync(`${target}.wal`, { force: true });
    renameSync(join(staging, name), target);
  }
  if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  return {
    parquet: TABLES.map((t) => join(outDir, DATA_FILES.parquet(t.name))),
    database: join(outDir, DATA_FILES.database),
    counts,
  };
}

async function appendRows(con: DuckDBConnection, t: TableDef, list: Record<string, unknown>[]): Promise<void> {
  const appender = await con.createAppender(t.name);
  for (const r of list) {
    for (const c of t.columns) appendCell(appender, c, r[c.name]);
    appender.endRow();
  }
  appender.closeSync();
}

function appendCell(a: DuckDBAppender, c: ColumnDef, v: unknown): void {
  if (v === null || v === undefined) return a.appendNull();
  switch (c.type) {
    case 'VARCHAR': return a.appendVarchar(String(v));
    case 'INTEGER': return Number.isInteger(v) ? a.appendInteger(v as number) : a.appendNull();
    case 'DOUBLE': return typeof v === 'number' && Number.isFinite(v) ? a.appendDouble(v) : a.appendNull();
    case 'BOOLEAN': return a.appendBoolean(Boolean(v));
    case 'DATE': {
      const days = isoDateToDays(String(v));
      return days === null ? a.appendNull() : a.appendDate(dateValue(days));
    }
  }
}

/** 'YYYY-MM-DD' → days since 1970-01-01; anything else (or an impossible date) → null. */
export function isoDateToDays(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

function sqlPath(p: string): string {
  return p.replace(/'/g, "''");
}
