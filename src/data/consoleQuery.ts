// Running a statement typed into the SQL console: guarded first (consoleGuard.ts), then capped at
// 100,000 rows so a huge result never freezes the page.
import type { QueryResult } from './arrowRows';
import { arrowToRows } from './arrowRows';
import { guardConsoleSql } from './consoleGuard';
import { ProblemError } from '../domain/problems';
import type { WasmConnector } from './wasmConnector';

export const CONSOLE_ROW_CAP = 100_000;

export type ConsoleResult = QueryResult & { truncated: boolean; ms: number };

export async function runConsoleQuery(db: WasmConnector, text: string): Promise<ConsoleResult> {
  const g = guardConsoleSql(text);
  if (!g.ok) throw new ProblemError(g.problem);
  const t0 = performance.now();
  const statement = g.wrap ? `SELECT * FROM (${g.sql}\n) LIMIT ${CONSOLE_ROW_CAP + 1}` : g.sql;
  const r = arrowToRows(await db.run(statement));
  const truncated = r.rows.length > CONSOLE_ROW_CAP;
  if (truncated) r.rows.length = CONSOLE_ROW_CAP;
  return { ...r, truncated, ms: performance.now() - t0 };
}
