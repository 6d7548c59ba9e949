// One query module, two engines: a Connector runs a built query (SQL text + bound parameters) and
// answers plain rows. DuckDB-WASM implements it in the browser (wasmConnector.ts), DuckDB in Node in
// the data build and scripts (scripts/cli/nodeConnector.ts), so every surface runs the same builders
// and shows the same numbers.
import type { QueryResult } from './arrowRows';
import type { BuiltQuery } from './sql';

export interface Connector {
  query<Row extends Record<string, unknown>>(q: BuiltQuery<Row>): Promise<QueryResult<Row>>;
}
