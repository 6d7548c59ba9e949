// The workspace file: every report the user added, in one JSON file that another machine can
// import. Bundled data is never in it. Validation is strict on shape and lenient on content: a
// record that is malformed is dropped and listed, the others are imported.
import { isMetricKey } from '../../domain/metrics';
import { problemText, type Problem } from '../../domain/problems';
import type { Extraction } from '../../extract';
import { LEVELS, type Corrections, type UserReport } from './userReport';

export const WORKSPACE_FORMAT = 'nianbao-workspace';
export const WORKSPACE_VERSION = 1;

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  exported_at: string;
  reports: UserReport[];
}

export function toWorkspace(reports: UserReport[], now = new Date()): WorkspaceFile {
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exported_at: now.toISOString(), reports };
}

export type ParsedWorkspace =
  | { ok: true; reports: UserReport[]; rejected: { index: number; reason: string }[] }
  /** `problem` is rendered in the interface language; `error` is its English text (logs) */
  | { ok: false; problem: Problem; error: string };

const refuse = (problem: Problem): ParsedWorkspace => ({ ok: false, problem, error: problemText(problem, 'en') });

/** A file that is refused as a whole is not imported at all (nothing stored is touched); a file
 * whose shape is right imports its valid records and lists the others. */
export function parseWorkspace(text: string): ParsedWorkspace {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // an object that never closes was cut short; one that closes but does not parse was edited
    const t = text.trim();
    if (t.startsWith('{') && !t.endsWith('}')) return refuse({ code: 'workspace_truncated', params: { chars: text.length } });
    return refuse({ code: 'workspace_not_json' });
  }
  if (!isObj(data) || data.format !== WORKSPACE_FORMAT) return refuse({ code: 'workspace_wrong_format' });
  if (typeof data.version === 'number' && data.version > WORKSPACE_VERSION) {
    return refuse({ code: 'workspace_newer_version', params: { found: data.version, supported: WORKSPACE_VERSION } });
  }
  if (typeof data.version !== 'number' || !Array.isArray(data.reports)) return refuse({ code: 'workspace_no_reports' });
  const reports: UserReport[] = [];
  const rejected: { index: number; reason: string }[] = [];
  data.reports.forEach((r, index) => {
    const why = reportProblem(r);
    if (why) rejected.push({ index, reason: why });
    else reports.push(normalise(r as UserReport));
  });
  return { ok: true, reports, rejected };
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';

function reportProblem(r: unknown): string | null {
  if (!isObj(r)) return 'not an object';
  if (!str(r.reportId) || !/^[0-9a-f]{16}$/.test(r.reportId as string)) return 'bad reportId';
  if (!str(r.file)) return 'bad file';
  if (typeof r.bytes !== 'number' || !(r.bytes >= 0)) return 'bad bytes';
  const x = r.extraction;
  if (!isObj(x)) return 'no extraction';
  if (x.kind !== 'annual_report') return 'extraction is not an annual report';
  // reason_en is absent from reports saved before reasons were bilingual: still valid.
  for (const k of ['agency', 'agency_short', 'parent', 'province', 'division_code', 'published_on', 'era', 'scope', 'reason_en']) {
    if (x[k] !== undefined && !strOrNull(x[k])) return `bad ${k}`;
  }
  if (!LEVELS.includes(x.level as never)) return 'bad level';
  if (!(x.report_year === null || Number.isInteger(x.report_year))) return 'bad report_year';
  if (!Array.isArray(x.metrics)) return 'bad metrics';
  for (const m of x.metrics) {
    if (!isObj(m) || !str(m.key) || !isMetricKey(m.key as string)) return 'unknown metric key';
    if (m.state === 'number' ? typeof m.value !== 'number' || !Number.isFinite(m.value) : !(m.state === 'blank' || m.state === 'na') || m.value !== null) {
      return `bad value for ${String(m.key)}`;
    }
    if (!isObj(m.source) || typeof m.source.line !== 'number' || !str(m.source.excerpt)) return `bad source for ${String(m.key)}`;
  }
  // message_en is absent from findings extracted before messages were bilingual: still valid.
  if (!Array.isArray(x.findings) || !x.findings.every((f) => isObj(f) && str(f.code) && str(f.message) && str(f.severity)
    && (f.message_en === undefined || strOrNull(f.message_en)))) return 'bad findings';
  if (x.grid !== undefined && !Array.isArray(x.grid)) return 'bad grid';
  const c = r.corrections;
  if (c !== undefined && !isObj(c)) return 'bad corrections';
  if (isObj(c)) {
    if (c.agency !== undefined && !str(c.agency)) return 'bad corrected agency';
    if (c.level !== undefined && !LEVELS.includes(c.level as never)) return 'bad corrected level';
    if (c.province !== undefined && !str(c.province)) return 'bad corrected province';
    if (c.parent !== undefined && !str(c.parent)) return 'bad corrected parent';
    if (c.report_year !== undefined && !Number.isInteger(c.report_year)) return 'bad corrected year';
  }
  return null;
}

function normalise(r: UserReport): UserReport {
  const x = r.extraction as Partial<Extraction> & Extraction;
  return {
    reportId: r.reportId,
    file: r.file,
    format: r.format ?? 'text',
    bytes: r.bytes,
    addedAt: typeof r.addedAt === 'string' ? r.addedAt : new Date().toISOString(),
    extraction: {
      ...x,
      grid: x.grid ?? [],
      publishedSource: x.publishedSource ?? null,
      encoding: x.encoding ?? 'unknown',
      doc: { text: '', lines: [] },
    },
    corrections: (r.corrections ?? {}) as Corrections,
  };
}
