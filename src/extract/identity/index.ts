// TODO(identity helper): agency, level, scope, parent, province, division code, year, publication date.
import type { Level, NormalizedDoc, Scope } from '../types';
import type { DivisionIndex } from './divisions';

export interface Identity {
  agency: string | null;
  agency_short: string | null;
  level: Level;
  scope: Scope | null;
  parent: string | null;
  province: string | null;
  division_code: string | null;
  report_year: number | null;
  published_on: string | null;
  publishedSource: string | null;
}

export function identify(_doc: NormalizedDoc, _fileName: string, _divisions?: DivisionIndex): Identity {
  return {
    agency: null, agency_short: null, level: 'unknown', scope: null, parent: null, province: null,
    division_code: null, report_year: null, published_on: null, publishedSource: null,
  };
}
