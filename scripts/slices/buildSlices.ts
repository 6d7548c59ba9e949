// The embeds' static slices, built by running the app's own query builders (src/data/queries)
// through a Connector: the same SQL the app runs in DuckDB-WASM, run once here in DuckDB node. Pure
// with respect to the engine, so the tests run it on their small database.
import type { Connector } from '../../src/data/connector';
import { RATIOS, measureOf } from '../../src/domain/measures';
import { METRICS } from '../../src/domain/metrics';
import { isLevelGroup } from '../../src/domain/levels';
import {
  agencySearchQuery, compareQuery, countsQuery, coverageQuery, problemRankingQuery, trendQuery, yearsQuery, type CompareRow,
} from '../../src/data/queries';
import { query, sql } from '../../src/data/sql';
import {
  SLICE_LEVELS, rankingKey, slicePath, storeRows, type ComplianceSlice, type CompareSlice, type OverviewSlice, type SliceIndex,
  type SliceLevel, type SliceMeta, type TrendsSlice,
} from '../../src/data/slices';

/** No slice is cut with fewer rows than the data has (the app's 500 is a screen limit). */
const ALL = 1_000_000;
/** The agencies Overview shows (src/app/views/OverviewView.tsx). */
export const OVERVIEW_AGENCIES = 60;

const groupOf = (l: SliceLevel) => (isLevelGroup(l) ? l : null);

/** Every measure key an embed can show: catalogue metrics, then ratios. */
export const SLICE_MEASURES: readonly string[] = [...METRICS.map((m) => m.key), ...RATIOS.map((r) => r.key)];

/** Embeds are for published data: a database holding a user's own reports is refused. */
export async function assertPublishedOnly(db: Connector): Promise<void> {
  const r = await db.query(query<{ n: number }>('slices.user_rows', sql`SELECT count(*) AS n FROM reports WHERE origin = ${'user'}`));
  if (Number(r.rows[0]?.n ?? 0) > 0) throw new Error('slices: the database holds user-imported reports; embeds show published data only');
}

/** path (relative to the dataset folder) → slice, in a fixed order. */
export async function buildSlices(db: Connector, meta: SliceMeta, measures: readonly string[] = SLICE_MEASURES): Promise<Map<string, unknown>> {
  await assertPublishedOnly(db);
  const out = new Map<string, unknown>();
  const years = (await db.query(yearsQuery())).rows.map((r) => Number(r.year));
  const index: SliceIndex = { meta, years, measures: [] };
  out.set(slicePath.index(), index);
  const agencies = (await db.query(agencySearchQuery('', ALL))).rows.map((r) => r.agency);

  for (const key of measures) {
    const measure = measureOf(key);
    if (!measure) continue;
    // every year at once, then split: one query per measure, not one per measure and year
    const all = (await db.query(compareQuery({ measure, year: null, includeRegion: true, limit: ALL }))).rows;
    if (!all.some((r) => r.value !== null)) continue; // no report gives it: no slices, the embed says so
    index.measures.push(key);
    const byYear: CompareSlice['years'] = {};
    const columns = Object.keys(all[0]) as (keyof CompareRow & string)[];
    for (const y of years) byYear[y] = storeRows(all.filter((r) => r.report_year === y), columns);
    out.set(slicePath.compare(key), { meta, metric: key, years: byYear } satisfies CompareSlice);
    const series = agencies.length ? (await db.query(trendQuery({ measure, agencies }))).rows : [];
    const giving = new Set(series.filter((r) => r.value !== null).map((r) => r.agency));
    const rows = storeRows(series.filter((r) => giving.has(r.agency)));
    const chosenByApp = (await db.query(trendQuery({ measure, agencies: [] }))).rows;
    const defaults = [...new Set(chosenByApp.map((r) => r.agency))];
    out.set(slicePath.trends(key), { meta, metric: key, rows, defaults } satisfies TrendsSlice);
  }

  for (const level of SLICE_LEVELS) {
    const f = { levelGroup: groupOf(level) };
    const coverage = storeRows((await db.query(coverageQuery(f, OVERVIEW_AGENCIES))).rows);
    const counts: OverviewSlice['counts'] = {};
    for (const year of years) {
      counts[year] = {
        level: storeRows((await db.query(countsQuery('level', { ...f, year }))).rows),
        province: storeRows((await db.query(countsQuery('province', { ...f, year }))).rows),
      };
    }
    out.set(slicePath.overview(level), { meta, level, coverage, counts } satisfies OverviewSlice);
  }

  for (const year of [null, ...years]) {
    const rankings: ComplianceSlice['rankings'] = {};
    for (const level of SLICE_LEVELS) {
      for (const summaries of [false, true]) {
        rankings[rankingKey(level, summaries)] = storeRows((await db.query(problemRankingQuery({ year, levelGroup: groupOf(level), includeRegion: summaries }))).rows);
      }
    }
    out.set(slicePath.compliance(year), { meta, year, rankings } satisfies ComplianceSlice);
  }
  return out;
}
