// One Extraction → the rows of the four dataset tables (src/data/schema.ts). Shared by the data
// build (scripts/ingest.ts) and the browser import, so bundled and user reports look the same.
import { lineageId } from '../domain/lineage';
import { EXTRACTOR_VERSION, judgeTimeliness, type Extraction } from '../extract';

export type Origin = 'bundled' | 'user' | 'synthetic';

export interface ReportRow {
  report_id: string; file: string; origin: Origin; kind: string; reason: string | null; reason_en: string | null;
  agency: string | null; agency_short: string | null;
  /** src/domain/lineage.ts: optional so rows saved before the column existed still load */
  lineage?: string | null; level: string; scope: string | null;
  parent: string | null; province: string | null; division_code: string | null; report_year: number | null;
  published_on: string | null; published_source: string | null; era: string | null; deadline: string | null;
  timeliness: string; days_late: number | null; encoding: string; bytes: number; n_metrics: number;
  n_errors: number; n_warnings: number; n_infos: number; extractor_version: string;
}
export interface MetricRow {
  report_id: string; key: string; value: number | null; state: string; approx: boolean;
  source_kind: string; line: number; excerpt: string;
}
export interface RequestRow {
  report_id: string; row_key: string; row_label: string; column_key: string; value: number | null;
  state: string; line: number;
}
export interface FindingRow {
  report_id: string; code: string; severity: string; message: string; message_en: string | null; metrics: string;
}

export interface DatasetRows {
  reports: ReportRow[];
  metrics: MetricRow[];
  requests: RequestRow[];
  findings: FindingRow[];
}

/** Provenance is a pointer, not a copy: an excerpt longer than this is cut (with …), so the
 * datasets never carry passages of a report. */
export const MAX_EXCERPT_CHARS = 40;

export function capExcerpt(excerpt: string): string {
  const chars = Array.from(excerpt.replace(/\s+/g, ' ').trim());
  return chars.length <= MAX_EXCERPT_CHARS ? chars.join('') : `${chars.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…`;
}

export function emptyRows(): DatasetRows {
  return { reports: [], metrics: [], requests: [], findings: [] };
}

export function extractionToRows(
  x: Extraction,
  meta: { reportId: string; origin: Origin; bytes: number },
  extraFindings: Extraction['findings'] = [],
): DatasetRows {
  const findings = [...x.findings, ...extraFindings];
  const t = judgeTimeliness(x.level, x.report_year, x.published_on, { province: x.province });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    reports: [{
      report_id: meta.reportId, file: x.file, origin: meta.origin, kind: x.kind, reason: x.reason,
      // user reports saved before reasons were bilingual have no reason_en
      reason_en: x.reason_en ?? null,
      agency: x.agency, agency_short: x.agency_short, lineage: lineageId(x.agency_short), level: x.level, scope: x.scope, parent: x.parent,
      province: x.province, division_code: x.division_code, report_year: x.report_year,
      published_on: x.published_on, published_source: x.publishedSource, era: x.era,
      deadline: x.kind === 'annual_report' ? t.deadline : null,
      timeliness: x.kind === 'annual_report' ? t.timeliness : 'unknown',
      days_late: x.kind === 'annual_report' ? t.daysLate : null,
      encoding: x.encoding, bytes: meta.bytes, n_metrics: x.metrics.length,
      n_errors: count('error'), n_warnings: count('warning'), n_infos: count('info'),
      extractor_version: EXTRACTOR_VERSION,
    }],
    metrics: x.metrics.map((m) => ({
      report_id: meta.reportId, key: m.key, value: m.value, state: m.state, approx: m.approx,
      source_kind: m.source.kind, line: m.source.line, excerpt: capExcerpt(m.source.excerpt),
    })),
    requests: x.grid.map((g) => ({
      report_id: meta.reportId, row_key: g.row, row_label: g.rowLabel, column_key: g.column,
      value: g.cell.value, state: g.cell.state, line: g.line,
    })),
    findings: findings.map((f) => ({
      report_id: meta.reportId, code: f.code, severity: f.severity, message: f.message,
      // findings stored before messages were bilingual have no message_en
      message_en: f.message_en ?? null, metrics: f.metrics.join(','),
    })),
  };
}
