// Who wrote a report, for which year, and when it was published: agency, level, scope, parent,
// province, division code, report year, publication date. Reads only the head and tail of the
// document (see window.ts). Never throws; what it cannot tell is null / 'unknown'. The division
// code is the agency's own division for a government, and that of the government it belongs to for
// a department (a department is no division, but grouping by region needs its place).
import type { Level, NormalizedDoc, ReportJson } from '../types';
import { correctSpelling, findAgency } from './agency';
import type { DivisionIndex } from './divisions';
import { levelOf } from './level';
import { mentionedPlaces, placeAgency, provinceFromDocNumbers } from './parent';
import { findPublished } from './publishedOn';
import { findReportYear } from './reportYear';
import { scopeOf } from './scope';
import { findTitle } from './title';
import { docWindow } from './window';

/** The identity fields of the JSON contract, plus where the date and the year came from. */
export interface Identity
  extends Pick<
    ReportJson,
    'agency' | 'agency_short' | 'level' | 'scope' | 'parent' | 'province' | 'division_code' | 'report_year' | 'published_on'
  > {
  /** 'label' | 'signature' | 'url' | 'drafted' (成文/填报日期, used when nothing else) | 'implausible'
   * (every date found precedes the end of the report year) | null */
  publishedSource: string | null;
  /** where report_year came from: 'title' | 'period' | 'text' | 'file' | null */
  yearSource?: string | null;
  /** the year the statistical period states, for the YEAR-CONSISTENT check */
  periodYear?: number | null;
}

export function identify(doc: NormalizedDoc, fileName: string, divisions?: DivisionIndex): Identity {
  const win = docWindow(doc);
  const title = findTitle(win.head, fileName);
  const year = findReportYear(win.headText, title);
  const published = findPublished(win.head, win.tail, fileName, year.year, doc.text);
  const first = findAgency(win, title, divisions);
  const found = first && divisions ? correctSpelling(first, fileName, divisions) : first;
  let level: Level = 'unknown';
  let place = { parent: null as string | null, province: null as string | null, division_code: null as string | null };
  if (found) {
    level = levelOf(found.parts, divisions);
    const edges = win.headText + '\n' + win.tailText;
    const context = divisions ? mentionedPlaces(edges, divisions) : [];
    place = placeAgency(found.parts, level, context, divisions, provinceFromDocNumbers(edges));
  }
  return {
    agency: found?.agency ?? null,
    agency_short: found?.short ?? null,
    level,
    scope: scopeOf(level, win.headText),
    parent: place.parent,
    province: place.province,
    division_code: place.division_code,
    report_year: year.year,
    published_on: published.date,
    publishedSource: published.source,
    yearSource: year.source,
    periodYear: year.periodYear,
  };
}
