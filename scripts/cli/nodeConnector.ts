// The Connector over DuckDB in Node (@duckdb/node-api): the same built queries as the app's
// DuckDB-WASM connector, with the same row shapes (BIGINT → number, DATE → 'YYYY-MM-DD'), for the data
// build, scripts and the tests that run every query builder.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { QueryResult } from '../../src/data/arrowRows';
import type { Connector } from '../../src/data/connector';
import { QueryError, type BuiltQuery } from '../../src/data/sql';

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v ?? null;
}

export function nodeConnector(con: DuckDBConnection): Connector {
  return {
    async query<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>> {
      try {
        const reader = await con.runAndReadAll(q.sql, q.params as never);
        const rows = reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])) as Row);
        return { columns: reader.columnNames(), rows };
      } catch (err) {
        throw new QueryError(q.name, err);
      }
    },
  };
}
