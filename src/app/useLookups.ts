import { useMemo } from 'react';
import { yearsQuery } from '../data/queries';
import { useDataQuery } from './useDataQuery';

export function useYears(): number[] {
  const q = useMemo(() => yearsQuery(), []);
  const r = useDataQuery(q);
  return useMemo(() => (r.data?.rows ?? []).map((x) => Number(x.year)), [r.data]);
}

/** The year a view shows: the chosen one, else the latest in the data. */
export function effectiveYear(chosen: number | null, years: number[]): number | null {
  return chosen ?? (years.length ? years[years.length - 1] : null);
}
