// The datasets' schema: one definition read by the data build (scripts/ingest.ts writes Parquet and
// the DuckDB file from it), the app (loads and queries these tables) and the synthetic generator.
// Column names here are the allow-list the query builders use for identifiers.

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  doc: string;
}

export interface TableDef {
  name: string;
  doc: string;
  columns: readonly ColumnDef[];
}

export const REPORTS: TableDef = {
  name: 'reports',
  doc: 'One row per document read (annual reports and documents that are not reports).',
  columns: [
    { name: 'report_id', type: 'VARCHAR', doc: 'stable id: first 16 hex digits of the SHA-256 of the file bytes' },
    { name: 'file', type: 'VARCHAR', doc: 'path of the document relative to the input folder' },
    { name: 'origin', type: 'VARCHAR', doc: "'bundled' (built by ingest), 'user' (imported in the browser) or 'synthetic'" },
    { name: 'kind', type: 'VARCHAR', doc: "'annual_report' or 'not_a_report'" },
    { name: 'reason', type: 'VARCHAR', doc: 'why a document is not a report or cannot be read, in Chinese (null for a report)' },
    { name: 'reason_en', type: 'VARCHAR', doc: 'the same reason in English (null for a report, and for user reports saved before reasons were bilingual)' },
    { name: 'agency', type: 'VARCHAR', doc: 'full name of the reporting agency' },
    { name: 'agency_short', type: 'VARCHAR', doc: 'name used for grouping one agency across years' },
    { name: 'level', type: 'VARCHAR', doc: 'province, city, county, district, township, street, department or unknown' },
    { name: 'scope', type: 'VARCHAR', doc: "'self' or 'region' (a region-wide summary, never ranked against single agencies)" },
    { name: 'parent', type: 'VARCHAR', doc: 'county- or city-level government it belongs to' },
    { name: 'province', type: 'VARCHAR', doc: 'province' },
    { name: 'division_code', type: 'VARCHAR', doc: '12-digit statistical division code, when resolved' },
    { name: 'report_year', type: 'INTEGER', doc: 'year the report covers' },
    { name: 'published_on', type: 'DATE', doc: 'publication date, when the document shows one' },
    { name: 'published_source', type: 'VARCHAR', doc: 'where the date came from (label, signature, url)' },
    { name: 'era', type: 'VARCHAR', doc: "national format followed: '2008', '2019' or '2021'" },
    { name: 'deadline', type: 'DATE', doc: 'statutory publication deadline for this level and year' },
    { name: 'timeliness', type: 'VARCHAR', doc: 'on_time, warn_window, late, premature or unknown' },
    { name: 'days_late', type: 'INTEGER', doc: 'days after the deadline (negative: early); null when unknown' },
    { name: 'encoding', type: 'VARCHAR', doc: 'how the bytes were decoded' },
    { name: 'bytes', type: 'INTEGER', doc: 'file size in bytes' },
    { name: 'n_metrics', type: 'INTEGER', doc: 'number of figures extracted' },
    { name: 'n_errors', type: 'INTEGER', doc: 'findings of severity error' },
    { name: 'n_warnings', type: 'INTEGER', doc: 'findings of severity warning' },
    { name: 'n_infos', type: 'INTEGER', doc: 'findings of severity info' },
    { name: 'extractor_version', type: 'VARCHAR', doc: 'version of the extractor that read it' },
    { name: 'lineage', type: 'VARCHAR', doc: 'one agency across renames and mergers: the name of the latest body of its chain (src/domain/lineage.ts); agency_short when it was never renamed' },
  ],
};

export const METRICS_TABLE: TableDef = {
  name: 'metrics',
  doc: 'Long form: one row per report × metric the report gives. A figure the report does not give has no row.',
  columns: [
    { name: 'report_id', type: 'VARCHAR', doc: 'reports.report_id' },
    { name: 'key', type: 'VARCHAR', doc: 'metric key from the catalogue' },
    { name: 'value', type: 'DOUBLE', doc: 'the figure (money in yuan); null when state is blank or na' },
    { name: 'state', type: 'VARCHAR', doc: "'number', 'blank' (cell left empty) or 'na' (cell marked / or —)" },
    { name: 'approx', type: 'BOOLEAN', doc: 'the report qualifies the figure (余, 多, 约, 近)' },
    { name: 'source_kind', type: 'VARCHAR', doc: "'table' or 'text'" },
    { name: 'line', type: 'INTEGER', doc: '1-based line in the normalised text' },
    { name: 'excerpt', type: 'VARCHAR', doc: 'short label and cell or phrase the figure came from' },
  ],
};

export const REQUESTS_TABLE: TableDef = {
  name: 'requests',
  doc: 'The full 2019/2021 table 三: one row per report × table row × applicant column.',
  columns: [
    { name: 'report_id', type: 'VARCHAR', doc: 'reports.report_id' },
    { name: 'row_key', type: 'VARCHAR', doc: "row of table 三, e.g. 'new', 'granted', 'denied_3', 'total'" },
    { name: 'row_label', type: 'VARCHAR', doc: 'the row label as printed in the format' },
    { name: 'column_key', type: 'VARCHAR', doc: 'natural_person, business, research, nonprofit, legal_services, other_org or total' },
    { name: 'value', type: 'DOUBLE', doc: 'the cell; null when blank or na' },
    { name: 'state', type: 'VARCHAR', doc: "'number', 'blank' or 'na'" },
    { name: 'line', type: 'INTEGER', doc: '1-based line in the normalised text' },
  ],
};

export const FINDINGS_TABLE: TableDef = {
  name: 'findings',
  doc: 'What the checks found: one row per finding.',
  columns: [
    { name: 'report_id', type: 'VARCHAR', doc: 'reports.report_id' },
    { name: 'code', type: 'VARCHAR', doc: 'finding code' },
    { name: 'severity', type: 'VARCHAR', doc: "'error', 'warning' or 'info'" },
    { name: 'message', type: 'VARCHAR', doc: 'what is wrong and where, in Chinese' },
    { name: 'message_en', type: 'VARCHAR', doc: 'the same message in English (same numbers, lines and keys)' },
    { name: 'metrics', type: 'VARCHAR', doc: 'metric keys involved, comma-separated' },
  ],
};

export const TABLES = [REPORTS, METRICS_TABLE, REQUESTS_TABLE, FINDINGS_TABLE] as const;
export type TableName = (typeof TABLES)[number]['name'];

export function tableDef(name: string): TableDef | undefined {
  return TABLES.find((t) => t.name === name);
}

/** `CREATE TABLE` statement for a table (identifiers come from this allow-list only). */
export function createTableSql(t: TableDef, schema?: string): string {
  const qualified = schema ? `${schema}.${t.name}` : t.name;
  return `CREATE TABLE ${qualified} (${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`;
}

/** The files the data build writes to data/ and the app loads. */
export const DATA_FILES = {
  database: 'nianbao.duckdb',
  manifest: 'manifest.json',
  parquet: (table: string) => `${table}.parquet`,
} as const;
