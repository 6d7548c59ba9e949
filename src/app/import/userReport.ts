// A report the user added: the extraction (without its text), what the user corrected, and where
// it came from. This is what IndexedDB and the workspace file hold; dataset rows are derived.
import { extractionToRows, type DatasetRows } from '../../data/rows';
import { canonicalAgency } from '../../domain/lineage';
import type { Extraction, Level } from '../../extract';
import type { DocFormat } from '../../worker/protocol';

export interface Corrections {
  agency?: string;
  level?: Level;
  province?: string;
  parent?: string;
  report_year?: number;
  /** the 12-digit division code of a unit picked from the division tree ('' clears it) */
  division_code?: string;
}

export interface UserReport {
  reportId: string;
  file: string;
  format: DocFormat;
  bytes: number;
  /** ISO timestamp */
  addedAt: string;
  extraction: Extraction;
  corrections: Corrections;
}

export const LEVELS: readonly Level[] = ['province', 'city', 'county', 'district', 'township', 'street', 'department', 'unknown'];

/** The extraction as the user corrected it. A corrected agency also becomes the grouping name, so
 * the report lines up with the other years the user gives the same name. */
export function corrected(r: UserReport): Extraction {
  const c = r.corrections;
  const x = { ...r.extraction };
  if (c.agency !== undefined && c.agency.trim() !== '') { x.agency = c.agency.trim(); x.agency_short = c.agency.trim(); }
  if (c.level !== undefined) x.level = c.level;
  if (c.province !== undefined) x.province = c.province.trim() || null;
  if (c.parent !== undefined) x.parent = c.parent.trim() || null;
  if (c.report_year !== undefined) x.report_year = c.report_year;
  // only a well-formed code (a workspace file from elsewhere could hold anything)
  if (typeof c.division_code === 'string') x.division_code = /^\d{12}$/.test(c.division_code.trim()) ? c.division_code.trim() : null;
  return x;
}

export function userReportRows(r: UserReport): DatasetRows {
  return extractionToRows(corrected(r), { reportId: r.reportId, origin: 'user', bytes: r.bytes });
}

export function mergeRows(parts: DatasetRows[]): DatasetRows {
  return {
    reports: parts.flatMap((p) => p.reports),
    metrics: parts.flatMap((p) => p.metrics),
    requests: parts.flatMap((p) => p.requests),
    findings: parts.flatMap((p) => p.findings),
  };
}

/** The key "the same agency and year": a second report for it asks which one to keep. */
export function agencyYearKey(x: Pick<Extraction, 'agency' | 'agency_short' | 'report_year'>): string | null {
  // one body under two spellings (src/domain/lineage.ts aliases, e.g. 财金局) is one agency here too
  const name = canonicalAgency((x.agency_short ?? x.agency ?? '').replace(/\s+/g, ''));
  if (!name || x.report_year === null) return null;
  return `${name}|${x.report_year}`;
}

/** agencyYearKey of the report as corrected, kept per report object (a report is never changed in
 * place: a correction makes a new one). A county's batch asks it of thousands of reports on every
 * redraw of the preview. */
const keys = new WeakMap<UserReport, string | null>();
export function reportKey(r: UserReport): string | null {
  let k = keys.get(r);
  if (k === undefined) { k = agencyYearKey(corrected(r)); keys.set(r, k); }
  return k;
}

/** The division code that tells two bodies of one name apart (城关镇 is the name of 88 townships): the
 * unit the user picked; else none once the user has corrected the agency, since the code was resolved
 * from the old name. */
export function codeOf(r: UserReport): string | null {
  if (typeof r.corrections.division_code === 'string') return corrected(r).division_code ?? null;
  return r.corrections.agency?.trim() ? null : r.extraction.division_code ?? null;
}

/** The saved report that `report` would duplicate (same agency and year, another document), if any.
 * Two reports whose division codes are both known and differ are two agencies, never a duplicate. */
export function conflictFor(report: UserReport, saved: readonly UserReport[]): UserReport | undefined {
  const key = reportKey(report);
  const code = codeOf(report);
  return key ? saved.find((s) => s.reportId !== report.reportId && reportKey(s) === key
    && (code === null || codeOf(s) === null || codeOf(s) === code)) : undefined;
}
