// How the loaded tables are put together (pure SQL text, run by dataset.ts in the browser and by
// the tests in DuckDB node): for each schema table, an in-memory `user_<table>` for reports added
// in the browser, and a view `<table>` = the bundled rows (from the attached read-only file `src`;
// columns an older file lacks read NULL) UNION ALL the user rows. No copy of the bundled data is made.
import { TABLES, createTableSql } from './schema';

export const USER_PREFIX = 'user_';

/** `have`: rows {table_name, column_name} present in the attached `src` database (empty: none). */
export function datasetSetupSql(have: readonly Record<string, unknown>[]): string {
  const out: string[] = [];
  for (const t of TABLES) {
    const cols = new Set(have.filter((r) => r.table_name === t.name).map((r) => String(r.column_name)));
    const names = t.columns.map((c) => c.name).join(', ');
    out.push(createTableSql({ ...t, name: `${USER_PREFIX}${t.name}` }));
    const user = `SELECT ${names} FROM ${USER_PREFIX}${t.name}`;
    const bundled = cols.size
      ? `SELECT ${t.columns.map((c) => (cols.has(c.name) ? `CAST(${c.name} AS ${c.type}) AS ${c.name}` : `NULL::${c.type} AS ${c.name}`)).join(', ')} FROM src.${t.name} UNION ALL `
      : '';
    out.push(`CREATE VIEW ${t.name} AS ${bundled}${user}`);
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
