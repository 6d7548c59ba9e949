// Running a statement typed into the SQL console: guarded first (consoleGuard.ts), then capped at
// 100,000 rows so a huge result never freezes the page. A console query runs on a connection of
// its own and is *sent* (DuckDB-WASM runs it in slices between which the engine's worker answers
// other messages), so the views' queries still get their turn, and a runaway query can be stopped
// with `cancel()` (the engine drops it at the next slice).
import type { Table } from 'apache-arrow';
import { Table as ArrowTable } from 'apache-arrow';
import type { QueryResult } from './arrowRows';
import { arrowToRows } from './arrowRows';
import { guardConsoleSql } from './consoleGuard';
import { ProblemError } from '../domain/problems';
import type { AsyncDuckDBConnection } from './engine';

export const CONSOLE_ROW_CAP = 100_000;
/** The engine's memory limit (`SET memory_limit` before the configuration is locked), shown on screen. */
export const ENGINE_MEMORY_LIMIT = '1GB';

export type ConsoleResult = QueryResult & { truncated: boolean; ms: number };

export interface ConsoleRun {
  result: Promise<ConsoleResult>;
  /** Stops the query; `result` then rejects with the problem `console_cancelled`. */
  cancel(): Promise<void>;
}

export function startConsoleQuery(conn: AsyncDuckDBConnection, text: string): ConsoleRun {
  const g = guardConsoleSql(text);
  if (!g.ok) return { result: Promise.reject(new ProblemError(g.problem)), cancel: async () => undefined };
  let cancelled = false;
  const t0 = performance.now();
  const statement = g.wrap ? `SELECT * FROM (${g.sql}\n) LIMIT ${CONSOLE_ROW_CAP + 1}` : g.sql;
  const result = (async (): Promise<ConsoleResult> => {
    try {
      const reader = await conn.send(statement, true);
      const batches = [];
      let n = 0;
      for await (const batch of reader) {
        if (cancelled) break;
        batches.push(batch);
        n += batch.numRows;
        if (n > CONSOLE_ROW_CAP) break; // (statements that are not wrapped: DESCRIBE, SHOW …)
      }
      if (cancelled) throw new ProblemError({ code: 'console_cancelled' });
      const r = arrowToRows(new ArrowTable(reader.schema, batches) as Table);
      const truncated = r.rows.length > CONSOLE_ROW_CAP;
      if (truncated) r.rows.length = CONSOLE_ROW_CAP;
      return { ...r, truncated, ms: performance.now() - t0 };
    } catch (err) {
      throw consoleProblem(err, cancelled);
    }
  })();
  return {
    result,
    cancel: async () => {
      cancelled = true;
      await conn.cancelSent().catch(() => false);
    },
  };
}

/** What went wrong, in the error model where we can name it; the engine's own message otherwise. */
function consoleProblem(err: unknown, cancelled: boolean): unknown {
  if (err instanceof ProblemError) return err;
  if (cancelled) return new ProblemError({ code: 'console_cancelled' });
  const message = err instanceof Error ? err.message : String(err);
  if (/out of memory|memory limit/i.test(message)) {
    return new ProblemError({ code: 'console_memory', params: { limit: ENGINE_MEMORY_LIMIT }, detail: message });
  }
  return err;
}
