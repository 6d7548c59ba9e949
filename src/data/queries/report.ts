// 报告 Report: one report, its figures with sources, its findings, the agency's other years.
import { BASE_REPORTS, agencyKey, query, sql, type BuiltQuery } from '../sql';

export function reportQuery(reportId: string): BuiltQuery {
  return query('report.identity', sql`SELECT * FROM reports WHERE report_id = ${reportId}`);
}

export type FigureRow = {
  key: string; value: number | null; state: 'number' | 'blank' | 'na'; approx: boolean | null;
  source_kind: 'table' | 'text'; line: number | null; excerpt: string | null;
};

export function reportFiguresQuery(reportId: string): BuiltQuery<FigureRow> {
  return query('report.figures', sql`SELECT key, value, state, approx, source_kind, line, excerpt FROM metrics WHERE report_id = ${reportId} ORDER BY line, key`);
}

export function reportFindingsQuery(reportId: string): BuiltQuery<{ code: string; severity: string; message: string; message_en: string; metrics: string }> {
  return query('report.findings', sql`SELECT code, severity, message, message_en, metrics FROM findings WHERE report_id = ${reportId}
      ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, code`);
}

/** The same agency's reports, one per year: `agency` is the agency followed over the years (a
 * report's lineage, else its short name), so the years under an earlier name are listed too. */
export function agencyYearsQuery(agency: string): BuiltQuery<{ report_id: string; report_year: number; era: string | null; agency_short: string | null }> {
  return query('report.other_years', sql`WITH ${BASE_REPORTS}
      SELECT b.report_id, b.report_year, b.era, b.agency_short FROM base b WHERE ${agencyKey('b')} = ${agency} ORDER BY b.report_year, b.agency_short`);
}

/** Figures of a few reports (the other years beside a report). The ids are listed as parameters so
 * the scan can skip row groups by report_id. */
export function reportsFiguresQuery(reportIds: readonly string[]): BuiltQuery<{ report_id: string; key: string; value: number | null; state: string }> {
  return query('report.other_figures', sql`SELECT report_id, key, value, state FROM metrics
      WHERE report_id IN (${reportIds}) ORDER BY report_id, key`);
}

/** Reports to choose from: the text matches agency, short name or file; empty text lists all. */
export function reportListQuery(text: string, limit = 50): BuiltQuery {
  return query('report.list', sql`SELECT report_id, agency_short, agency, report_year, kind, file, origin FROM reports
      WHERE contains(lower(coalesce(agency, '') || ' ' || coalesce(agency_short, '') || ' ' || file), lower(${text}))
      ORDER BY kind, agency_short NULLS LAST, report_year, report_id LIMIT ${limit}`);
}
