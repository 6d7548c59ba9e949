// The extractor's one entry point: bytes or text in, an Extraction out. Pure: no Node-only modules,
// no DOM. Runs unchanged in the CLI, the data build and the browser worker. Never throws on bad
// input: a document that cannot be read comes back as not_a_report with the reason.
import { classifyDocument } from './classify';
import { runChecks } from './checks/index';
import { detectEra } from './era';
import { identify } from './identity/index';
import type { DivisionIndex } from './identity/divisions';
import { mergeFigures } from './merge';
import { parseProseFigures } from './prose/index';
import { parseStatTable } from './table2008/index';
import { parseStandardTables } from './table2019/index';
import { decodeBytes } from './text/decode';
import type { Reason } from './text/magic';
import { htmlToText, looksLikeHtml } from './text/html';
import { noCuts } from './text/inputCuts';
import { normalizeText } from './text/normalize';
import { cutFindings } from './checks/inputCuts';
import type { Extraction, Figure, Finding, GridCell, MetricJson, NormalizedDoc, ReportJson } from './types';

export const EXTRACTOR_VERSION = '0.1.0';

export interface ExtractInput {
  /** the file name or path as given (kept in the output, used as a weak identity hint) */
  name: string;
  bytes?: Uint8Array;
  text?: string;
}

export interface ExtractOptions {
  divisions?: DivisionIndex;
}

export function extractReport(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  let raw: string;
  let encoding = 'utf-8';
  if (input.text !== undefined) {
    raw = input.text;
  } else {
    const decoded = decodeBytes(input.bytes ?? new Uint8Array());
    if ('error' in decoded) return unreadable(input.name, { zh: decoded.error, en: decoded.error_en });
    raw = decoded.text;
    encoding = decoded.encoding;
  }
  try {
    return extractText(input.name, raw, encoding, options);
  } catch (err) {
    // A parser bug must not take a batch down; the document is reported with the reason.
    const msg = (err as Error).message;
    return unreadable(input.name, { zh: `抽取程序处理此文档时出错（${msg}）`, en: `the extractor failed on this document (${msg})` });
  }
}

function extractText(name: string, raw: string, encoding: string, options: ExtractOptions): Extraction {
  // what the text stages cut from a hostile document, to stay linear; reported as findings
  const cuts = noCuts();
  const plain = looksLikeHtml(raw) ? htmlToText(raw, cuts) : raw;
  const doc = normalizeText(plain, cuts);
  const cutNotes = cutFindings(cuts);
  const id = identify(doc, name, options.divisions);
  // A function, not `{ ...base, kind, … }`: V8 builds spread-plus-fields objects through a slow
  // generic path. Field order is the same as before (the JSON output keeps it).
  const extraction = (
    kind: Extraction['kind'], reason: Reason | null, era: Extraction['era'], metrics: MetricJson[], findings: Finding[], grid: GridCell[],
  ): Extraction => ({
    file: name,
    agency: id.agency,
    agency_short: id.agency_short,
    level: id.level,
    scope: id.scope,
    parent: id.parent,
    province: id.province,
    division_code: id.division_code,
    report_year: id.report_year,
    published_on: id.published_on,
    publishedSource: id.publishedSource,
    encoding,
    doc,
    kind,
    reason: reason?.zh ?? null,
    reason_en: reason?.en ?? null,
    era,
    metrics,
    findings,
    grid,
  });
  const cls = classifyDocument(doc);
  if (cls.kind === 'not_a_report') {
    // the category is kept beside the sentence: views and exports can group and name it
    return { ...extraction('not_a_report', { zh: cls.reason ?? '', en: cls.reason_en ?? '' }, null, [], cutNotes, []), category: cls.category };
  }
  const { era, formatEra } = detectEra(doc, id.report_year);
  const tableFigures: Figure[] = [];
  const findings: Finding[] = [...cutNotes];
  const tablesFound: string[] = [];
  let grid: GridCell[] = [];
  const proseFigures = parseProseFigures(doc, era);
  // the prose's figures go to the 2008 table too: they decide run-together cells its sums leave open
  const stat = parseStatTable(doc, { stated: proseFigures });
  if (stat.found) {
    tablesFound.push('stat2008');
    tableFigures.push(...stat.figures);
    findings.push(...stat.findings);
  }
  const tableEra = formatEra === '2019' || formatEra === '2021' ? formatEra : era === '2019' || era === '2021' ? era : null;
  if (tableEra) {
    const std = parseStandardTables(doc, tableEra);
    tablesFound.push(...std.tablesFound);
    tableFigures.push(...std.figures);
    findings.push(...std.findings);
    grid = std.grid;
  }
  const merged = mergeFigures(tableFigures, proseFigures);
  findings.push(...merged.findings);
  findings.push(
    ...runChecks({
      doc,
      era,
      formatEra,
      level: id.level,
      agency: id.agency,
      agencyShort: id.agency_short,
      province: id.province,
      reportYear: id.report_year,
      publishedOn: id.published_on,
      figures: merged.figures,
      grid,
      tablesFound,
    }),
  );
  return extraction('annual_report', null, era, merged.figures.map(toMetricJson), findings, grid);
}

function unreadable(name: string, reason: Reason): Extraction {
  const doc: NormalizedDoc = { text: '', lines: [''] };
  return {
    file: name, kind: 'not_a_report', reason: reason.zh, reason_en: reason.en, agency: null, agency_short: null, level: 'unknown', scope: null,
    parent: null, province: null, division_code: null, report_year: null, published_on: null, era: null,
    metrics: [], findings: [], grid: [], publishedSource: null, encoding: 'unknown', doc, category: 'unreadable',
  };
}

export function toMetricJson(f: Figure): MetricJson {
  return { key: f.key, value: f.value, state: f.state, approx: f.approx, source: f.source };
}

/** The JSON contract's object for one document (drops the grid, the text and the internals). */
export function toReportJson(x: Extraction): ReportJson {
  return {
    file: x.file, kind: x.kind, reason: x.reason, reason_en: x.reason_en, agency: x.agency, agency_short: x.agency_short, level: x.level,
    scope: x.scope, parent: x.parent, province: x.province, division_code: x.division_code,
    report_year: x.report_year, published_on: x.published_on, era: x.era, metrics: x.metrics, findings: x.findings,
  };
}
