// The Connector over a DuckDB-WASM connection: prepared statements with bound parameters, Arrow →
// rows, a failure named after its query, and the time each query took (read by the benchmark).
import type { AsyncDuckDBConnection } from './engine';
import { arrowToRows, type QueryResult } from './arrowRows';
import type { Connector } from './connector';
import { QueryError, type BuiltQuery, type Param } from './sql';

export interface QueryStat { name: string; ms: number }

export class WasmConnector implements Connector {
  readonly stats: QueryStat[] = [];
  lastQueryAt = 0;

  constructor(private readonly conn: AsyncDuckDBConnection) {}

  async query<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>> {
    const t0 = performance.now();
    this.lastQueryAt = t0;
    try {
      const result = arrowToRows(await this.prepared(q.sql, q.params)) as QueryResult<Row>;
      this.stats.push({ name: q.name, ms: performance.now() - t0 });
      if (this.stats.length > 5000) this.stats.splice(0, 1000);
      return result;
    } catch (err) {
      throw new QueryError(q.name, err);
    }
  }

  /** Runs SQL text of ours or the console's (one or more statements, no parameters). */
  run(text: string) {
    return this.conn.query(text);
  }

  /** Runs a statement with bound parameters and returns DuckDB's Arrow table. */
  async prepared(text: string, params: readonly Param[]) {
    const stmt = await this.conn.prepare(text);
    try {
      return await stmt.query(...params);
    } finally {
      await stmt.close();
    }
  }
}
