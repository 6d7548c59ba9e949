// 数据 Data: browse a loaded table with sorting and a filter, and the schema of the loaded tables.
import { column, placeholders, type BuiltQuery, type Param } from '../sql';
import { TABLES, tableDef, type TableName } from '../schema';

export interface TableBrowse {
  table: TableName;
  sort?: { column: string; desc: boolean } | null;
  filter?: { column: string; text: string } | null;
  limit?: number;
  offset?: number;
}

function where(b: TableBrowse): { sql: string; params: Param[] } {
  if (!b.filter || !b.filter.text) return { sql: '', params: [] };
  const col = column(b.table, b.filter.column);
  return { sql: ` WHERE contains(lower(CAST(${col} AS VARCHAR)), lower(?))`, params: [b.filter.text] };
}

export function tableRowsQuery(b: TableBrowse): BuiltQuery {
  const def = tableDef(b.table);
  if (!def) throw new Error(`unknown table ${b.table}`);
  const w = where(b);
  const order = b.sort ? ` ORDER BY ${column(b.table, b.sort.column)} ${b.sort.desc ? 'DESC' : 'ASC'} NULLS LAST` : '';
  return {
    name: `data.rows`,
    // Without a sort the scan order is the stored order (insertion order is preserved), so pages
    // fetched with OFFSET line up.
    sql: `SELECT ${def.columns.map((c) => c.name).join(', ')} FROM ${def.name}${w.sql}${order} LIMIT ? OFFSET ?`,
    params: [...w.params, b.limit ?? 500, b.offset ?? 0],
  };
}

export function tableCountQuery(b: TableBrowse): BuiltQuery {
  const def = tableDef(b.table);
  if (!def) throw new Error(`unknown table ${b.table}`);
  const w = where(b);
  return { name: 'data.count', sql: `SELECT count(*) AS n FROM ${def.name}${w.sql}`, params: w.params };
}

export function schemaQuery(): BuiltQuery {
  return {
    name: 'data.schema',
    sql: `SELECT table_name, column_name, data_type FROM duckdb_columns()
      WHERE database_name = current_database() AND schema_name = 'main' AND table_name IN (${placeholders(TABLES.length)})
      ORDER BY table_name, column_index`,
    params: TABLES.map((t) => t.name),
  };
}
