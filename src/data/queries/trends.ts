// 趋势 Trends: a measure over the years for chosen agencies, with the change from the previous
// report. With no agencies chosen, the five with the most reported years.
import { BASE_REPORTS, agencyKey, query, sql, type BuiltQuery, type Sql } from '../sql';
import type { Measure } from '../../domain/measures';
import { reportConditions, type ReportFilter } from './filters';
import { measureCte } from './measure';

export interface TrendOptions extends ReportFilter {
  measure: Measure;
  agencies: readonly string[];
  minSize?: number;
  defaultCount?: number;
}

export type TrendRow = {
  /** the agency followed over the years: its lineage (renamed bodies are one line), else its short name */
  agency: string; report_year: number; era: string | null; report_id: string; origin: string;
  /** the name the report was written under (differs from `agency` before a rename) */
  agency_short: string; prev_name: string | null;
  value: number | null; small: boolean; prev_year: number | null; change: number | null; change_rate: number | null;
};

export function trendQuery(o: TrendOptions): BuiltQuery<TrendRow> {
  const c = reportConditions('b', { ...o, year: null });
  const key = agencyKey('b');
  if (o.agencies.length > 0) {
    // Chosen agencies: a constant IN list on base (sorted by year, agency) so the scan skips row
    // groups, and only their reports' figures are read.
    const chosen = sql` AND ${key} IN (${o.agencies})`;
    return series(sql`${measureCte(o.measure, o.minSize, chosen)},
      s AS (SELECT ${key} AS agency, b.agency_short, b.report_year, b.era, b.report_id, b.origin, mv.value, coalesce(mv.small, false) AS small
            FROM base b LEFT JOIN mv USING (report_id) WHERE true${chosen})`);
  }
  // None chosen: the agencies with the most reported years (then the highest value).
  // Narrow steps: the ranking reads only (report_id, agency) of the filtered reports, and the
  // series only the chosen agencies' reports.
  return series(sql`${measureCte(o.measure, o.minSize)},
      chosen AS (SELECT b.agency FROM (SELECT b.report_id, ${key} AS agency FROM base b WHERE true${c}) b
            JOIN mv USING (report_id) WHERE mv.value IS NOT NULL
            GROUP BY 1 ORDER BY count(*) DESC, max(mv.value) DESC, 1 LIMIT ${o.defaultCount ?? 5}),
      cb AS (SELECT ${key} AS agency, b.agency_short, b.report_year, b.era, b.report_id, b.origin FROM base b
            WHERE ${key} IN (SELECT agency FROM chosen)),
      s AS (SELECT cb.*, mv.value, coalesce(mv.small, false) AS small FROM cb LEFT JOIN mv USING (report_id))`);
}

/** `s` holds a few agencies' reports: the change from the previous report is a window over them only.
 * In a merger year two bodies of one lineage may both have reported (a county bureau and the zone's
 * bureau that took it over): the line takes the report of the body it is named after, else of the body
 * that went on reporting longest (the one the others merged into), so each year has one point and the
 * name changes only where the body did. */
function series(ctes: Sql): BuiltQuery<TrendRow> {
  return query('trends.series', sql`WITH ${BASE_REPORTS}, ${ctes},
      named AS (SELECT *, max(report_year) OVER (PARTITION BY agency, agency_short) AS last_year FROM s),
      one AS (SELECT * EXCLUDE (last_year) FROM named
        QUALIFY row_number() OVER (PARTITION BY agency, report_year ORDER BY (agency_short = agency) DESC, last_year DESC, agency_short) = 1)
      SELECT agency, agency_short, report_year, era, report_id, origin, value, small,
        lag(agency_short) OVER w AS prev_name,
        lag(report_year) OVER w AS prev_year,
        value - lag(value) OVER w AS change,
        (value - lag(value) OVER w) / nullif(lag(value) OVER w, 0) AS change_rate
      FROM one WINDOW w AS (PARTITION BY agency ORDER BY report_year)
      ORDER BY agency, report_year`);
}

/** Agencies whose name, or any earlier name of their lineage, contains the text (for the picker);
 * answers the name the agency is followed under. */
export function agencySearchQuery(text: string, limit = 30): BuiltQuery<{ agency: string; reports: number }> {
  return query('trends.agencies', sql`SELECT coalesce(lineage, agency_short) AS agency, count(*) AS reports FROM reports
      WHERE kind = 'annual_report' AND agency_short IS NOT NULL
        AND (contains(lower(agency_short), lower(${text})) OR contains(lower(coalesce(lineage, '')), lower(${text})))
      GROUP BY 1 ORDER BY reports DESC, agency LIMIT ${limit}`);
}
