// 概览 Overview as an embed: the coverage matrix (agencies × years) or the counts by level or
// province for a year, from the level group's overview slice; drawn by the app's chart builders.
import { coverageChart, type CoverageCell } from '../charts/coverage';
import { countsOption } from '../charts/counts';
import { ProblemError } from '../domain/problems';
import { loadRows, type OverviewSlice } from '../data/slices';
import type { AppState } from '../app/state/urlState';
import type { I18n } from '../app/i18n';
import type { OverviewChart } from './embedParams';
import { leaders, yearSpan, type EmbedModel } from './model';

export function overviewModel(slice: OverviewSlice, state: AppState, chart: OverviewChart, i: I18n): EmbedModel {
  return chart === 'coverage' ? coverageModel(slice, state, i) : countsModel(slice, state, chart === 'by-level' ? 'level' : 'province', i);
}

function coverageModel(slice: OverviewSlice, state: AppState, i: I18n): EmbedModel {
  const rows = loadRows(slice.coverage);
  const cells: (CoverageCell & { name: string })[] = rows.map((r) => ({
    agency: r.agency ?? '—', name: r.agency ?? '—', year: r.report_year, era: r.era, errors: r.errors, warnings: r.warnings,
    asName: r.agency_short && r.agency_short !== r.agency ? r.agency_short : null,
  }));
  const title = i.t('coverage');
  const shown = new Set(cells.map((c) => c.agency)).size;
  const total = rows[0]?.total_agencies ?? 0;
  const chart = cells.length ? coverageChart(cells, state.colour, {
    title, tooltip: (c) => `${i.t('eraLabel', { era: c.era ?? '?' })} · ${i.t('errors')} ${c.errors} · ${i.t('warnings')} ${c.warnings}`,
  }) : null;
  const span = yearSpan(cells.map((c) => c.year));
  return {
    title,
    option: chart?.option ?? null,
    height: Math.max(220, 60 + shown * 22),
    table: {
      columns: [{ key: 'agency', label: i.t('agency') }, { key: 'asName', label: i.t('nameThatYear') }, { key: 'year', label: i.t('year') },
        { key: 'era', label: i.t('era') }, { key: 'errors', label: i.t('errors'), numeric: true }, { key: 'warnings', label: i.t('warnings'), numeric: true }],
      rows: cells.map((c) => ({
        agency: c.name, asName: c.asName ?? '', year: String(c.year), era: i.t('eraLabel', { era: c.era ?? '?' }), errors: String(c.errors), warnings: String(c.warnings),
      })),
    },
    description: `${title}, ${span}. ${i.t('showingAgencies', { n: shown, total })}.`,
    years: span,
    agencies: total,
  };
}

function countsModel(slice: OverviewSlice, state: AppState, by: 'level' | 'province', i: I18n): EmbedModel {
  const years = Object.keys(slice.counts).map(Number);
  const year = state.year ?? Math.max(...years);
  const stored = slice.counts[year];
  if (!stored) throw new ProblemError({ code: 'embed_year_absent', params: { value: year } });
  const rows = loadRows(stored[by]).map((r) => ({
    key: r.key, label: by === 'level' ? i.level(r.key) : r.key || '—', reports: r.reports, agencies: r.agencies,
  }));
  const title = `${i.t(by === 'level' ? 'byLevel' : 'byProvince')} · ${year}`;
  return {
    title,
    option: rows.length ? countsOption(rows, { title, reports: i.t('reports'), agencies: i.t('agencies') }) : null,
    height: 280,
    table: {
      columns: [{ key: 'label', label: i.t(by === 'level' ? 'level' : 'province') }, { key: 'reports', label: i.t('reports'), numeric: true },
        { key: 'agencies', label: i.t('agencies'), numeric: true }],
      rows: rows.map((r) => ({ label: r.label, reports: String(r.reports), agencies: String(r.agencies) })),
    },
    description: `${title}. ${i.t('reports')}: ${leaders(rows.map((r) => ({ name: r.label, value: String(r.reports) })), 20)}`,
    years: String(year),
    agencies: rows.reduce((s, r) => s + r.agencies, 0),
  };
}
