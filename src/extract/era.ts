// TODO(identity helper): fingerprint scoring (formats.md §1.1).
import type { Era, NormalizedDoc } from './types';

export function yearEra(year: number | null): Era | null {
  if (year === null) return null;
  return year <= 2018 ? '2008' : year <= 2020 ? '2019' : '2021';
}

export function detectEra(_doc: NormalizedDoc, reportYear: number | null): { era: Era | null; formatEra: Era | null } {
  return { era: yearEra(reportYear), formatEra: null };
}
