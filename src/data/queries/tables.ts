// 数据 Data: browse a loaded table with sorting and a filter, and the schema of the loaded tables.
import { column, query, sql, type BuiltQuery, type Sql } from '../sql';
import { TABLES, tableDef, type TableName } from '../schema';
import { regionConditionOf } from './region';

export interface TableBrowse {
  table: TableName;
  sort?: { column: string; desc: boolean } | null;
  filter?: { column: string; text: string } | null;
  /** the URL's region: the reports in it, and the other tables' rows of those reports */
  region?: string | null;
  limit?: number;
  offset?: number;
}

function where(b: TableBrowse): Sql {
  const parts: Sql[] = [];
  if (b.filter && b.filter.text) parts.push(sql`contains(lower(CAST(${column(b.table, b.filter.column)} AS VARCHAR)), lower(${b.filter.text}))`);
  const region = regionConditionOf(sql.trusted('r'), b.region);
  // Every table has report_id: the same sub-select serves the reports table and the others.
  if (region) parts.push(sql`report_id IN (SELECT r.report_id FROM reports r WHERE ${region})`);
  return parts.length ? sql` WHERE ${sql.join(parts, ' AND ')}` : sql.trusted('');
}

function tableOf(b: TableBrowse) {
  const def = tableDef(b.table);
  if (!def) throw new Error(`unknown table ${b.table}`);
  return { def, name: sql.trusted(def.name) };
}

export function tableRowsQuery(b: TableBrowse): BuiltQuery {
  const { def, name } = tableOf(b);
  const columns = sql.join(def.columns.map((c) => column(b.table, c.name)), ', ');
  const order = b.sort ? sql` ORDER BY ${column(b.table, b.sort.column)} ${sql.trusted(b.sort.desc ? 'DESC' : 'ASC')} NULLS LAST` : sql.trusted('');
  // Without a sort the scan order is the stored order (insertion order is preserved), so pages
  // fetched with OFFSET line up.
  return query('data.rows', sql`SELECT ${columns} FROM ${name}${where(b)}${order} LIMIT ${b.limit ?? 500} OFFSET ${b.offset ?? 0}`);
}

export function tableCountQuery(b: TableBrowse): BuiltQuery<{ n: number }> {
  const { name } = tableOf(b);
  return query('data.count', sql`SELECT count(*) AS n FROM ${name}${where(b)}`);
}

export function schemaQuery(): BuiltQuery<{ table_name: string; column_name: string; data_type: string }> {
  return query('data.schema', sql`SELECT table_name, column_name, data_type FROM duckdb_columns()
      WHERE database_name = current_database() AND schema_name = 'main' AND table_name IN (${TABLES.map((t) => t.name)})
      ORDER BY table_name, column_index`);
}
