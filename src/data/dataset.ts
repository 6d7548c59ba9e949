// The loaded dataset: DuckDB-WASM with data/nianbao.duckdb attached read-only; each table is a view
// over the bundled rows UNION ALL an in-memory table of the user's own reports (setup.ts). Then
// external access is switched off and the configuration locked. A partitioned (national) dataset
// (partitions.ts) has no single file: the national queries are answered from its answers file, and
// a province's file is fetched and attached when a region in it is opened (openRegion). This module only orchestrates: the
// download (download.ts), the queries (wasmConnector.ts), the user's rows (userTables.ts) and the
// console (consoleQuery.ts) each have their own file.
import type { AsyncDuckDB } from './engine';
import { openEngine } from './engine';
import { arrowToRows, type QueryResult } from './arrowRows';
import type { Connector } from './connector';
import { ENGINE_MEMORY_LIMIT, startConsoleQuery, type ConsoleResult, type ConsoleRun } from './consoleQuery';
import type { AsyncDuckDBConnection } from './engine';
import { fetchDatabase, fetchDuckdbFile, fetchJsonFile, fetchManifest } from './download';
import { DATA_FILES } from './schema';
import { problemOf, ProblemError, type Problem } from '../domain/problems';
import { newerVersionProblem } from './datasetCheck';
import { bundledViewsSql, datasetSetupSql, FAST_METRIC_VALUES, FAST_METRICS_THRESHOLD, reportBaseSql, sourceColumnsSql, USER_PREFIX } from './setup';
import {
  PARTS_DIR, answerKey, missingNationalAnswers, partitionIndexOf, partitionSchema, partitionsForRegion, type AnswerFile, type PartitionIndex,
} from './partitions';
import { loadRows, type StoredRows } from './slices';
import { REFRESH_REPORT_BASE, type BuiltQuery } from './sql';
import { buildUserPart, deleteUserReports, exportUserRows, insertUserParts, insertUserRows, USER_ROWS_FORMAT, userReportCount, type UserRowsPart } from './userTables';
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
  /** a partitioned dataset: its provinces, which are loaded, the one loading and its progress */
  partitions?: PartitionStatus;
}

export interface PartitionStatus {
  count: number;
  reports: number;
  loaded: string[];
  loading: string | null;
  loadingBytes?: number;
  loadingTotal?: number;
  /** bytes of partition files fetched so far (read by the benchmark) */
  fetchedBytes: number;
}

type Layout = { index: PartitionIndex; answers: Map<string, StoredRows<Record<string, unknown>>> };

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
  /** a partitioned dataset's layout and national answers (null: one database file) */
  private layout: Promise<Layout | null> | null = null;
  private settleLayout: { resolve: (l: Layout | null) => void; reject: (e: unknown) => void } | null = null;
  private region: string | null = null;
  private attached: string[] = [];
  private have: Record<string, unknown>[] = [];
  /** partition loads run one after the other */
  private partitionChain: Promise<void> = Promise.resolve();

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
    if (!this.ready) {
      // Known once the manifest is read (and, when partitioned, the answers), before the engine is up.
      this.layout = new Promise((resolve, reject) => { this.settleLayout = { resolve, reject }; });
      this.layout.catch(() => undefined);
      this.ready = this.load().catch((e: unknown) => {
        this.setStatus({ phase: 'error', problem: problemOf(e) });
        this.settleLayout?.reject(e);
        throw e;
      });
    }
    return this.ready;
  }

  private async load(): Promise<void> {
    this.setStatus({ phase: 'engine' });
    this.mark('start');
    // The manifest says which layout the folder has. A partitioned dataset starts the engine only
    // once its answers are in, so nothing but the answers is fetched before the first chart.
    const manifest = await fetchManifest(this.dataUrl);
    const index = partitionIndexOf(manifest, this.dataUrl);
    if (index) return this.loadPartitioned(index, manifest);
    this.settleLayout?.resolve(null);
    const engineP = openEngine();
    engineP.catch(() => undefined);
    // Download the data while the engine starts.
    const bytesP = fetchDatabase(this.dataUrl, (loaded, total) => {
      if (this.status.phase === 'download') this.setStatus({ loaded, total });
    });
    // (a refused download is awaited below; until then it must not count as unhandled)
    bytesP.catch(() => undefined);
    this.db = await engineP;
    const conn = await this.db.connect();
    this.mark('engine');
    this.setStatus({ phase: 'download' });
    const bytes = await bytesP;
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
          sourceColumnsSql('src'))).rows;
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
    await this.lockDown(conn, false);
    const n = bytes ? Number(arrowToRows(await conn.query('SELECT count(*) AS n FROM reports')).rows[0].n) : 0;
    this.setStatus({
      phase: n > 0 ? 'ready' : 'empty',
      problem: n > 0 ? undefined : bytes ? { code: 'data_no_reports' } : { code: 'data_no_database', params: { file: DATA_FILES.database, folder: this.dataUrl } },
    });
    this.mark('ready');
    // Only an optimisation: if it fails, measures keep reading the plain view.
    if (bytes && have.some((r) => r.table_name === 'metrics' && r.column_name === 'state')) this.buildFastMetrics().catch(() => undefined);
  }

  /** From here on SQL can reach only the loaded tables (and, for a partitioned dataset, the province
   * files the app itself registers under parts/). */
  private async lockDown(conn: AsyncDuckDBConnection, partitioned: boolean) {
    await conn.query(REFRESH_REPORT_BASE);
    if (partitioned) await conn.query(`SET allowed_directories = ['${PARTS_DIR}/']`);
    await conn.query('SET enable_external_access = false');
    // a runaway console query fails with a message instead of taking the tab's memory
    await conn.query(`SET memory_limit = '${ENGINE_MEMORY_LIMIT}'`);
    await conn.query('SET lock_configuration = true');
    this.connector = new WasmConnector(conn);
    this.mark('tables');
  }

  /** A partitioned dataset: ready as soon as the national answers are in (the Overview draws from
   * them); the engine comes up behind, with no province attached until a region asks for one. */
  private async loadPartitioned(index: PartitionIndex, manifest: Record<string, unknown> | null) {
    const newer = newerVersionProblem([manifest?.extractor_version], this.dataUrl);
    if (newer) throw new ProblemError(newer);
    const file = await fetchJsonFile<AnswerFile>(this.dataUrl, index.answers);
    if (!file || typeof file.answers !== 'object') throw new ProblemError({ code: 'data_corrupt', params: { file: index.answers, folder: this.dataUrl } });
    const answers = new Map(Object.entries(file.answers));
    this.settleLayout?.resolve({ index, answers });
    const stale = missingNationalAnswers(answers);
    const reports = index.partitions.reduce((n, p) => n + p.reports, 0);
    this.mark('answers');
    this.setStatus({
      phase: reports > 0 ? 'ready' : 'empty', manifest,
      problem: reports === 0 ? { code: 'data_no_reports' } : stale.missing > 0 ? { code: 'data_answers_stale', params: stale } : undefined,
      partitions: { count: index.partitions.length, reports, loaded: [], loading: null, fetchedBytes: 0 },
    });
    this.mark('ready');
    this.db = await openEngine();
    const conn = await this.db.connect();
    this.mark('engine');
    await conn.query(datasetSetupSql([], []));
    await this.lockDown(conn, true);
  }

  /** The region the views show (the URL's `region`); on a partitioned dataset, queries that are not
   * national answers wait for its province's file. Cheap to call on every render. */
  openRegion(region: string | null) {
    const next = region || null;
    if (next === this.region) return;
    this.region = next;
    // Start fetching its province now rather than when the first query asks: the views re-render
    // before they query. A failure is reported by the queries that wait for the same load.
    this.layout?.then((l) => {
      const keys = l && partitionsForRegion(next, l.index);
      if (l && keys?.length) this.ensurePartitions(keys, l.index).catch(() => undefined);
    }).catch(() => undefined);
  }

  /** Fetches and attaches the partitions not attached yet, then rebuilds the views over all of them. */
  private ensurePartitions(keys: readonly string[], index: PartitionIndex): Promise<void> {
    const next = this.partitionChain.then(async () => {
      const missing = keys.filter((k) => !this.attached.includes(k));
      if (!missing.length) return;
      const db = await this.open();
      for (const key of missing) {
        const entry = index.partitions.find((p) => p.key === key)!;
        const part = (): PartitionStatus => this.status.partitions!;
        this.setStatus({ partitions: { ...part(), loading: key, loadingBytes: 0, loadingTotal: entry.bytes } });
        this.mark(`fetching_${key}`);
        try {
          const bytes = await fetchDuckdbFile(this.dataUrl, entry.file, (loaded, total) => {
            this.setStatus({ partitions: { ...part(), loadingBytes: loaded, loadingTotal: total || entry.bytes } });
          });
          if (!bytes) throw new ProblemError({ code: 'data_partition_missing', params: { file: entry.file, folder: this.dataUrl } });
          this.mark(`fetched_${key}`);
          await this.db!.registerFileBuffer(entry.file, bytes);
          try {
            await db.run(`ATTACH '${entry.file}' AS ${partitionSchema(key)} (READ_ONLY)`);
          } catch (err) {
            throw new ProblemError({ code: 'data_corrupt', params: { file: entry.file, folder: this.dataUrl }, detail: err instanceof Error ? err.message : String(err) });
          }
          if (!this.have.length) {
            this.have = arrowToRows(await db.run(sourceColumnsSql(partitionSchema(key)))).rows;
          }
          this.attached.push(key);
          this.setStatus({ partitions: { ...part(), loaded: [...this.attached], fetchedBytes: part().fetchedBytes + bytes.length } });
        } finally {
          this.setStatus({ partitions: { ...part(), loading: null, loadingBytes: undefined, loadingTotal: undefined } });
        }
      }
      this.mark(`attached_${missing.join('_')}`);
      await db.run(bundledViewsSql(this.have, this.attached.map(partitionSchema)));
      await this.refreshBase(db);
      // No change event: every query that needs these rows awaited this load, and the answered
      // (national) queries do not depend on it; a change event would run every view's queries twice.
      this.mark(`partition_${missing.join('_')}`);
    });
    // a failed load must not block the next one; its own caller sees the failure
    this.partitionChain = next.catch(() => undefined);
    return next;
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

  /** Runs a built query as a prepared statement with its parameters. On a partitioned dataset a
   * national query is answered from the answers file; any other waits for the open region's
   * province, and with no region open it is refused with a message that says to choose one. */
  async query<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>> {
    this.start().catch(() => undefined);
    const layout = await this.layout;
    if (layout) {
      const stored = layout.answers.get(answerKey(q));
      if (stored) return { columns: [...stored.columns], rows: loadRows(stored) as Row[] };
      const keys = partitionsForRegion(this.region, layout.index);
      if (!keys) throw new ProblemError({ code: 'data_needs_region', params: { reports: (this.status.partitions?.reports ?? 0).toLocaleString('en') } });
      await this.ensurePartitions(keys, layout.index);
    }
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

  /** Rebuilds report_base after the rows changed: on a partitioned dataset with no user reports, from
   * the province files' own (setup.ts reportBaseSql; an in-memory copy, which the views' queries then
   * read without decompressing the file's blocks again — a view onto the file's table measured no
   * faster to open and slower to query); otherwise over every report. */
  private async refreshBase(db: WasmConnector) {
    const fromParts = this.attached.length > 0 && this.have.some((r) => r.table_name === 'report_base')
      && Number(arrowToRows(await db.run(`SELECT count(*) AS n FROM ${USER_PREFIX}reports`)).rows[0].n) === 0;
    await db.run(reportBaseSql(fromParts ? this.attached.map(partitionSchema) : null));
  }

  private changed() {
    this.version++;
    for (const fn of this.changeListeners) fn();
  }

  /** Adds a user's reports (origin 'user'), replacing earlier imports of the same report ids. */
  async loadUserRows(rows: DatasetRows): Promise<{ reports: number }> {
    const db = await this.open();
    await this.partitionChain;
    const ids = rows.reports.map((r) => r.report_id);
    await deleteUserReports(db, ids);
    await insertUserRows(await this.userConnection(), rows);
    await this.refreshBase(db);
    this.changed();
    return { reports: ids.length };
  }

  /** Removes user reports (bundled reports are never removed). */
  async removeUserReports(ids: readonly string[]): Promise<number> {
    const db = await this.open();
    const n = await deleteUserReports(db, ids);
    if (n > 0) { await this.refreshBase(db); this.changed(); }
    return n;
  }

  /** The connection the user's rows are inserted and exported on (Arrow inserts need the connection
   * itself, which WasmConnector keeps to itself); the user tables are shared by every connection. */
  private userConn: Promise<AsyncDuckDBConnection> | null = null;
  private async userConnection(): Promise<AsyncDuckDBConnection> {
    await this.open();
    this.userConn ??= this.db!.connect();
    return this.userConn;
  }

  /** The rows as Arrow (a "part") for the import to keep beside its records (built in slices on the
   * main thread); loadUserParts puts parts into the tables. */
  buildUserRowsPart(rows: DatasetRows): Promise<UserRowsPart> {
    return buildUserPart(rows);
  }

  /** Adds parts of user rows to the tables (one insert per table and part), then removes the reports
   * `without` (gone since, or in several parts); says for each part whether it was used (a part of
   * another format is not). DuckDB's worker takes the parts' buffers. */
  async loadUserParts(parts: readonly UserRowsPart[], without: readonly string[] = []): Promise<boolean[]> {
    const db = await this.open();
    await this.partitionChain;
    const usable = parts.map((p) => p.format === USER_ROWS_FORMAT);
    const use = parts.filter((_, k) => usable[k]);
    const conn = await this.userConnection();
    // (at start the tables are empty; otherwise rows of these reports would be doubled)
    const ids = use.flatMap((p) => p.ids);
    if (ids.length && await userReportCount(conn) > 0) await deleteUserReports(db, ids);
    await insertUserParts(conn, use);
    await deleteUserReports(db, without);
    await this.refreshBase(db);
    this.changed();
    return usable;
  }

  /** The user tables as one part (compacts the parts the import keeps). */
  async exportUserRows(): Promise<UserRowsPart> {
    await this.open();
    await this.partitionChain;
    return exportUserRows(await this.userConnection());
  }
}

