// How the loaded tables are put together (pure SQL text, run by dataset.ts in the browser and by
// the tests in DuckDB node): for each schema table, an in-memory `user_<table>` for reports added
// in the browser, and a view `<table>` = the bundled rows (from the attached read-only file `src`;
// columns an older file lacks read NULL) UNION ALL the user rows. No copy of the bundled data is made.
import { TABLES, createTableSql } from './schema';
import { REFRESH_REPORT_BASE, REPORT_BASE_ORDER } from './sql';

export const USER_PREFIX = 'user_';

/** The rows {table_name, column_name} of an attached source database: what datasetSetupSql's `have` reads.
 * `schema` is ours (`src`, or a partition's `p_<key>`), never input. */
export const sourceColumnsSql = (schema: string) =>
  `SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = '${schema}' AND schema_name = 'main'`;

/** `have`: rows {table_name, column_name} present in the attached source databases (empty: none);
 * `sources`: the schemas they are attached as (`src` for one bundled file; one per opened province of
 * a partitioned dataset, src/data/partitions.ts). */
export function datasetSetupSql(have: readonly Record<string, unknown>[], sources: readonly string[] = ['src']): string {
  return [userTablesSql(), bundledViewsSql(have, sources)].join('\n');
}

/** The in-memory tables of the user's own reports (created once). */
export function userTablesSql(): string {
  return TABLES.map((t) => `${createTableSql({ ...t, name: `${USER_PREFIX}${t.name}` })};`).join('\n');
}

/** The views `<table>` = the sources' rows UNION ALL the user's; run again (CREATE OR REPLACE) when a
 * partition is attached. With no source (or none that has the table) a view is the user's rows only. */
export function bundledViewsSql(have: readonly Record<string, unknown>[], sources: readonly string[] = ['src']): string {
  const out: string[] = [];
  for (const t of TABLES) {
    const cols = new Set(have.filter((r) => r.table_name === t.name).map((r) => String(r.column_name)));
    const names = t.columns.map((c) => c.name).join(', ');
    const user = `SELECT ${names} FROM ${USER_PREFIX}${t.name}`;
    const bundled = cols.size
      ? sources.map((src) => `SELECT ${t.columns.map((c) => (cols.has(c.name) ? `CAST(${c.name} AS ${c.type}) AS ${c.name}` : `NULL::${c.type} AS ${c.name}`)).join(', ')} FROM ${src}.${t.name} UNION ALL `).join('')
      : '';
    out.push(`CREATE OR REPLACE VIEW ${t.name} AS ${bundled}${user}`);
  }
  out.push(METRIC_VALUES_VIEW);
  return out.map((s) => `${s};`).join('\n');
}

/** What measures read: the figures that are numbers. At first a plain view over `metrics`. */
export const METRIC_VALUES_VIEW = `CREATE OR REPLACE VIEW metric_values AS SELECT report_id, key, value FROM metrics WHERE state = 'number'`;

/** For a large dataset, a copy of the bundled numbers sorted by key, built once the first views have
 * drawn: a query for one metric then reads only that metric's row groups instead of scanning every
 * figure (the bundled file keeps figures in report order, which serves the per-report lookups). */
export const FAST_METRIC_VALUES = [
  `CREATE OR REPLACE TABLE metric_numbers AS SELECT key, report_id, value FROM src.metrics WHERE state = 'number' ORDER BY key, report_id`,
  `CREATE OR REPLACE VIEW metric_values AS SELECT report_id, key, value FROM metric_numbers
     UNION ALL SELECT report_id, key, value FROM ${USER_PREFIX}metrics WHERE state = 'number'`,
].map((s) => `${s};`).join('\n');

/** Datasets with fewer figures than this are fast enough without the sorted copy. */
export const FAST_METRICS_THRESHOLD = 200_000;

/** `report_base` (src/data/sql.ts) on a partitioned dataset with no user reports: the union of the
 * province files' own, computed when they were written. A copy of one report never spans two
 * provinces (province and division code are part of its identity, and of the partition key), so the
 * union is what REFRESH_REPORT_BASE computes over all of them, without its window over every report
 * (the slowest step of opening a region). With user reports, the plain refresh runs. */
export function reportBaseSql(partitionSchemas: readonly string[] | null): string {
  if (!partitionSchemas?.length) return REFRESH_REPORT_BASE;
  // one province's is already in order (written so): a plain copy, no sort
  if (partitionSchemas.length === 1) return `CREATE OR REPLACE TABLE report_base AS SELECT * FROM ${partitionSchemas[0]}.report_base`;
  const union = partitionSchemas.map((s) => `SELECT * FROM ${s}.report_base`).join(' UNION ALL ');
  return `CREATE OR REPLACE TABLE report_base AS ${union} ORDER BY ${REPORT_BASE_ORDER}`;
}
