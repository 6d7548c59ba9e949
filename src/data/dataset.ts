// The loaded dataset: DuckDB-WASM with data/nianbao.duckdb attached read-only; each table is a view
// over the bundled rows UNION ALL an in-memory table of the user's own reports (setup.ts). Then
// external access is switched off and the configuration locked. This module only orchestrates: the
// download (download.ts), the queries (wasmConnector.ts), the user's rows (userTables.ts) and the
// console (consoleQuery.ts) each have their own file.
import type { AsyncDuckDB } from './engine';
import { openEngine } from './engine';
import { arrowToRows, type QueryResult } from './arrowRows';
import type { Connector } from './connector';
import { ENGINE_MEMORY_LIMIT, startConsoleQuery, type ConsoleResult, type ConsoleRun } from './consoleQuery';
import type { AsyncDuckDBConnection } from './engine';
import { fetchDatabase, fetchManifest } from './download';
import { DATA_FILES } from './schema';
import { problemOf, ProblemError, type Problem } from '../domain/problems';
import { newerVersionProblem } from './datasetCheck';
import { datasetSetupSql, FAST_METRIC_VALUES, FAST_METRICS_THRESHOLD } from './setup';
import { REFRESH_REPORT_BASE, type BuiltQuery } from './sql';
import { deleteUserReports, insertUserRows } from './userTables';
import { WasmConnector, type QueryStat } from './wasmConnector';
import type { DatasetRows } from './rows';

export type { QueryStat };
export type LoadPhase = 'idle' | 'engine' | 'download' | 'tables' | 'ready' | 'empty' | 'error';

export interface LoadStatus {
  phase: LoadPhase;
  /** bytes of the database file received / expected (download phase) */
  loaded?: number;
  total?: number;
  /** why loading failed or found nothing (rendered in the interface language) */
  problem?: Problem;
  manifest?: Record<string, unknown> | null;
  timings: Record<string, number>;
}

export class Dataset implements Connector {
  private db: AsyncDuckDB | null = null;
  private connector: WasmConnector | null = null;
  /** the SQL console's own connection: a query sent on it can be cancelled without touching the views' */
  private consoleConn: Promise<AsyncDuckDBConnection> | null = null;
  private ready: Promise<void> | null = null;
  private statusListeners = new Set<(s: LoadStatus) => void>();
  private changeListeners = new Set<() => void>();
  status: LoadStatus = { phase: 'idle', timings: {} };
  version = 0;

  constructor(readonly dataUrl: string) {}

  /** Time per query run so far (read by the benchmark). */
  get stats(): readonly QueryStat[] { return this.connector?.stats ?? []; }

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
      this.setStatus({ phase: 'error', problem: problemOf(e) });
      throw e;
    });
    return this.ready;
  }

  private async load(): Promise<void> {
    this.setStatus({ phase: 'engine' });
    this.mark('start');
    // Download the data while the engine starts.
    const bytesP = fetchDatabase(this.dataUrl, (loaded, total) => {
      if (this.status.phase === 'download') this.setStatus({ loaded, total });
    });
    const manifestP = fetchManifest(this.dataUrl);
    // (a refused download is awaited below; until then it must not count as unhandled)
    bytesP.catch(() => undefined);
    this.db = await openEngine();
    const conn = await this.db.connect();
    this.mark('engine');
    this.setStatus({ phase: 'download' });
    const [bytes, manifest] = await Promise.all([bytesP, manifestP]);
    this.mark('download');
    this.setStatus({ phase: 'tables', manifest });
    let have: Record<string, unknown>[] = [];
    if (bytes) {
      await this.db.registerFileBuffer(DATA_FILES.database, bytes);
      const corrupt = (err: unknown) => new ProblemError({
        code: 'data_corrupt', params: { file: DATA_FILES.database, folder: this.dataUrl }, detail: err instanceof Error ? err.message : String(err),
      });
      try {
        await conn.query(`ATTACH '${DATA_FILES.database}' AS src (READ_ONLY)`);
        have = arrowToRows(await conn.query(
          `SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'src' AND schema_name = 'main'`)).rows;
      } catch (err) { throw corrupt(err); }
      const versions: unknown[] = [manifest?.extractor_version];
      if (have.some((r) => r.table_name === 'reports' && r.column_name === 'extractor_version')) {
        try {
          versions.push(...arrowToRows(await conn.query('SELECT DISTINCT extractor_version AS v FROM src.reports')).rows.map((r) => r.v));
        } catch (err) { throw corrupt(err); }
      }
      const newer = newerVersionProblem(versions, this.dataUrl);
      if (newer) throw new ProblemError(newer);
    }
    await conn.query(datasetSetupSql(have));
    await conn.query(REFRESH_REPORT_BASE);
    // From here on SQL can reach only the loaded tables.
    await conn.query('SET enable_external_access = false');
    // a runaway console query fails with a message instead of taking the tab's memory
    await conn.query(`SET memory_limit = '${ENGINE_MEMORY_LIMIT}'`);
    await conn.query('SET lock_configuration = true');
    this.connector = new WasmConnector(conn);
    this.mark('tables');
    const n = bytes ? Number(arrowToRows(await conn.query('SELECT count(*) AS n FROM reports')).rows[0].n) : 0;
    this.setStatus({
      phase: n > 0 ? 'ready' : 'empty',
      problem: n > 0 ? undefined : bytes ? { code: 'data_no_reports' } : { code: 'data_no_database', params: { file: DATA_FILES.database, folder: this.dataUrl } },
    });
    this.mark('ready');
    // Only an optimisation: if it fails, measures keep reading the plain view.
    if (bytes && have.some((r) => r.table_name === 'metrics' && r.column_name === 'state')) this.buildFastMetrics().catch(() => undefined);
  }

  /** Builds the key-sorted copy of the figures for a large dataset once the page has been quiet for
   * a moment (the first views' queries go first; the copy takes the worker for a second or two). */
  private async buildFastMetrics() {
    const db = this.connector!;
    const n = Number(arrowToRows(await db.run(`SELECT count(*) AS n FROM src.metrics`)).rows[0].n);
    if (n < FAST_METRICS_THRESHOLD) return;
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      if (performance.now() - db.lastQueryAt > 250) break;
    }
    await db.run(FAST_METRIC_VALUES);
    this.mark('fast_metrics');
  }

  private async open(): Promise<WasmConnector> {
    await this.start();
    return this.connector!;
  }

  /** Runs a built query as a prepared statement with its parameters. */
  async query<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>> {
    return (await this.open()).query(q);
  }

  /** The SQL console: a guarded, read-only statement. */
  async consoleQuery(text: string): Promise<ConsoleResult> {
    return (await this.startConsole(text)).result;
  }

  /** The SQL console, cancellable: the run's `result`, and `cancel()` to stop it. */
  async startConsole(text: string): Promise<ConsoleRun> {
    await this.open();
    this.consoleConn ??= this.db!.connect();
    return startConsoleQuery(await this.consoleConn, text);
  }

  private changed() {
    this.version++;
    for (const fn of this.changeListeners) fn();
  }

  /** Adds a user's reports (origin 'user'), replacing earlier imports of the same report ids. */
  async loadUserRows(rows: DatasetRows): Promise<{ reports: number }> {
    const db = await this.open();
    const ids = rows.reports.map((r) => r.report_id);
    await deleteUserReports(db, ids);
    await insertUserRows(db, rows);
    await db.run(REFRESH_REPORT_BASE);
    this.changed();
    return { reports: ids.length };
  }

  /** Removes user reports (bundled reports are never removed). */
  async removeUserReports(ids: readonly string[]): Promise<number> {
    const db = await this.open();
    const n = await deleteUserReports(db, ids);
    if (n > 0) { await db.run(REFRESH_REPORT_BASE); this.changed(); }
    return n;
  }
}
