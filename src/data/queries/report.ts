// 报告 Report: one report, its figures with sources, its findings, the agency's other years.
import { BASE_REPORTS, placeholders, type BuiltQuery } from '../sql';

export function reportQuery(reportId: string): BuiltQuery {
  return { name: 'report.identity', sql: `SELECT * FROM reports WHERE report_id = ?`, params: [reportId] };
}

export function reportFiguresQuery(reportId: string): BuiltQuery {
  return {
    name: 'report.figures',
    sql: `SELECT key, value, state, approx, source_kind, line, excerpt FROM metrics WHERE report_id = ? ORDER BY line, key`,
    params: [reportId],
  };
}

export function reportFindingsQuery(reportId: string): BuiltQuery {
  return {
    name: 'report.findings',
    sql: `SELECT code, severity, message, message_en, metrics FROM findings WHERE report_id = ?
      ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, code`,
    params: [reportId],
  };
}

/** The same agency's reports, one per year. */
export function agencyYearsQuery(agencyShort: string): BuiltQuery {
  return {
    name: 'report.other_years',
    sql: `WITH ${BASE_REPORTS}
      SELECT b.report_id, b.report_year, b.era FROM base b WHERE b.agency_short = ? ORDER BY b.report_year`,
    params: [agencyShort],
  };
}

/** Figures of a few reports (the other years beside a report). The ids are listed as parameters so
 * the scan can skip row groups by report_id. */
export function reportsFiguresQuery(reportIds: readonly string[]): BuiltQuery {
  return {
    name: 'report.other_figures',
    sql: `SELECT report_id, key, value, state FROM metrics
      WHERE report_id IN (${reportIds.length ? placeholders(reportIds.length) : 'NULL'}) ORDER BY report_id, key`,
    params: [...reportIds],
  };
}

/** Reports to choose from: the text matches agency, short name or file; empty text lists all. */
export function reportListQuery(text: string, limit = 50): BuiltQuery {
  return {
    name: 'report.list',
    sql: `SELECT report_id, agency_short, agency, report_year, kind, file, origin FROM reports
      WHERE contains(lower(coalesce(agency, '') || ' ' || coalesce(agency_short, '') || ' ' || file), lower(?))
      ORDER BY kind, agency_short NULLS LAST, report_year, report_id LIMIT ?`,
    params: [text, limit],
  };
}
