// SQL through one tagged template. `sql\`… ${value} …\`` turns every interpolated value into a bound
// parameter (`?`), splices nested fragments with their parameters in order, and expands a list into
// `?, ?, ?`; identifiers enter only through `ident` / `column` (allow-lists). Builders never glue
// text and parameter arrays by hand, so the two cannot fall out of step.
import { tableDef, type TableName } from './schema';

export type Param = string | number | boolean | null;

const FRAGMENT: unique symbol = Symbol('sql fragment');

/** A piece of SQL text with the parameters of its `?` placeholders, in order. */
export interface Sql {
  readonly [FRAGMENT]: true;
  readonly text: string;
  readonly params: readonly Param[];
}

/** What a template may interpolate: a value (bound), a list of values (bound, comma-separated) or a fragment. */
export type SqlValue = Param | readonly Param[] | Sql;

function fragment(text: string, params: readonly Param[]): Sql {
  return { [FRAGMENT]: true, text, params };
}

export function isSql(v: unknown): v is Sql {
  return typeof v === 'object' && v !== null && (v as Sql)[FRAGMENT] === true;
}

export function sql(strings: TemplateStringsArray, ...values: readonly SqlValue[]): Sql {
  let text = strings[0];
  const params: Param[] = [];
  values.forEach((v, i) => {
    if (isSql(v)) {
      text += v.text;
      params.push(...v.params);
    } else if (Array.isArray(v)) {
      // An empty IN list is a syntax error in SQL; `NULL` matches nothing, which is what an empty list means.
      text += v.length ? v.map(() => '?').join(', ') : 'NULL';
      params.push(...(v as readonly Param[]));
    } else {
      text += '?';
      params.push(v as Param);
    }
    text += strings[i + 1];
  });
  return fragment(text, params);
}

/** SQL text written in this code base (a constant clause, a CTE); never text that came from a user. */
sql.trusted = (text: string): Sql => fragment(text, []);

/** Fragments joined by a separator (`, `, ` AND `, ` UNION ALL `), parameters in order. */
sql.join = (parts: readonly Sql[], separator: string): Sql =>
  fragment(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.params));

/** `AND a AND b …` (each condition prefixed), empty when there are none. */
sql.and = (conditions: readonly Sql[]): Sql =>
  conditions.length ? sql.join([sql.trusted(''), ...conditions], ' AND ') : sql.trusted('');

/** An identifier from an allow-list; anything else is a programming error (user choices are mapped
 * to known names before they get here). */
export function ident(name: string, allowed: readonly string[]): Sql {
  if (!allowed.includes(name) || !/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`identifier not allowed: ${name}`);
  return sql.trusted(name);
}

/** A column name checked against the dataset schema. */
export function column(table: TableName, name: string): Sql {
  const def = tableDef(table);
  if (!def || !def.columns.some((c) => c.name === name)) throw new Error(`unknown column ${table}.${name}`);
  return sql.trusted(name);
}

export function isColumn(table: string, name: string): boolean {
  return !!tableDef(table)?.columns.some((c) => c.name === name);
}

/** What every query builder returns: a name (timing statistics, error messages), the text and its
 * parameters. `Row` is the shape of one result row, so views read typed fields. */
export interface BuiltQuery<Row = Record<string, unknown>> {
  name: string;
  sql: string;
  params: Param[];
  /** Phantom: carries the row type; never set. */
  readonly __row?: Row;
}

export function query<Row = Record<string, unknown>>(name: string, body: Sql): BuiltQuery<Row> {
  return { name, sql: body.text, params: [...body.params] };
}

/** A failed query names the query it was, so a message in the UI or a test points at the builder. */
export class QueryError extends Error {
  constructor(readonly queryName: string, override readonly cause: unknown) {
    super(`query ${queryName} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'QueryError';
  }
}

/** The agency a report counts under when following one body over the years: its lineage (the latest
 * name of a chain of renames and mergers, src/domain/lineage.ts), else its own short name. Datasets
 * built before the column existed read NULL there, so they group by the short name as before. */
export function agencyKey(alias: 'b' | 'r' | 'fb'): Sql {
  return sql.trusted(`coalesce(${alias}.lineage, ${alias}.agency_short)`);
}

/** One annual report per agency and year (a duplicate copy of the same report would count twice;
 * a user's own import wins over the bundled copy). Materialised as the table `report_base` when the
 * data loads and whenever user reports change, because every view starts from it. An agency is its
 * name *where it is*: the province, parent government and division code are part of the key, so the
 * hundreds of 城关镇 of a national dataset are not taken for copies of one report (a copy of one
 * document has the same identity, since the same text gives the same one). `from`: the reports
 * table or view it reads (a province file's own table when the build writes it). */
export function reportBaseSelect(from = 'reports'): string {
  return `SELECT * FROM ${from}
  WHERE kind = 'annual_report' AND report_year IS NOT NULL
  QUALIFY row_number() OVER (
    PARTITION BY coalesce(agency_short, agency, report_id), coalesce(province, ''), coalesce(parent, ''), coalesce(division_code, ''), report_year
    ORDER BY (origin = 'user') DESC, n_metrics DESC, report_id) = 1`;
}
export const REPORT_BASE_SELECT = reportBaseSelect();

/** report_base's row order: a year's reports are a few row groups, and within a year a region's
 * (division codes share their prefix), so the region filter's range on division_code skips the other
 * row groups by their min and max, and even within one row group reads only the vectors it selects. */
export const REPORT_BASE_ORDER = 'report_year, division_code, agency_short';
export const REFRESH_REPORT_BASE = `CREATE OR REPLACE TABLE report_base AS ${REPORT_BASE_SELECT} ORDER BY ${REPORT_BASE_ORDER}`;

/** The CTE every view query starts from. NOT MATERIALIZED: a query that reads `base` twice would
 * otherwise copy every column of every report first (measured: the trends query 53 → 46 ms at
 * 100,000 reports in DuckDB-WASM); inlined, each use reads only its columns and rows. */
export const BASE_REPORTS = sql.trusted(`base AS NOT MATERIALIZED (SELECT * FROM report_base)`);
