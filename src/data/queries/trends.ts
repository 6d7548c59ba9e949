// 趋势 Trends: a measure over the years for chosen agencies, with the change from the previous
// report. With no agencies chosen, the five with the most reported years.
import { BASE_REPORTS, query, sql, type BuiltQuery, type Sql } from '../sql';
import type { Measure } from '../measures';
import { reportConditions, type ReportFilter } from './filters';
import { measureCte } from './measure';

export interface TrendOptions extends ReportFilter {
  measure: Measure;
  agencies: readonly string[];
  minSize?: number;
  defaultCount?: number;
}

export type TrendRow = {
  agency_short: string; report_year: number; era: string | null; report_id: string; origin: string;
  value: number | null; small: boolean; prev_year: number | null; change: number | null; change_rate: number | null;
};

export function trendQuery(o: TrendOptions): BuiltQuery<TrendRow> {
  const c = reportConditions('b', { ...o, year: null });
  if (o.agencies.length > 0) {
    // Chosen agencies: a constant IN list on base (sorted by year, agency) so the scan skips row
    // groups, and only their reports' figures are read.
    const chosen = sql` AND b.agency_short IN (${o.agencies})`;
    return series(sql`${measureCte(o.measure, o.minSize, chosen)},
      s AS (SELECT b.agency_short, b.report_year, b.era, b.report_id, b.origin, mv.value, coalesce(mv.small, false) AS small
            FROM base b LEFT JOIN mv USING (report_id) WHERE true${chosen})`);
  }
  // None chosen: the agencies with the most reported years (then the highest value).
  // Narrow steps: the ranking reads only (report_id, agency_short) of the filtered reports, and the
  // series only the chosen agencies' reports.
  return series(sql`${measureCte(o.measure, o.minSize)},
      chosen AS (SELECT b.agency_short FROM (SELECT b.report_id, b.agency_short FROM base b WHERE true${c}) b
            JOIN mv USING (report_id) WHERE mv.value IS NOT NULL
            GROUP BY 1 ORDER BY count(*) DESC, max(mv.value) DESC, 1 LIMIT ${o.defaultCount ?? 5}),
      cb AS (SELECT b.agency_short, b.report_year, b.era, b.report_id, b.origin FROM base b
            WHERE b.agency_short IN (SELECT agency_short FROM chosen)),
      s AS (SELECT cb.*, mv.value, coalesce(mv.small, false) AS small FROM cb LEFT JOIN mv USING (report_id))`);
}

/** `s` holds a few agencies' reports: the change from the previous report is a window over them only. */
function series(ctes: Sql): BuiltQuery<TrendRow> {
  return query('trends.series', sql`WITH ${BASE_REPORTS}, ${ctes}
      SELECT agency_short, report_year, era, report_id, origin, value, small,
        lag(report_year) OVER w AS prev_year,
        value - lag(value) OVER w AS change,
        (value - lag(value) OVER w) / nullif(lag(value) OVER w, 0) AS change_rate
      FROM s WINDOW w AS (PARTITION BY agency_short ORDER BY report_year)
      ORDER BY agency_short, report_year`);
}

/** Agencies whose short name contains the text (for the picker). */
export function agencySearchQuery(text: string, limit = 30): BuiltQuery<{ agency_short: string; reports: number }> {
  return query('trends.agencies', sql`SELECT agency_short, count(*) AS reports FROM reports
      WHERE kind = 'annual_report' AND agency_short IS NOT NULL AND contains(lower(agency_short), lower(${text}))
      GROUP BY 1 ORDER BY reports DESC, agency_short LIMIT ${limit}`);
}
