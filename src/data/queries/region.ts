// Regions from the national division codes: the filter every view applies, the report counts per
// tree node, which units one level down have a report (who did not publish), and a region's rollup.
import { BASE_REPORTS, query, sql, type BuiltQuery, type Sql } from '../sql';
import { PROVINCE_CODES, parseRegion, type Region } from '../../domain/regions';
import { levelsOf, type LevelGroup } from '../../domain/levels';

const KNOWN_PROVINCES = Object.values(PROVINCE_CODES);

/** `a.division_code` starts with `prefix`, written as a range (`>= '430181' AND < '430182'`): the
 * scan checks a comparison against each row group's min and max (zone maps) and skips the groups
 * outside it, where `starts_with` is evaluated row by row. The same rows for any text: s starts with
 * p exactly when p <= s < p with its last character incremented ('9' + 1 is ':'). */
function prefixRange(a: Sql, prefix: string): Sql {
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return sql`${a}.division_code >= ${prefix} AND ${a}.division_code < ${next}`;
}

/** The condition for one region on a reports alias. A province also holds its reports whose code
 * could not be resolved (they carry the province's name only), so nothing drops out of sight. */
export function regionCondition(a: Sql, r: Region): Sql {
  if (r.kind === 'province-name') return sql`${a}.province = ${r.name}`;
  if (r.kind === 'unresolved') {
    return r.province
      ? sql`(${a}.division_code IS NULL AND ${a}.province = ${PROVINCE_CODES[r.province] ?? ''})`
      : sql`(${a}.division_code IS NULL AND (${a}.province IS NULL OR ${a}.province NOT IN (${KNOWN_PROVINCES})))`;
  }
  const name = r.code.length === 2 ? PROVINCE_CODES[r.code] : undefined;
  return name
    ? sql`((${prefixRange(a, r.code)}) OR (${a}.division_code IS NULL AND ${a}.province = ${name}))`
    : sql`(${prefixRange(a, r.code)})`;
}

/** The URL's region value as a condition; an unreadable value filters nothing. */
export function regionConditionOf(a: Sql, region: string | null | undefined): Sql | null {
  const r = parseRegion(region);
  return r ? regionCondition(a, r) : null;
}

export type RegionCountRow = { division_code: string | null; province: string | null; reports: number };

/** Reports per division code (and per province for the unresolved ones), under the level filter;
 * the tree adds them up along each code's prefixes (src/domain/regionCounts.ts). */
export function regionCountsQuery(f: { levelGroup?: LevelGroup | null }): BuiltQuery<RegionCountRow> {
  const level = f.levelGroup ? sql` AND b.level IN (${levelsOf(f.levelGroup)})` : sql.trusted('');
  return query('region.counts', sql`WITH ${BASE_REPORTS}
      SELECT b.division_code, b.province, count(*) AS reports FROM base b WHERE true${level}
      GROUP BY ALL ORDER BY ALL`);
}

/** The units (2–9-digit codes of the division tree, each once) with the 12-digit code their own
 * reports carry. */
function unitsCte(units: readonly string[]): Sql {
  return sql`u AS (SELECT code, rpad(code, 12, '0') AS division_code
        FROM (SELECT DISTINCT code FROM (SELECT unnest([${units}]::VARCHAR[]) AS code) WHERE code IS NOT NULL))`;
}

/** Struct fields that order as `n_metrics DESC` (NULLs last): a struct compares field by field, and
 * none of these is NULL. */
const FIGURES_DESC = sql.trusted(`'nn': b.n_metrics IS NULL, 'n': -coalesce(b.n_metrics, 0)`);

export type UnitReportRow = { code: string; report_year: number | null; report_id: string | null; agency_short: string | null };

/** The units' own reports: those whose division code is the unit's (a township's report, not its
 * departments'; a county government's, not its townships'), one row per unit and year; a unit with
 * no report at all has one row with NULLs. `units` come from the division tree (2–9-digit codes). */
export function unitReportsQuery(o: { units: readonly string[]; year?: number | null }): BuiltQuery<UnitReportRow> {
  const year = o.year != null ? sql` AND b.report_year = ${o.year}` : sql.trusted('');
  // Per unit and year the first report in the order (the unit's own report before a region-wide
  // summary, NULL scope last; more figures first; then report_id): the minimum of a struct of those
  // keys, a hash aggregate where a window over every candidate row sorts them all.
  return query('region.unit_reports', sql`WITH ${BASE_REPORTS}, ${unitsCte(o.units)},
      r AS (SELECT u.code, b.report_year,
              min({'s': coalesce((b.scope = 'region')::INTEGER, 2), ${FIGURES_DESC}, 'id': b.report_id, 'a': b.agency_short}) AS k
            FROM u JOIN base b ON b.division_code = u.division_code
            WHERE coalesce(b.level, '') <> 'department'${year}
            GROUP BY u.code, b.report_year)
      SELECT u.code, r.report_year, r.k.id AS report_id, r.k.a AS agency_short FROM u LEFT JOIN r USING (code)
      ORDER BY u.code, r.report_year`);
}

export type RollupRow = {
  report_year: number; expected: number; units_reported: number; units_with_value: number; total: number | null;
  same_units: number | null; same_previous: number | null; same_current: number | null;
};

/** A summable metric summed over the region's units one level down, per year, with its coverage:
 * how many of the expected units have a report, how many give the figure, and the sums over the units
 * that give it in both this year and the year before ("same units"), so a change in coverage never
 * reads as a change in the figures. Only each unit's own report counts (scope 'self'): a region-wide
 * summary is never added to the sum of its own units. The metric's rows are read into a materialised
 * CTE before the join, so the units' report ids are not pushed into the scan as a filter (see
 * measureCte in ./measure.ts). */
export function rollupQuery(o: { units: readonly string[]; metric: string }): BuiltQuery<RollupRow> {
  return query('region.rollup', sql`WITH ${BASE_REPORTS}, ${unitsCte(o.units)},
      r AS (SELECT u.code, b.report_year, min({${FIGURES_DESC}, 'id': b.report_id}).id AS report_id
            FROM u JOIN base b ON b.division_code = u.division_code
            WHERE coalesce(b.level, '') <> 'department' AND coalesce(b.scope, 'self') <> 'region'
            GROUP BY u.code, b.report_year),
      mk AS MATERIALIZED (SELECT report_id, value FROM metric_values WHERE key = ${o.metric} AND value IS NOT NULL),
      v AS (SELECT r.code, r.report_year, max(m.value) AS value FROM r JOIN mk m USING (report_id) GROUP BY 1, 2),
      y AS (SELECT report_year, count(*) AS units_reported FROM r GROUP BY 1),
      s AS (SELECT report_year, count(*) AS units_with_value, sum(value) AS total FROM v GROUP BY 1),
      p AS (SELECT cur.report_year, count(*) AS same_units, sum(prev.value) AS same_previous, sum(cur.value) AS same_current
            FROM v cur JOIN v prev ON prev.code = cur.code AND prev.report_year = cur.report_year - 1 GROUP BY 1)
      SELECT y.report_year, (SELECT count(*) FROM u) AS expected, y.units_reported,
        coalesce(s.units_with_value, 0) AS units_with_value, s.total, p.same_units, p.same_previous, p.same_current
      FROM y LEFT JOIN s USING (report_year) LEFT JOIN p USING (report_year)
      ORDER BY y.report_year`);
}
