// 对比 Compare as an embed: a year's rows of the measure's slice, narrowed as the app's query narrows
// them (level group, region, summaries), drawn by the app's ranking chart.
import { rankingChart } from '../charts/ranking';
import { LEVEL_GROUP_COLOURS } from '../charts/coverage';
import { formatValue } from '../charts/format';
import { levelGroupOf, levelsOf } from '../domain/levels';
import { ProblemError } from '../domain/problems';
import { loadRows, type CompareSlice } from '../data/slices';
import type { CompareRow } from '../data/queries/compare';
import type { AppState } from '../app/state/urlState';
import type { I18n } from '../app/i18n';
import { leaders, measureDisplay, type EmbedModel } from './model';

/** The rows compareQuery answers for this state (its `total` and `ranked` aside: those count the
 * slice's rows before narrowing). The slice is in the query's order, so filtering keeps it. */
export function compareRows(slice: CompareSlice, state: Pick<AppState, 'year' | 'level' | 'region' | 'includeRegion'>): { year: number; rows: CompareRow[] } {
  const withRows = Object.keys(slice.years).map(Number).filter((y) => slice.years[y].rows.length > 0);
  const year = state.year ?? Math.max(...withRows);
  const stored = slice.years[year];
  if (!stored) throw new ProblemError({ code: 'embed_year_absent', params: { value: year } });
  const levels = state.level ? levelsOf(state.level) : null;
  const rows = loadRows(stored).filter((r) => (!levels || (r.level !== null && levels.includes(r.level)))
    && (!state.region || r.province === state.region)
    && (state.includeRegion || (r.scope ?? 'self') !== 'region'));
  return { year, rows };
}

export function compareModel(slice: CompareSlice, state: AppState, i: I18n): EmbedModel {
  const { year, rows } = compareRows(slice, state);
  const { fmt, label, unit } = measureDisplay(slice.metric, i);
  const name = (r: CompareRow) => String(r.agency_short ?? r.agency ?? '—');
  const ranked = rows.filter((r) => r.value !== null);
  const title = `${label} · ${year}`;
  const chart = ranked.length ? rankingChart(rows.map((x) => ({
    name: name(x), value: x.value,
    detail: [i.level(x.level), x.province].filter(Boolean).join(' · '),
    colour: LEVEL_GROUP_COLOURS[levelGroupOf(String(x.level)) ?? ''] ?? '#999',
  })), { title, unit, format: fmt }) : null;
  const valueLabel = `${label}${unit ? ` (${unit})` : ''}`;
  return {
    title,
    option: chart?.option ?? null,
    height: Math.max(240, 70 + Math.min(40, ranked.length) * 22),
    table: {
      columns: [{ key: 'agency', label: i.t('agency') }, { key: 'level', label: i.t('level') }, { key: 'province', label: i.t('province') },
        { key: 'value', label: valueLabel, numeric: true }],
      rows: rows.map((x) => ({ agency: name(x), level: i.level(x.level), province: x.province ?? '', value: formatValue(x.value, fmt) + (x.small ? ' *' : '') })),
    },
    description: `${title}. ${i.t('ranked', { n: ranked.length, total: rows.length })}. `
      + leaders(ranked.map((x) => ({ name: name(x), value: `${formatValue(x.value, fmt)}${unit ? ` ${unit}` : ''}` }))),
    years: String(year),
    agencies: rows.length,
  };
}
