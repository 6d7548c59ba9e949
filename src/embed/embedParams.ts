// An embed's URL: the same parameters as the view it shows (src/app/state/urlState.ts reads them),
// plus three of its own (chart, table, bg). Stricter than the app: the app falls back to a default
// on a bad value, an embed on someone else's page says what is wrong instead of showing another chart.
import { parseState, type AppState } from '../app/state/urlState';
import { measureOf } from '../domain/measures';
import { isLevelGroup } from '../domain/levels';
import type { Problem } from '../domain/problems';

export const EMBED_VIEWS = ['compare', 'trends', 'overview', 'compliance'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];
export const OVERVIEW_CHARTS = ['coverage', 'by-level', 'by-province'] as const;
export type OverviewChart = (typeof OVERVIEW_CHARTS)[number];
export const BACKGROUNDS = ['light', 'dark', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];
/** The app's own limit on agencies in a URL (urlState's list()). */
export const MAX_AGENCIES = 20;
const MAX_NAME = 100;

export interface EmbedParams {
  view: EmbedView;
  /** the app's state for the same URL (what "open in Nianbao" links to) */
  state: AppState;
  chart: OverviewChart;
  /** open on the table instead of the chart */
  table: boolean;
  bg: Background;
}

/** Long or hostile values are shown shortened (always as text). */
const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);
const bad = (param: string, value: string): Problem => ({ code: 'embed_bad_param', params: { param, value: shown(value) } });

export function parseEmbed(search: string): { params: EmbedParams } | { problem: Problem } {
  const p = new URLSearchParams(search);
  const view = p.get('view') ?? 'overview';
  if (!(EMBED_VIEWS as readonly string[]).includes(view)) return { problem: { code: 'embed_unknown_view', params: { value: shown(view) } } };
  const metric = p.get('metric');
  if (metric !== null && !measureOf(metric)) return { problem: { code: 'embed_unknown_metric', params: { value: shown(metric) } } };
  const year = p.get('year');
  if (year !== null && (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100)) return { problem: bad('year', year) };
  const level = p.get('level');
  if (level !== null && level !== '' && !isLevelGroup(level)) return { problem: bad('level', level) };
  const chart = p.get('chart') ?? 'coverage';
  if (!(OVERVIEW_CHARTS as readonly string[]).includes(chart)) return { problem: bad('chart', chart) };
  const bg = p.get('bg') ?? 'light';
  if (!(BACKGROUNDS as readonly string[]).includes(bg)) return { problem: bad('bg', bg) };
  const min = p.get('min');
  if (min !== null && (view === 'compare' || view === 'trends')) return { problem: { code: 'embed_filter_unsupported', params: { param: 'min' } } };
  if (p.get('region') && (view === 'overview' || view === 'compliance')) return { problem: { code: 'embed_filter_unsupported', params: { param: 'region' } } };

  const names = (p.get('agencies') ?? '').split('|').map((x) => x.trim()).filter(Boolean);
  if (names.length > MAX_AGENCIES) return { problem: { code: 'embed_too_many_agencies', params: { n: names.length, max: MAX_AGENCIES } } };
  // eslint-disable-next-line no-control-regex
  const badName = names.find((n) => n.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(n));
  if (badName !== undefined) return { problem: { code: 'embed_bad_agency', params: { value: shown(badName.replace(/[\u0000-\u001f\u007f]/g, '�')) } } };

  const state = { ...parseState(search), view } as AppState;
  if (view === 'trends' && state.agencies.length === 0 && (state.level || state.region || state.includeRegion)) {
    return { problem: { code: 'embed_choose_agencies' } };
  }
  return { params: { view: view as EmbedView, state, chart: chart as OverviewChart, table: p.get('table') === '1', bg: bg as Background } };
}

/** The embed's own parameters, as written by the Embed dialog (defaults left out). */
export function embedExtras(o: { chart?: OverviewChart; table?: boolean; bg?: Background }): Record<string, string> {
  const out: Record<string, string> = {};
  if (o.chart && o.chart !== 'coverage') out.chart = o.chart;
  if (o.table) out.table = '1';
  if (o.bg && o.bg !== 'light') out.bg = o.bg;
  return out;
}
