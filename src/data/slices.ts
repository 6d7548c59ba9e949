// Static data slices: what `npm run ingest` writes next to the dataset so an embed (src/embed) can
// draw one chart without starting DuckDB. Each slice is the result of the app's own query builder
// (src/data/queries) run once at build time in DuckDB node (scripts/slices/), stored as JSON. This
// file is the layout both sides agree on: paths and shapes only, no engine.
import type { LevelGroup } from '../domain/levels';
import { LEVEL_GROUPS } from '../domain/levels';
import type { CompareRow } from './queries/compare';
import type { TrendRow } from './queries/trends';
import type { CoverageRow, CountRow } from './queries/overview';
import type { RankingRow } from './queries/compliance';

export const SLICES_DIR = 'slices';

/** Level groups a slice is keyed by; 'all' is no level filter. */
export const SLICE_LEVELS = ['all', ...Object.keys(LEVEL_GROUPS)] as readonly ('all' | LevelGroup)[];
export type SliceLevel = (typeof SLICE_LEVELS)[number];
export const sliceLevel = (g: LevelGroup | null): SliceLevel => g ?? 'all';

/** Paths relative to the dataset folder. Metric keys and level groups come from our catalogues
 * ([a-z0-9_]), years are integers: nothing from a URL reaches a path unchecked. */
export const slicePath = {
  index: () => `${SLICES_DIR}/index.json`,
  compare: (metric: string) => `${SLICES_DIR}/compare/${metric}.json`,
  trends: (metric: string) => `${SLICES_DIR}/trends/${metric}.json`,
  overview: (level: SliceLevel) => `${SLICES_DIR}/overview/${level}.json`,
  compliance: (year: number | null) => `${SLICES_DIR}/compliance/${year ?? 'all'}.json`,
};

/** A query result stored by columns (names once, then one array per row): about half the bytes of
 * an array of objects, which repeats every name in every row. */
export interface StoredRows<Row> { columns: (keyof Row & string)[]; rows: unknown[][] }

export function storeRows<Row extends Record<string, unknown>>(rows: readonly Row[], columns?: readonly (keyof Row & string)[]): StoredRows<Row> {
  const cols = [...(columns ?? (rows[0] ? (Object.keys(rows[0]) as (keyof Row & string)[]) : []))];
  return { columns: cols, rows: rows.map((r) => cols.map((c) => r[c] ?? null)) };
}

export function loadRows<Row>(t: StoredRows<Row>): Row[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])) as Row);
}

/** What the source line of an embed names. */
export interface SliceMeta { dataset: string; extractor_version: string }

/** `measures`: the measures some report gives (the others have no slices). */
export interface SliceIndex { meta: SliceMeta; years: number[]; measures: string[] }

/** compareQuery for one measure over every report of every year (summaries included, no level or
 * region filter), split by report year: an embed narrows a year's rows by level group, region and
 * summaries without changing their order. */
export interface CompareSlice { meta: SliceMeta; metric: string; years: Record<string, StoredRows<CompareRow>> }

/** trendQuery over every agency that gives the figure in some year (one line each); `defaults` the
 * agencies the app shows when none is chosen and nothing filters (an embed with a level or region
 * filter names its agencies: the Embed dialog writes the ones the view shows). */
export interface TrendsSlice { meta: SliceMeta; metric: string; rows: StoredRows<TrendRow>; defaults: string[] }

/** coverageQuery (the 60 agencies the Overview shows) and countsQuery by level and province per year. */
export interface OverviewSlice {
  meta: SliceMeta; level: SliceLevel; coverage: StoredRows<CoverageRow>;
  counts: Record<string, { level: StoredRows<CountRow>; province: StoredRows<CountRow> }>;
}

/** problemRankingQuery per level group, without and with region-wide summaries (`<level>` and `<level>+summaries`). */
export interface ComplianceSlice { meta: SliceMeta; year: number | null; rankings: Record<string, StoredRows<RankingRow>> }

export const rankingKey = (level: SliceLevel, summaries: boolean) => (summaries ? `${level}+summaries` : level);
