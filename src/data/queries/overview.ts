// 概览 Overview: coverage matrix, counts by level and province, headline figures, years present.
import { BASE_REPORTS, agencyKey, ident, query, sql, type BuiltQuery } from '../sql';
import { reportConditions, type ReportFilter } from './filters';
import { regionConditionOf } from './region';

export type CoverageRow = {
  /** the agency followed over the years (its lineage, else its short name) */
  agency: string | null;
  /** the name the report was written under */
  agency_short: string | null; report_year: number; era: string | null; level: string | null; scope: string | null;
  report_id: string; origin: string; errors: number; warnings: number; total_agencies: number;
};

/** Agencies × years, for the agencies with the most reports (at most `limit`). An agency renamed or
 * merged over the years is one row (its lineage), so a zone's departments line up from 2009 on. The
 * agencies are counted once (ac) for both the ranking and the total, not grouped a second time by a
 * count(DISTINCT) over every report. */
export function coverageQuery(f: ReportFilter, limit = 200): BuiltQuery<CoverageRow> {
  const c = reportConditions('b', { ...f, year: null, includeRegion: true });
  return query('overview.coverage', sql`WITH ${BASE_REPORTS},
      fb AS (SELECT ${agencyKey('b')} AS agency, b.agency_short, b.report_year, b.era, b.level, b.scope, b.report_id, b.origin, b.n_errors, b.n_warnings
             FROM base b WHERE true${c}),
      ac AS (SELECT agency, count(*) AS n FROM fb GROUP BY 1),
      a AS (SELECT agency, n FROM ac ORDER BY n DESC, agency LIMIT ${limit})
      SELECT fb.agency, fb.agency_short, fb.report_year, fb.era, fb.level, fb.scope, fb.report_id, fb.origin,
             fb.n_errors AS errors, fb.n_warnings AS warnings,
             (SELECT count(agency) FROM ac) AS total_agencies
      FROM fb JOIN a USING (agency)
      ORDER BY a.n DESC, fb.agency, fb.report_year, fb.agency_short`);
}

export type CountRow = { key: string; agencies: number; reports: number };

export function countsQuery(by: 'level' | 'province', f: ReportFilter): BuiltQuery<CountRow> {
  const col = ident(by, ['level', 'province']);
  const c = reportConditions('b', { ...f, includeRegion: true });
  return query(`overview.by_${by}`, sql`WITH ${BASE_REPORTS}
      SELECT coalesce(b.${col}, '') AS key, count(DISTINCT b.agency_short) AS agencies, count(*) AS reports
      FROM base b WHERE true${c} GROUP BY 1 ORDER BY reports DESC, key`);
}

export type HeadlineRow = {
  reports: number; agencies: number; errors: number; warnings: number; on_time: number; late: number;
  requests: number | null; not_reports: number;
};

export function headlineQuery(f: ReportFilter): BuiltQuery<HeadlineRow> {
  const c = reportConditions('b', { ...f, includeRegion: true });
  // documents that are not reports have no year or level, but they have a place: the region counts
  // its own (a province's file of a national dataset holds only those)
  const region = regionConditionOf(sql.trusted('r'), f.region);
  const notReportRegion = region ? sql` AND ${region}` : sql.trusted('');
  return query('overview.headline', sql`WITH ${BASE_REPORTS},
      fb AS (SELECT b.report_id, b.agency_short, b.scope, b.n_errors, b.n_warnings, b.timeliness FROM base b WHERE true${c})
      SELECT count(*) AS reports, count(DISTINCT agency_short) AS agencies,
        coalesce(sum(n_errors), 0) AS errors, coalesce(sum(n_warnings), 0) AS warnings,
        count(*) FILTER (WHERE timeliness = 'on_time') AS on_time,
        count(*) FILTER (WHERE timeliness IN ('late', 'warn_window')) AS late,
        (SELECT sum(m.value) FROM metric_values m JOIN fb USING (report_id) WHERE m.key = ${'requests_received'} AND coalesce(fb.scope, 'self') <> 'region') AS requests,
        (SELECT count(*) FROM reports r WHERE kind <> 'annual_report'${notReportRegion}) AS not_reports
      FROM fb`);
}

export function yearsQuery(): BuiltQuery<{ year: number; reports: number }> {
  return query('overview.years', sql`WITH ${BASE_REPORTS} SELECT report_year AS year, count(*) AS reports FROM base GROUP BY 1 ORDER BY 1`);
}

export function regionsQuery(): BuiltQuery<{ region: string; reports: number }> {
  return query('overview.regions', sql`SELECT province AS region, count(*) AS reports FROM reports WHERE province IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`);
}
