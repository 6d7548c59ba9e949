// The units a region's division list expects one level down (a county's townships and streets, a city's
// counties and districts, a province's cities) and which of them have their own report in the data, per
// year. "Missing" means no report in this dataset — what is known, not proof that none was published.
import { useMemo } from 'react';
import { unitReportsQuery } from '../../data/queries';
import type { DivisionNode, DivisionTier } from '../../domain/divisionTree';
import { parseRegion } from '../../domain/regions';
import { useDataQuery, type QueryState } from '../useDataQuery';
import { useDivisionTree } from './useDivisionTree';

export interface RegionUnits {
  units: DivisionNode[];
  /** what the units are (the word in "24 of 32 townships") */
  tier: DivisionTier;
  /** unit code → years with a report */
  years: Map<string, Set<number>>;
  loading: boolean;
  /** the reports have been read at least once (a refresh keeps showing the last answer) */
  ready: boolean;
  error: QueryState['error'];
}

export function missingIn(u: RegionUnits, year: number): DivisionNode[] {
  return u.units.filter((n) => !u.years.get(n.code)?.has(year));
}

/** Units with no report in any year: the coverage matrix's empty rows. */
export function neverReported(u: RegionUnits): DivisionNode[] {
  return u.units.filter((n) => !u.years.get(n.code)?.size);
}

/** null when no division is chosen or the list has no units under it (a township is a leaf). */
export function useRegionUnits(region: string | null): RegionUnits | null {
  const tree = useDivisionTree();
  const r = parseRegion(region);
  const code = r?.kind === 'division' ? r.code : null;
  const units = useMemo(() => (code ? tree.units(code) : []), [tree, code]);
  const q = useDataQuery(units.length ? unitReportsQuery({ units: units.map((n) => n.code) }) : null);
  return useMemo(() => {
    if (!units.length) return null;
    const years = new Map<string, Set<number>>();
    for (const row of q.data?.rows ?? []) {
      if (row.report_year == null) continue;
      const set = years.get(row.code) ?? new Set<number>();
      set.add(Number(row.report_year));
      years.set(row.code, set);
    }
    return { units, tier: units[0].tier, years, loading: q.loading, ready: q.data !== null, error: q.error };
  }, [units, q.data, q.loading, q.error]);
}
