// Writing the user's own reports (imported in the browser) into the in-memory `user_*` tables. Only
// these tables are ever written: the bundled rows are attached read-only and cannot be removed.
import type { DatasetRows } from './rows';
import { TABLES, type TableDef } from './schema';
import { USER_PREFIX } from './setup';
import { query, sql, type Param } from './sql';
import type { WasmConnector } from './wasmConnector';

const BATCH = 200;

export async function insertUserRows(db: WasmConnector, rows: DatasetRows): Promise<void> {
  const tables: [TableDef, Record<string, unknown>[]][] = [
    [TABLES[0], rows.reports.map((r) => ({ ...r, origin: 'user' }))],
    [TABLES[1], rows.metrics as unknown as Record<string, unknown>[]],
    [TABLES[2], rows.requests as unknown as Record<string, unknown>[]],
    [TABLES[3], rows.findings as unknown as Record<string, unknown>[]],
  ];
  for (const [t, list] of tables) {
    const tuple = `(${t.columns.map((c) => `CAST(? AS ${c.type})`).join(', ')})`;
    const into = `INSERT INTO ${USER_PREFIX}${t.name} (${t.columns.map((c) => c.name).join(', ')}) VALUES `;
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH);
      const params: Param[] = [];
      for (const row of batch) for (const c of t.columns) params.push(toParam(row[c.name]));
      await db.prepared(into + batch.map(() => tuple).join(', '), params);
    }
  }
}

/** Deletes user reports and their rows; answers how many reports were removed. */
export async function deleteUserReports(db: WasmConnector, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  for (const t of [TABLES[1], TABLES[2], TABLES[3]]) {
    const del = query('user.delete', sql`DELETE FROM ${sql.trusted(USER_PREFIX + t.name)} WHERE report_id IN (${ids})`);
    await db.prepared(del.sql, del.params);
  }
  const del = query('user.delete', sql`DELETE FROM ${sql.trusted(`${USER_PREFIX}reports`)} WHERE report_id IN (${ids}) RETURNING report_id`);
  return (await db.prepared(del.sql, del.params)).numRows;
}

function toParam(v: unknown): Param {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
