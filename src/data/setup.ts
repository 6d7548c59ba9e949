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
  return out.map((s) => `${s};`).join('\n');
}
