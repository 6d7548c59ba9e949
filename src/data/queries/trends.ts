// 趋势 Trends: a measure over the years for chosen agencies, with the change from the previous
// report. With no agencies chosen, the five with the most reported years.
import { BASE_REPORTS, placeholders, type BuiltQuery } from '../sql';
import type { Measure } from '../measures';
import { reportConditions, type ReportFilter } from './filters';
import { measureCte } from './measure';

export interface TrendOptions extends ReportFilter {
  measure: Measure;
  agencies: readonly string[];
  minSize?: number;
  defaultCount?: number;
}

export function trendQuery(o: TrendOptions): BuiltQuery {
  const c = reportConditions('b', { ...o, year: null });
  // With agencies chosen, only their reports' metrics are read.
  const m = o.agencies.length > 0
    ? measureCte(o.measure, o.minSize, { sql: ` AND b.agency_short IN (${placeholders(o.agencies.length)})`, params: [...o.agencies] })
    : measureCte(o.measure, o.minSize);
  const chosen = o.agencies.length > 0
    ? { sql: `SELECT unnest([${placeholders(o.agencies.length)}]) AS agency_short`, params: [...o.agencies] }
    : {
      sql: `SELECT b.agency_short FROM base b JOIN mv USING (report_id) WHERE mv.value IS NOT NULL${c.sql}
            GROUP BY 1 ORDER BY count(*) DESC, max(mv.value) DESC, 1 LIMIT ?`,
      params: [...c.params, o.defaultCount ?? 5],
    };
  return {
    name: 'trends.series',
    sql: `WITH ${BASE_REPORTS}, ${m.sql},
      chosen AS (${chosen.sql}),
      s AS (SELECT b.agency_short, b.report_year, b.era, b.report_id, mv.value, coalesce(mv.small, false) AS small
            FROM base b JOIN chosen USING (agency_short) LEFT JOIN mv USING (report_id))
      SELECT agency_short, report_year, era, report_id, value, small,
        lag(report_year) OVER w AS prev_year,
        value - lag(value) OVER w AS change,
        (value - lag(value) OVER w) / nullif(lag(value) OVER w, 0) AS change_rate
      FROM s WINDOW w AS (PARTITION BY agency_short ORDER BY report_year)
      ORDER BY agency_short, report_year`,
    params: [...m.params, ...chosen.params],
  };
}

/** Agencies whose short name contains the text (for the picker). */
export function agencySearchQuery(text: string, limit = 30): BuiltQuery {
  return {
    name: 'trends.agencies',
    sql: `SELECT agency_short, count(*) AS reports FROM reports
      WHERE kind = 'annual_report' AND agency_short IS NOT NULL AND contains(lower(agency_short), lower(?))
      GROUP BY 1 ORDER BY reports DESC, agency_short LIMIT ?`,
    params: [text, limit],
  };
}
