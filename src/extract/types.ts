// The extractor's vocabulary. The JSON contract (../shared/spec/extract-json.md) is `ReportJson`;
// `Extraction` adds what the data build needs and the JSON leaves out (the full requests grid and
// the normalised text that cross-report checks compare).
import type { Era } from '../domain/metricTypes';
import type { MetricKey } from '../domain/metrics';
import type { Severity } from '../domain/checks';
import type { RequestColumn } from '../domain/table3';

export type { Era, MetricKey };

export type Level =
  | 'province' | 'city' | 'county' | 'district' | 'township' | 'street' | 'department' | 'unknown';

export type Scope = 'self' | 'region';

/** Where a figure came from. `line` is 1-based in the normalised text; `excerpt` is the short label
 * and cell or phrase, never a passage. */
export interface Source {
  kind: 'table' | 'text';
  line: number;
  excerpt: string;
}

/** What one cell or phrase says: a number, a cell left empty, or a cell marked `/`, `—`, 不适用.
 * A figure the document does not give at all is *absent*: it has no entry anywhere. Never 0. */
export type CellValue =
  | { state: 'number'; value: number; approx: boolean }
  | { state: 'blank'; value: null; approx: false }
  | { state: 'na'; value: null; approx: false };

export type Figure = CellValue & { key: MetricKey; source: Source };

export interface Finding {
  code: string;
  severity: Severity;
  /** Chinese (the app's primary language); names the same numbers, lines and keys as message_en. */
  message: string;
  /** The same message in English. */
  message_en: string;
  metrics: string[];
}

/** The normalised text every parser reads (see text/normalize.ts for what normalising does). */
export interface NormalizedDoc {
  text: string;
  /** text split on '\n'; lines[i] is line i + 1. */
  lines: string[];
}

/** One cell of the 2019/2021 table 三 (requests received and handled), by row and applicant column. */
export interface GridCell {
  row: string; // e.g. 'new', 'carried_over', 'granted', 'denied_1', 'other_3', 'total', 'carried_forward'
  rowLabel: string;
  column: RequestColumn;
  cell: CellValue;
  line: number;
}

export type DocumentKind = 'annual_report' | 'not_a_report';

/** The contract of `npm run extract -- --json` (../shared/spec/extract-json.md). */
export interface ReportJson {
  file: string;
  kind: DocumentKind;
  /** Why it is not a report / cannot be read, in Chinese (the app's primary language); null for a report. */
  reason: string | null;
  /** The same reason in English (absent from user reports saved before reasons were bilingual). */
  reason_en: string | null;
  agency: string | null;
  agency_short: string | null;
  level: Level;
  scope: Scope | null;
  parent: string | null;
  province: string | null;
  division_code: string | null;
  report_year: number | null;
  published_on: string | null;
  era: Era | null;
  metrics: MetricJson[];
  findings: Finding[];
}

export interface MetricJson {
  key: MetricKey;
  value: number | null;
  state: 'number' | 'blank' | 'na';
  approx: boolean;
  source: Source;
}

export interface Extraction extends ReportJson {
  /** Full table 三 grid (2019/2021 formats); empty otherwise. */
  grid: GridCell[];
  /** Where the publication date came from (page label, signature, url) or null. */
  publishedSource: string | null;
  /** How the bytes were decoded, e.g. 'utf-8', 'gb18030', 'utf-16le'. */
  encoding: string;
  /** The normalised document (kept in memory for cross-report checks; never written to data/). */
  doc: NormalizedDoc;
  /** Why it is not a report, as a code (`reason`/`reason_en` say it in words): the classifier's
   * category, or 'unreadable' when the bytes could not be read as text. Absent from extractions saved
   * before it existed. */
  category?: NotReportCode | null;
}

/** The kinds of document that are not annual reports (src/extract/classify.ts), and files that cannot be read. */
export type NotReportCode =
  | 'garbled' | 'too_short' | 'template' | 'regulation' | 'notice' | 'index' | 'half_year' | 'off_topic'
  | 'no_body' | 'other_document' | 'unreadable';
