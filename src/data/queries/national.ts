// The queries the app asks before a region is open: the Overview for every year and level filter,
// the year list and the region tree's counts. On a partitioned (national) dataset their answers are
// computed once at build time over the whole data (scripts/cli/writePartitions.ts) and the app reads
// them instead of downloading every province; a test holds each stored answer to the same query run
// straight over the whole data. Add a query here when a view asks it with no region.
import { LEVEL_GROUPS, type LevelGroup } from '../../domain/levels';
import type { BuiltQuery } from '../sql';
import { countsQuery, coverageQuery, headlineQuery, yearsQuery } from './overview';
import { regionCountsQuery } from './region';

/** The coverage matrix's row count in the Overview (OverviewView asks coverageQuery(filter, this)). */
export const OVERVIEW_COVERAGE_ROWS = 60;

export function nationalQueries(years: readonly number[]): BuiltQuery[] {
  const groups: (LevelGroup | null)[] = [null, ...(Object.keys(LEVEL_GROUPS) as LevelGroup[])];
  const out: BuiltQuery[] = [yearsQuery()];
  for (const levelGroup of groups) {
    const filter = { levelGroup, region: null };
    out.push(coverageQuery(filter, OVERVIEW_COVERAGE_ROWS), regionCountsQuery({ levelGroup }));
    for (const year of years) {
      out.push(countsQuery('level', { ...filter, year }), countsQuery('province', { ...filter, year }), headlineQuery({ ...filter, year }));
    }
  }
  return out;
}
