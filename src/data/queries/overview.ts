// 概览 Overview: coverage matrix, counts by level and province, headline figures, years present.
import { BASE_REPORTS, type BuiltQuery } from '../sql';
import { reportConditions, type ReportFilter } from './filters';

/** Agencies × years, for the agencies with the most reports (at most `limit`). */
export function coverageQuery(f: ReportFilter, limit = 60): BuiltQuery {
  const c = reportConditions('b', { ...f, year: null, includeRegion: true });
  return {
    name: 'overview.coverage',
    sql: `WITH ${BASE_REPORTS},
      fb AS (SELECT b.agency_short, b.report_year, b.era, b.level, b.scope, b.report_id, b.origin, b.n_errors, b.n_warnings
             FROM base b WHERE true${c.sql}),
      a AS (SELECT agency_short, count(*) AS n FROM fb GROUP BY 1 ORDER BY n DESC, agency_short LIMIT ?)
      SELECT fb.agency_short, fb.report_year, fb.era, fb.level, fb.scope, fb.report_id, fb.origin,
             fb.n_errors AS errors, fb.n_warnings AS warnings,
             (SELECT count(DISTINCT agency_short) FROM fb) AS total_agencies
      FROM fb JOIN a USING (agency_short)
      ORDER BY a.n DESC, fb.agency_short, fb.report_year`,
    params: [...c.params, limit],
  };
}

export function countsQuery(by: 'level' | 'province', f: ReportFilter): BuiltQuery {
  const col = by === 'level' ? 'level' : 'province';
  const c = reportConditions('b', { ...f, includeRegion: true });
  return {
    name: `overview.by_${by}`,
    sql: `WITH ${BASE_REPORTS}
      SELECT coalesce(b.${col}, '') AS key, count(DISTINCT b.agency_short) AS agencies, count(*) AS reports
      FROM base b WHERE true${c.sql} GROUP BY 1 ORDER BY reports DESC, key`,
    params: c.params,
  };
}

export function headlineQuery(f: ReportFilter): BuiltQuery {
  const c = reportConditions('b', { ...f, includeRegion: true });
  return {
    name: 'overview.headline',
    sql: `WITH ${BASE_REPORTS},
      fb AS (SELECT b.report_id, b.agency_short, b.scope, b.n_errors, b.n_warnings, b.timeliness FROM base b WHERE true${c.sql})
      SELECT count(*) AS reports, count(DISTINCT agency_short) AS agencies,
        coalesce(sum(n_errors), 0) AS errors, coalesce(sum(n_warnings), 0) AS warnings,
        count(*) FILTER (WHERE timeliness = 'on_time') AS on_time,
        count(*) FILTER (WHERE timeliness IN ('late', 'warn_window')) AS late,
        (SELECT sum(m.value) FROM metric_values m JOIN fb USING (report_id) WHERE m.key = ? AND coalesce(fb.scope, 'self') <> 'region') AS requests,
        (SELECT count(*) FROM reports WHERE kind <> 'annual_report') AS not_reports
      FROM fb`,
    params: [...c.params, 'requests_received'],
  };
}

export function yearsQuery(): BuiltQuery {
  return {
    name: 'overview.years',
    sql: `WITH ${BASE_REPORTS} SELECT report_year AS year, count(*) AS reports FROM base GROUP BY 1 ORDER BY 1`,
    params: [],
  };
}

export function regionsQuery(): BuiltQuery {
  return {
    name: 'overview.regions',
    sql: `SELECT province AS region, count(*) AS reports FROM reports WHERE province IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    params: [],
  };
}
