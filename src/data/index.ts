// The data layer's public face: the only module the UI imports for data (the UI never imports
// DuckDB). One dataset per page, started once.
import { Dataset, type LoadStatus, type QueryStat } from './dataset';
import { resolveDataUrl } from './dataUrl';
import type { Problem } from '../domain/problems';
import { DATA_FILES } from './schema';
import type { DatasetRows } from './rows';
import type { BuiltQuery } from './sql';
import type { QueryResult } from './arrowRows';

export type { LoadStatus, QueryStat, QueryResult, BuiltQuery };

let current: Dataset | null = null;
let dataUrlProblemValue: Problem | null = null;

export function dataset(): Dataset {
  if (!current) {
    const { url, problem } = resolveDataUrl(location.search, location.href);
    dataUrlProblemValue = problem;
    current = new Dataset(url);
    (globalThis as { __nianbao?: unknown }).__nianbao = current;
  }
  return current;
}

/** The region the views show: on a partitioned (national) dataset, its province is fetched when a
 * query needs it. */
export function openRegion(region: string | null): void { dataset().openRegion(region); }
export function dataUrlProblem(): Problem | null { dataset(); return dataUrlProblemValue; }
export function startDataset(): Promise<void> { return dataset().start(); }
export function runQuery<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>> { return dataset().query(q); }
export function runConsoleSql(sql: string) { return dataset().consoleQuery(sql); }
/** The SQL console, cancellable (a runaway query can be stopped). */
export function startConsoleSql(sql: string) { return dataset().startConsole(sql); }
export { CONSOLE_ROW_CAP, ENGINE_MEMORY_LIMIT, type ConsoleRun } from './consoleQuery';
export function onLoadStatus(fn: (s: LoadStatus) => void): () => void { return dataset().onStatus(fn); }
export function loadStatus(): LoadStatus { return dataset().status; }

/** Called when user reports are added or removed; views re-run their queries. */
export function onDataChanged(fn: () => void): () => void { return dataset().onChange(fn); }
export function dataVersion(): number { return dataset().version; }

/** Adds reports imported in the browser (origin 'user'). */
export function loadUserRows(rows: DatasetRows): Promise<{ reports: number }> { return dataset().loadUserRows(rows); }
/** Removes reports imported in the browser; returns how many were removed. */
export function removeUserReports(ids: readonly string[]): Promise<number> { return dataset().removeUserReports(ids); }

/** URL of a pre-built Parquet file (whole table) next to the database. */
export function parquetUrl(table: string): string { return new URL(DATA_FILES.parquet(table), dataset().dataUrl).href; }
