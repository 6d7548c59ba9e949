// The app's whole state as one typed object, kept in the URL: every view has its own address, any
// state can be shared as a link and survives a reload. Only values that differ from the default are
// written; anything unknown or malformed in a URL falls back to the default.
import { isLevelGroup, type LevelGroup } from '../../domain/levels';
import { measureOf } from '../../domain/measures';
import { TABLES, type TableName } from '../../data/schema';
import { SEVERITIES, type Severity } from '../../domain/checks';
import { parseRegion, regionKey } from '../../domain/regions';
import { parseWeights, serializeWeights } from '../../domain/rubric';

export const VIEWS = ['overview', 'compare', 'trends', 'compliance', 'report', 'review', 'data', 'import'] as const;
export type View = (typeof VIEWS)[number];
export type { Lang } from '../../domain/text';
import type { Lang } from '../../domain/text';

export interface AppState {
  view: View;
  lang: Lang;
  /** measure key: a catalogue metric or a ratio */
  metric: string;
  /** null: the latest year in the data */
  year: number | null;
  level: LevelGroup | null;
  /** a division code of 2, 4, 6 or 9 digits, or `unresolved[-<province code>]` (src/domain/regions.ts) */
  region: string | null;
  /** a region's rollup sums only the units that gave the figure in both years (`same=1`) */
  sameUnits: boolean;
  includeRegion: boolean;
  /** minimum denominator before a ratio is ranked; null: the ratio's default */
  minSize: number | null;
  agencies: string[];
  colour: 'era' | 'findings';
  severity: Severity[];
  code: string | null;
  agency: string | null;
  report: string | null;
  table: TableName;
  sort: string | null;
  desc: boolean;
  filterCol: string | null;
  filter: string;
  hidden: string[];
  sql: string;
  /** `?data=` folder of another dataset (kept so links keep pointing at it) */
  data: string | null;
  /** the review's rubric weights that differ from the defaults (src/domain/rubric.ts) */
  weights: Record<string, number>;
  /** the review shows every unit's report card, for printing */
  cards: boolean;
}

export const DEFAULT_STATE: AppState = {
  view: 'overview', lang: 'zh', metric: 'requests_received', year: null, level: null, region: null, sameUnits: false,
  includeRegion: false, minSize: null, agencies: [], colour: 'era', severity: [], code: null, agency: null,
  report: null, table: 'reports', sort: null, desc: false, filterCol: null, filter: '', hidden: [],
  sql: 'SELECT level, count(*) AS reports FROM reports GROUP BY level ORDER BY reports DESC', data: null,
  weights: {}, cards: false,
};

const LIST_SEP = '|';

function int(s: string | null, lo: number, hi: number): number | null {
  if (s === null || !/^-?\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= lo && n <= hi ? n : null;
}

function list(s: string | null): string[] {
  return s ? s.split(LIST_SEP).map((x) => x.trim()).filter(Boolean).slice(0, 20) : [];
}

export function parseState(search: string): AppState {
  const p = new URLSearchParams(search);
  const s: AppState = { ...DEFAULT_STATE, agencies: [], severity: [], hidden: [] };
  const view = p.get('view');
  if (view && (VIEWS as readonly string[]).includes(view)) s.view = view as View;
  if (p.get('lang') === 'en') s.lang = 'en';
  const metric = p.get('metric');
  if (metric && measureOf(metric)) s.metric = metric;
  s.year = int(p.get('year'), 1990, 2100);
  const level = p.get('level');
  if (level && isLevelGroup(level)) s.level = level;
  // A division code (2/4/6/9 digits) or `unresolved[-NN]`; an old link's province name becomes its code.
  const region = parseRegion(p.get('region'));
  s.region = region ? regionKey(region) : null;
  s.sameUnits = p.get('same') === '1';
  s.includeRegion = p.get('summaries') === '1';
  s.minSize = int(p.get('min'), 0, 1_000_000);
  s.agencies = list(p.get('agencies'));
  if (p.get('colour') === 'findings') s.colour = 'findings';
  s.severity = list(p.get('severity')).filter((x): x is Severity => (SEVERITIES as readonly string[]).includes(x));
  s.code = p.get('code') || null;
  s.agency = p.get('agency') || null;
  s.report = p.get('report') || null;
  const table = p.get('table');
  if (table && TABLES.some((t) => t.name === table)) s.table = table as TableName;
  const columns = TABLES.find((t) => t.name === s.table)!.columns.map((c) => c.name);
  const sort = p.get('sort');
  if (sort && columns.includes(sort)) s.sort = sort;
  s.desc = s.sort !== null && p.get('desc') === '1';
  const filterCol = p.get('fcol');
  if (filterCol && columns.includes(filterCol)) s.filterCol = filterCol;
  s.filter = s.filterCol ? p.get('filter') ?? '' : '';
  s.hidden = list(p.get('hide')).filter((c) => columns.includes(c));
  const sql = p.get('sql');
  if (sql !== null) s.sql = sql.slice(0, 10_000);
  s.data = p.get('data') || null;
  s.weights = parseWeights(p.get('w'));
  s.cards = p.get('cards') === '1';
  return s;
}

export function serializeState(s: AppState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (s.data) p.set('data', s.data);
  if (s.view !== d.view) p.set('view', s.view);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.metric !== d.metric) p.set('metric', s.metric);
  if (s.year !== null) p.set('year', String(s.year));
  if (s.level) p.set('level', s.level);
  if (s.region) p.set('region', s.region);
  if (s.sameUnits) p.set('same', '1');
  if (s.includeRegion) p.set('summaries', '1');
  if (s.minSize !== null) p.set('min', String(s.minSize));
  if (s.agencies.length) p.set('agencies', s.agencies.join(LIST_SEP));
  if (s.colour !== d.colour) p.set('colour', s.colour);
  if (s.severity.length) p.set('severity', s.severity.join(LIST_SEP));
  if (s.code) p.set('code', s.code);
  if (s.agency) p.set('agency', s.agency);
  if (s.report) p.set('report', s.report);
  if (s.table !== d.table) p.set('table', s.table);
  if (s.sort) p.set('sort', s.sort);
  if (s.sort && s.desc) p.set('desc', '1');
  if (s.filterCol) p.set('fcol', s.filterCol);
  if (s.filterCol && s.filter) p.set('filter', s.filter);
  if (s.hidden.length) p.set('hide', s.hidden.join(LIST_SEP));
  if (s.sql !== d.sql) p.set('sql', s.sql);
  const w = serializeWeights(s.weights);
  if (w) p.set('w', w);
  if (s.cards) p.set('cards', '1');
  const q = p.toString();
  return q ? `?${q}` : '';
}
