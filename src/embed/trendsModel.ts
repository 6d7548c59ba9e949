// 趋势 Trends as an embed: the chosen agencies' lines from the measure's slice (every agency that
// gives the figure), or the app's default agencies; drawn by the app's trend chart.
import { trendOption } from '../charts/trend';
import { formatValue } from '../charts/format';
import { measureBreaks } from '../domain/measures';
import { ProblemError } from '../domain/problems';
import { loadRows, type TrendsSlice } from '../data/slices';
import type { TrendRow } from '../data/queries/trends';
import type { AppState } from '../app/state/urlState';
import type { I18n } from '../app/i18n';
import { leaders, measureDisplay, yearSpan, type EmbedModel } from './model';

/** The rows trendQuery answers for these agencies (in its order: agency, year). */
export function trendRows(slice: TrendsSlice, agencies: readonly string[]): TrendRow[] {
  const rows = loadRows(slice.rows);
  const want = agencies.length ? agencies : slice.defaults;
  const known = new Set(rows.map((r) => r.agency));
  const missing = want.find((a) => !known.has(a));
  if (missing !== undefined) throw new ProblemError({ code: 'embed_unknown_agency', params: { value: missing.length > 60 ? `${missing.slice(0, 60)}…` : missing } });
  const chosen = new Set(want);
  return rows.filter((r) => chosen.has(r.agency));
}

export function trendsModel(slice: TrendsSlice, state: AppState, i: I18n): EmbedModel {
  const rows = trendRows(slice, state.agencies);
  const { measure, fmt, label, unit } = measureDisplay(slice.metric, i);
  const option = rows.length ? trendOption(rows.map((x) => ({
    agency: x.agency, year: x.report_year, value: x.value, change: x.change, name: x.agency_short,
    renamedFrom: x.prev_name && x.prev_name !== x.agency_short ? x.prev_name : undefined,
  })), measureBreaks(measure), {
    title: label, unit, format: fmt, eraLabel: (era) => i.t('eraLabel', { era }), breakLabel: i.t('breakNote'), renameLabel: i.t('renamed'),
  }) : null;
  const agencies = [...new Set(rows.map((r) => r.agency))];
  const years = rows.map((r) => r.report_year);
  const latest = agencies.map((a) => rows.filter((r) => r.agency === a && r.value !== null).at(-1)).filter((r): r is TrendRow => !!r);
  const span = yearSpan(years);
  return {
    title: label,
    option,
    height: 380,
    table: {
      columns: [{ key: 'agency', label: i.t('agency') }, { key: 'name', label: i.t('nameThatYear') }, { key: 'year', label: i.t('year') },
        { key: 'value', label: `${label}${unit ? ` (${unit})` : ''}`, numeric: true }, { key: 'change', label: i.t('change'), numeric: true }],
      rows: rows.map((x) => ({
        agency: x.agency, name: x.agency_short + (x.prev_name && x.prev_name !== x.agency_short ? ` (${i.t('renamed')} ← ${x.prev_name})` : ''),
        year: String(x.report_year), value: formatValue(x.value, fmt),
        change: x.change === null ? '' : `${x.change > 0 ? '+' : ''}${formatValue(x.change, fmt)}`,
      })),
    },
    description: `${label}, ${span}. ${leaders(latest.map((r) => ({ name: r.agency, value: `${r.report_year}: ${formatValue(r.value, fmt)}${unit ? ` ${unit}` : ''}` })), 20)}`,
    years: span,
    agencies: agencies.length,
  };
}
