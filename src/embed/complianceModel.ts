// 合规 Compliance as an embed: agencies ranked by open problems for a year (or all years) and level
// group, from the year's compliance slice; drawn by the app's ranking chart.
import { rankingChart } from '../charts/ranking';
import { loadRows, rankingKey, sliceLevel, type ComplianceSlice } from '../data/slices';
import type { AppState } from '../app/state/urlState';
import type { I18n } from '../app/i18n';
import { leaders, type EmbedModel } from './model';

export function complianceModel(slice: ComplianceSlice, state: AppState, i: I18n): EmbedModel {
  const stored = slice.rankings[rankingKey(sliceLevel(state.level), state.includeRegion)];
  const rows = stored ? loadRows(stored) : [];
  const title = state.year === null ? i.t('ranking') : `${i.t('ranking')} · ${state.year}`;
  const format = { display: 'number' as const, notReported: i.t('notReported'), locale: i.locale };
  const chart = rows.length ? rankingChart(rows.map((x) => ({
    name: x.agency_short, value: x.open, detail: `${i.t('errors')} ${x.errors} · ${i.t('warnings')} ${x.warnings}`,
  })), { title, unit: '', format }, 30) : null;
  return {
    title,
    option: chart?.option ?? null,
    height: Math.max(200, 70 + Math.min(30, rows.length) * 22),
    table: {
      columns: [{ key: 'agency', label: i.t('agency') }, { key: 'open', label: i.t('openProblems'), numeric: true },
        { key: 'errors', label: i.t('errors'), numeric: true }, { key: 'warnings', label: i.t('warnings'), numeric: true }],
      rows: rows.map((x) => ({ agency: x.agency_short, open: String(x.open), errors: String(x.errors), warnings: String(x.warnings) })),
    },
    description: `${title}. ${i.t('openProblems')}: ${leaders(rows.map((x) => ({ name: x.agency_short, value: String(x.open) })), 10)}`,
    years: state.year === null ? '' : String(state.year),
    agencies: rows.length,
  };
}
