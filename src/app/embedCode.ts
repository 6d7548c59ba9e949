// The Embed dialog's output: the embed's address for a view's state and the two snippets a site
// copies (responsive: the iframe plus our sizing script; fixed: a plain iframe). Pure, so the unit
// tests read the same code the dialog shows.
import { escapeHtml } from '../charts/escape';
import { DEFAULT_STATE, serializeState, type AppState } from './state/urlState';
import { embedExtras, type Background, type OverviewChart } from '../embed/embedParams';

export interface EmbedTarget {
  /** the view's state, with what the view resolved itself (the year shown, the agencies drawn) */
  state: AppState;
  chart?: OverviewChart;
}

export interface EmbedOptions { lang: AppState['lang']; table: boolean; bg: Background; height: number }

/** Only what the embedded view reads is kept (not the Data view's sort, the SQL text…). */
function embedState(t: EmbedTarget, lang: AppState['lang']): AppState {
  const s = t.state;
  return {
    ...DEFAULT_STATE, view: s.view, lang, metric: s.metric, year: s.year, level: s.level,
    // Compliance's ranking has no region filter (the app's state may still hold one from another view)
    region: s.view === 'compliance' ? null : s.region,
    includeRegion: s.includeRegion, minSize: s.minSize, agencies: s.agencies, colour: s.colour, data: s.data, severity: [], hidden: [],
  };
}

/** embed.html's address beside the app's page (`appUrl`: the app's current address). */
export function embedUrl(t: EmbedTarget, o: Pick<EmbedOptions, 'lang' | 'table' | 'bg'>, appUrl: string): string {
  const q = new URLSearchParams(serializeState(embedState(t, o.lang)));
  for (const [k, v] of Object.entries(embedExtras({ chart: t.chart, table: o.table, bg: o.bg }))) q.set(k, v);
  const s = q.toString();
  return new URL(`./embed.html${s ? `?${s}` : ''}`, appUrl).href;
}

export function resizeScriptUrl(appUrl: string): string {
  return new URL('./embed-resize.js', appUrl).href;
}

export function responsiveSnippet(src: string, title: string, o: EmbedOptions, appUrl: string): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" style="width:100%;height:${o.height}px;border:0" loading="lazy"></iframe>\n`
    + `<script src="${escapeHtml(resizeScriptUrl(appUrl))}" async></script>`;
}

export function fixedSnippet(src: string, title: string, o: EmbedOptions): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${o.height}" style="border:0"></iframe>`;
}
