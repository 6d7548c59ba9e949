// 通报 Review: a region's units for one year — each report of the year (with its timeliness), and the
// units that reported the year before but have no report this year (did not publish, as far as the data
// knows; a list of expected units can add rows of the same shape) — and the findings the rubric scores.
import { BASE_REPORTS, agencyKey, query, sql, type BuiltQuery } from '../sql';
import type { Severity } from '../../domain/checks';
import { reportConditions, type ReportFilter } from './filters';

export interface ReviewFilter extends Omit<ReportFilter, 'year' | 'includeRegion'> {
  year: number;
}

export type ReviewUnitRow = {
  unit: string; status: 'reported' | 'missing'; report_id: string | null; agency: string | null; level: string | null;
  province: string | null; published_on: string | null; deadline: string | null; timeliness: string | null; days_late: number | null;
  /** for a missing unit: its last report (the year before) */
  last_report_id: string | null;
};

export function reviewUnitsQuery(f: ReviewFilter): BuiltQuery<ReviewUnitRow> {
  const now = reportConditions('b', { ...f, year: f.year });
  const before = reportConditions('b', { ...f, year: f.year - 1 });
  const key = agencyKey('b');
  return query('review.units', sql`WITH ${BASE_REPORTS},
      cur AS (SELECT ${key} AS lineage_key, b.* FROM base b WHERE true${now}),
      prev AS (SELECT ${key} AS lineage_key, b.* FROM base b WHERE true${before}
        QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY b.agency_short, b.report_id) = 1)
      SELECT coalesce(agency_short, agency, report_id) AS unit, 'reported' AS status, report_id, agency, level, province,
        CAST(published_on AS VARCHAR) AS published_on, CAST(deadline AS VARCHAR) AS deadline, timeliness, days_late, NULL AS last_report_id
      FROM cur
      UNION ALL
      SELECT coalesce(agency_short, agency, report_id), 'missing', NULL, agency, level, province, NULL, NULL, NULL, NULL, report_id
      FROM prev WHERE lineage_key NOT IN (SELECT lineage_key FROM cur WHERE lineage_key IS NOT NULL)
      ORDER BY status DESC, unit`);
}

export type ReviewFindingRow = { report_id: string; code: string; severity: Severity; message: string; message_en: string };

export function reviewFindingsQuery(f: ReviewFilter): BuiltQuery<ReviewFindingRow> {
  return query('review.findings', sql`WITH ${BASE_REPORTS}
      SELECT f.report_id, f.code, f.severity, f.message, f.message_en
      FROM findings f JOIN base b USING (report_id)
      WHERE true${reportConditions('b', { ...f, year: f.year })}
      ORDER BY f.report_id, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.code`);
}
