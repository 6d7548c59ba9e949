// The loaded dataset: DuckDB-WASM with data/nianbao.duckdb attached read-only; each table is a view
// over the bundled rows UNION ALL an in-memory table of the user's own reports (setup.ts). Then
// external access is switched off and the configuration locked.
// All SQL runs in DuckDB's worker; this module only sends it and turns results into rows.
import type { AsyncDuckDB, AsyncDuckDBConnection } from './engine';
import { openEngine } from './engine';
import { arrowToRows, type QueryResult } from './arrowRows';
import { DATA_FILES, TABLES, type TableDef } from './schema';
import { datasetSetupSql, FAST_METRIC_VALUES, FAST_METRICS_THRESHOLD, USER_PREFIX } from './setup';
import { QueryError, REFRESH_REPORT_BASE, query, sql, type BuiltQuery, type Param } from './sql';
import { guardConsoleSql } from './consoleGuard';
import type { DatasetRows } from './rows';

export type LoadPhase = 'idle' | 'engine' | 'download' | 'tables' | 'ready' | 'empty' | 'error';

export interface LoadStatus {
  phase: LoadPhase;
  /** bytes of the database file received / expected (download phase) */
  loaded?: number;
  total?: number;
  message?: string;
  manifest?: Record<string, unknown> | null;
  timings: Record<string, number>;
}

export interface QueryStat { name: string; ms: number }

const CONSOLE_ROW_CAP = 100_000;

export class Dataset {
  private db: AsyncDuckDB | null = null;
  private conn: AsyncDuckDBConnection | null = null;
  private ready: Promise<void> | null = null;
  private statusListeners = new Set<(s: LoadStatus) => void>();
  private changeListeners = new Set<() => void>();
  status: LoadStatus = { phase: 'idle', timings: {} };
  version = 0;
  readonly stats: QueryStat[] = [];

  constructor(readonly dataUrl: string) {}

  onStatus(fn: (s: LoadStatus) => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  onChange(fn: () => void): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  private setStatus(s: Partial<LoadStatus>) {
    this.status = { ...this.status, ...s, timings: { ...this.status.timings, ...(s.timings ?? {}) } };
    for (const fn of this.statusListeners) fn(this.status);
  }

  private mark(name: string) {
    this.setStatus({ timings: { [name]: Math.round(performance.now()) } });
  }

  start(): Promise<void> {
    this.ready ??= this.load().catch((e: unknown) => {
      this.setStatus({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
      throw e;
    });
    return this.ready;
  }

  private async fetchDatabase(): Promise<Uint8Array | null> {
    const res = await fetch(new URL(DATA_FILES.database, this.dataUrl).href);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`could not load ${DATA_FILES.database}: HTTP ${res.status}`);
    const total = Number(res.headers.get('content-length') ?? 0);
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      if (this.status.phase === 'download') this.setStatus({ loaded, total });
    }
    const out = new Uint8Array(loaded);
    let o = 0;
    for (const c of chunks) { out.set(c, o); o += c.length; }
    // A 404 page served as HTML (some static hosts) is not a database.
    if (out.length < 16 || String.fromCharCode(...out.slice(8, 12)) !== 'DUCK') return null;
    return out;
  }

  private async fetchManifest(): Promise<Record<string, unknown> | null> {
    try {
      const res = await fetch(new URL(DATA_FILES.manifest, this.dataUrl).href);
      return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
    } catch { return null; }
  }

  private async load(): Promise<void> {
    this.setStatus({ phase: 'engine' });
    this.mark('start');
    // Download the data while the engine starts.
    const bytesP = this.fetchDatabase();
    const manifestP = this.fetchManifest();
    this.db = await openEngine();
    this.conn = await this.db.connect();
    this.mark('engine');
    this.setStatus({ phase: 'download' });
    const [bytes, manifest] = await Promise.all([bytesP, manifestP]);
    this.mark('download');
    this.setStatus({ phase: 'tables', manifest });
    const conn = this.conn;
    let have: Record<string, unknown>[] = [];
    if (bytes) {
      await this.db.registerFileBuffer(DATA_FILES.database, bytes);
      await conn.query(`ATTACH '${DATA_FILES.database}' AS src (READ_ONLY)`);
      have = arrowToRows(await conn.query(
        `SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'src' AND schema_name = 'main'`)).rows;
    }
    await conn.query(datasetSetupSql(have));
    await conn.query(REFRESH_REPORT_BASE);
    // From here on SQL can reach only the loaded tables.
    await conn.query('SET enable_external_access = false');
    await conn.query('SET lock_configuration = true');
    this.mark('tables');
    const n = bytes ? Number(arrowToRows(await conn.query('SELECT count(*) AS n FROM reports')).rows[0].n) : 0;
    this.setStatus({
      phase: n > 0 ? 'ready' : 'empty',
      message: n > 0 ? undefined : bytes ? 'the dataset has no reports' : `no ${DATA_FILES.database} in ${this.dataUrl}`,
    });
    this.mark('ready');
    // Only an optimisation: if it fails, measures keep reading the plain view.
    if (bytes && have.some((r) => r.table_name === 'metrics' && r.column_name === 'state')) this.buildFastMetrics().catch(() => undefined);
  }

  private lastQueryAt = 0;

  /** Builds the key-sorted copy of the figures for a large dataset once the page has been quiet for
   * a moment (the first views' queries go first; the copy takes the worker for a second or two). */
  private async buildFastMetrics() {
    const conn = this.conn!;
    const n = Number(arrowToRows(await conn.query(`SELECT count(*) AS n FROM src.metrics`)).rows[0].n);
    if (n < FAST_METRICS_THRESHOLD) return;
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      if (performance.now() - this.lastQueryAt > 250) break;
    }
    await conn.query(FAST_METRIC_VALUES);
    this.mark('fast_metrics');
  }

  private async connection(): Promise<AsyncDuckDBConnection> {
    await this.start();
    return this.conn!;
  }

  /** Runs a built query as a prepared statement with its parameters. */
  async query<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>> {
    const conn = await this.connection();
    const t0 = performance.now();
    this.lastQueryAt = t0;
    try {
      const stmt = await conn.prepare(q.sql);
      try {
        const table = await stmt.query(...q.params);
        const result = arrowToRows(table) as QueryResult<Row>;
        this.stats.push({ name: q.name, ms: performance.now() - t0 });
        if (this.stats.length > 5000) this.stats.splice(0, 1000);
        return result;
      } finally {
        await stmt.close();
      }
    } catch (err) {
      throw new QueryError(q.name, err);
    }
  }

  /** The SQL console: a guarded, read-only statement. Results are capped at 100,000 rows. */
  async consoleQuery(sql: string): Promise<QueryResult & { truncated: boolean; ms: number }> {
    const g = guardConsoleSql(sql);
    if (!g.ok) throw new Error(g.reason);
    const conn = await this.connection();
    const t0 = performance.now();
    const text = g.wrap ? `SELECT * FROM (${g.sql}\n) LIMIT ${CONSOLE_ROW_CAP + 1}` : g.sql;
    const r = arrowToRows(await conn.query(text));
    const truncated = r.rows.length > CONSOLE_ROW_CAP;
    if (truncated) r.rows.length = CONSOLE_ROW_CAP;
    return { ...r, truncated, ms: performance.now() - t0 };
  }

  private changed() {
    this.version++;
    for (const fn of this.changeListeners) fn();
  }

  /** Adds a user's reports (origin 'user'), replacing earlier imports of the same report ids. */
  async loadUserRows(rows: DatasetRows): Promise<{ reports: number }> {
    const conn = await this.connection();
    const ids = rows.reports.map((r) => r.report_id);
    await this.deleteUser(conn, ids);
    const tables: [TableDef, Record<string, unknown>[]][] = [
      [TABLES[0], rows.reports.map((r) => ({ ...r, origin: 'user' }))],
      [TABLES[1], rows.metrics as unknown as Record<string, unknown>[]],
      [TABLES[2], rows.requests as unknown as Record<string, unknown>[]],
      [TABLES[3], rows.findings as unknown as Record<string, unknown>[]],
    ];
    for (const [t, list] of tables) await this.insertRows(conn, t, list);
    await conn.query(REFRESH_REPORT_BASE);
    this.changed();
    return { reports: ids.length };
  }

  private async insertRows(conn: AsyncDuckDBConnection, t: TableDef, list: Record<string, unknown>[]) {
    const BATCH = 200;
    const tuple = `(${t.columns.map((c) => `CAST(? AS ${c.type})`).join(', ')})`;
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH);
      const params: Param[] = [];
      for (const row of batch) for (const c of t.columns) params.push(toParam(row[c.name]));
      const stmt = await conn.prepare(`INSERT INTO ${USER_PREFIX}${t.name} (${t.columns.map((c) => c.name).join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`);
      try { await stmt.query(...params); } finally { await stmt.close(); }
    }
  }

  private async deleteUser(conn: AsyncDuckDBConnection, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    // Only the user tables are ever written: bundled rows cannot be removed.
    for (const t of [TABLES[1], TABLES[2], TABLES[3]]) {
      const del = query('user.delete', sql`DELETE FROM ${sql.trusted(USER_PREFIX + t.name)} WHERE report_id IN (${ids})`);
      const stmt = await conn.prepare(del.sql);
      try { await stmt.query(...del.params); } finally { await stmt.close(); }
    }
    const del = query('user.delete', sql`DELETE FROM ${sql.trusted(`${USER_PREFIX}reports`)} WHERE report_id IN (${ids}) RETURNING report_id`);
    const stmt = await conn.prepare(del.sql);
    try { return (await stmt.query(...del.params)).numRows; } finally { await stmt.close(); }
  }

  /** Removes user reports (bundled reports are never removed). */
  async removeUserReports(ids: readonly string[]): Promise<number> {
    const conn = await this.connection();
    const n = await this.deleteUser(conn, ids);
    if (n > 0) { await conn.query(REFRESH_REPORT_BASE); this.changed(); }
    return n;
  }
}

function toParam(v: unknown): Param {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
