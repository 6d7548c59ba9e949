// Writes the four dataset tables (src/data/schema.ts) to Parquet (the canonical artifact) and to one
// DuckDB database file (what the browser attaches: DuckDB-WASM 1.32 cannot read Parquet offline,
// stack.md §0 option A). Rows are ordered by every column and DuckDB runs on one thread, so the
// same rows give the same Parquet bytes on every run, whatever order they were appended in.
//
// Incremental: the data build (scripts/ingest.ts) appends each document's rows as it comes
// (`DatasetWriter.append`), so the rows of the whole corpus are never held in the JS heap; they live
// in DuckDB, whose memory is bounded by `memory_limit` (beyond it, blocks go to a temp file in the
// staging folder). `writeDataset(rows, out)` is the one-shot form for callers that have all rows at hand.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, dateValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetRows } from '../../src/data/rows';
import { DATA_FILES, TABLES, createTableSql, type ColumnDef } from '../../src/data/schema';

export interface WrittenFiles {
  parquet: string[];
  database: string;
  counts: Record<string, number>;
}

export interface DatasetWriterOptions {
  /** DuckDB's memory limit for the build (rows beyond it go to a temp file); default 1GB (the Parquet writer needs some 100–200 MB of it) */
  memoryLimit?: string;
}

type TableName = keyof DatasetRows;

/** Rows in, dataset files out. Writes into `outDir` through a staging folder, so a failed build
 * never leaves half a dataset: `finish()` moves the files in place, `abort()` removes the staging. */
export class DatasetWriter {
  private readonly appenders = new Map<string, DuckDBAppender>();
  private closed = false;

  private constructor(
    readonly outDir: string,
    private readonly staging: string,
    private readonly instance: DuckDBInstance,
    /** the build's connection: the four tables, complete once `finish()` has flushed them */
    readonly connection: DuckDBConnection,
  ) {}

  static async open(outDir: string, opts: DatasetWriterOptions = {}): Promise<DatasetWriter> {
    mkdirSync(outDir, { recursive: true });
    const staging = join(outDir, '.staging');
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    // In memory, but bounded: past `memory_limit` DuckDB offloads the tables' blocks (and the sorts'
    // runs) to the temp directory, so the corpus's rows never have to fit in memory.
    const instance = await DuckDBInstance.create(':memory:', {
      threads: '1',
      memory_limit: opts.memoryLimit ?? '1GB',
      temp_directory: join(staging, 'build.tmp'),
    });
    const con = await instance.connect();
    const w = new DatasetWriter(outDir, staging, instance, con);
    try {
      for (const t of TABLES) await con.run(createTableSql(t));
      await w.openAppenders();
    } catch (err) {
      w.abort();
      throw err;
    }
    return w;
  }

  /** Appends rows (any subset of the four tables), in any order: the files are sorted. Synchronous:
   * DuckDB's appenders buffer them. */
  append(rows: Partial<DatasetRows>): void {
    this.assertOpen();
    for (const t of TABLES) {
      const list = (rows as Record<string, Record<string, unknown>[] | undefined>)[t.name];
      if (!list || list.length === 0) continue;
      const a = this.appenders.get(t.name)!;
      for (const r of list) {
        for (const c of t.columns) appendCell(a, c, r[c.name]);
        a.endRow();
      }
    }
  }

  /** Removes every row of these reports from `tables` (default all four): a document found, after
   * it was appended, to be a copy of another, or a report row to be replaced. */
  async remove(reportIds: Iterable<string>, tables: readonly TableName[] = TABLES.map((t) => t.name as TableName)): Promise<void> {
    this.assertOpen();
    const ids = [...new Set(reportIds)];
    if (ids.length === 0) return;
    this.flushAppenders();
    const list = ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
    for (const t of tables) await this.connection.run(`DELETE FROM ${t} WHERE report_id IN (${list})`);
    await this.openAppenders();
  }

  /** Writes Parquet and the database file, moves them into `outDir` and closes the build. */
  async finish(): Promise<WrittenFiles> {
    this.assertOpen();
    this.flushAppenders();
    const con = this.connection;
    const counts: Record<string, number> = {};
    try {
      for (const t of TABLES) {
        const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${t.name}`);
        counts[t.name] = Number(r.getRows()[0][0]);
      }
      for (const t of TABLES) {
        const file = join(this.staging, DATA_FILES.parquet(t.name));
        await con.run(`COPY (SELECT * FROM ${t.name} ORDER BY ALL) TO '${sqlPath(file)}' (FORMAT parquet, COMPRESSION zstd)`);
      }
      const db = join(this.staging, DATA_FILES.database);
      await con.run(`ATTACH '${sqlPath(db)}' AS out`);
      for (const t of TABLES) {
        await con.run(createTableSql(t, 'out'));
        await con.run(`INSERT INTO out.${t.name} SELECT * FROM ${t.name} ORDER BY ALL`);
      }
      await con.run('CHECKPOINT out');
      await con.run('DETACH out');
      // Further outputs cut from the complete tables (e.g. partitioned Parquet) go here, on `con`.
    } finally {
      this.close();
    }
    const names = [...TABLES.map((t) => DATA_FILES.parquet(t.name)), DATA_FILES.database];
    for (const name of names) {
      const target = join(this.outDir, name);
      rmSync(target, { force: true });
      rmSync(`${target}.wal`, { force: true });
      renameSync(join(this.staging, name), target);
    }
    if (existsSync(this.staging)) rmSync(this.staging, { recursive: true, force: true });
    return {
      parquet: TABLES.map((t) => join(this.outDir, DATA_FILES.parquet(t.name))),
      database: join(this.outDir, DATA_FILES.database),
      counts,
    };
  }

  /** Gives up: closes DuckDB and removes the staging folder; `outDir`'s files stay as they were. */
  abort(): void {
    if (this.closed) return;
    this.close();
    rmSync(this.staging, { recursive: true, force: true });
  }

  private async openAppenders(): Promise<void> {
    for (const t of TABLES) this.appenders.set(t.name, await this.connection.createAppender(t.name));
  }

  private flushAppenders(): void {
    for (const a of this.appenders.values()) a.closeSync();
    this.appenders.clear();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flushAppenders();
    } finally {
      this.connection.closeSync();
      this.instance.closeSync();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('DatasetWriter: already finished or aborted');
  }
}

/** All rows at once (tests, small builds): a thin wrapper over DatasetWriter. */
export async function writeDataset(rows: DatasetRows, outDir: string): Promise<WrittenFiles> {
  const w = await DatasetWriter.open(outDir);
  try {
    w.append(rows);
  } catch (err) {
    w.abort();
    throw err;
  }
  return w.finish();
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
