// 概览 Overview: coverage at a glance, counts by level and province, headline figures for a year.
import { useMemo } from 'react';
import { countsQuery, coverageQuery, headlineQuery, OVERVIEW_COVERAGE_ROWS } from '../../data/queries';
import { coverageChart, ERA_COLOURS, FINDING_COLOURS, type CoverageCell } from '../../charts/coverage';
import { countsOption } from '../../charts/counts';
import { ChartPanel } from '../components/ChartPanel';
import { SimpleTable } from '../components/SimpleTable';
import { LevelSelect, QueryNote, YearSelect } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { effectiveYear, useYears } from '../useLookups';
import { useI18n } from '../i18n';
import type { ViewProps } from './types';
import { OriginBadge } from '../import/OriginBadge';
import { isMine, mineSuffix, withMine } from '../origin';
import { useRegionUnits, neverReported } from '../region/useRegionUnits';
import { MissingUnits, UnitsCount } from '../region/MissingUnits';

const num = (v: unknown) => Number(v ?? 0);

export function OverviewView({ state, set }: ViewProps) {
  const i = useI18n();
  const years = useYears();
  const year = effectiveYear(state.year, years);
  const filter = { levelGroup: state.level, region: state.region };
  const cov = useDataQuery(coverageQuery(filter, OVERVIEW_COVERAGE_ROWS));
  const byLevel = useDataQuery(countsQuery('level', { ...filter, year }));
  const byProv = useDataQuery(countsQuery('province', { ...filter, year }));
  const head = useDataQuery(year === null ? null : headlineQuery({ ...filter, year }));
  // The region's units one level down: counted in the headline, named when missing, empty rows below.
  const units = useRegionUnits(state.region);
  const emptyRows = useMemo(() => (units ? neverReported(units).map((n) => n.name) : []), [units]);

  // An agency with any report of the user's own is marked in its label; the report's square is outlined.
  // A renamed agency is one row (its lineage); each square keeps the name its report was written under.
  const cells: (CoverageCell & { report_id: string; name: string; origin: unknown })[] = useMemo(() => {
    const rows = cov.data?.rows ?? [];
    const mine = new Set(rows.filter((r) => isMine(r.origin)).map((r) => String(r.agency ?? '—')));
    return rows.map((r) => {
      const agency = String(r.agency ?? '—');
      const asName = r.agency_short && r.agency_short !== r.agency ? r.agency_short : null;
      return {
        agency: withMine(agency, mine.has(agency), i.lang), year: num(r.report_year), era: (r.era as string) ?? null,
        errors: num(r.errors), warnings: num(r.warnings), report_id: String(r.report_id), name: agency, asName, mine: isMine(r.origin), origin: r.origin,
      };
    });
  }, [cov.data, i.lang]);
  const totalAgencies = num(cov.data?.rows[0]?.total_agencies);
  const nAgencies = new Set(cells.map((c) => c.agency)).size;
  const covChart = useMemo(() => (cells.length || emptyRows.length ? coverageChart(cells, state.colour, {
    title: i.t('coverage'),
    tooltip: (c) => `${i.t('eraLabel', { era: c.era ?? '?' })} · ${i.t('errors')} ${c.errors} · ${i.t('warnings')} ${c.warnings}${c.mine ? ` ·${mineSuffix(i.lang)}` : ''}`,
  }, emptyRows) : null), [cells, state.colour, i, emptyRows]);
  const levelRows = useMemo(() => (byLevel.data?.rows ?? []).map((r) => ({ key: String(r.key), label: i.level(String(r.key)), reports: num(r.reports), agencies: num(r.agencies) })), [byLevel.data, i]);
  const provRows = useMemo(() => (byProv.data?.rows ?? []).map((r) => ({ key: String(r.key), label: String(r.key) || '—', reports: num(r.reports), agencies: num(r.agencies) })), [byProv.data]);
  const countLabels = useMemo(() => ({ reports: i.t('reports'), agencies: i.t('agencies') }), [i]);
  const levelOption = useMemo(() => (levelRows.length ? countsOption(levelRows, { title: `${i.t('byLevel')} · ${year ?? ''}`, ...countLabels }) : null), [levelRows, countLabels, i, year]);
  const provOption = useMemo(() => (provRows.length ? countsOption(provRows, { title: `${i.t('byProvince')} · ${year ?? ''}`, ...countLabels }) : null), [provRows, countLabels, i, year]);
  const h = head.data?.rows[0];
  const countCols = [
    { key: 'label', label: i.t('level') }, { key: 'reports', label: i.t('reports'), numeric: true }, { key: 'agencies', label: i.t('agencies'), numeric: true },
  ];

  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{i.t('overview')}</h2>
      <div className="controls">
        <YearSelect value={state.year} years={years} onChange={(y) => set({ year: y })} />
        <LevelSelect value={state.level} onChange={(l) => set({ level: l })} />
        <label>{i.t('colourBy')}
          <select value={state.colour} onChange={(e) => set({ colour: e.target.value === 'findings' ? 'findings' : 'era' })} data-testid="colour-select">
            <option value="era">{i.t('byEra')}</option>
            <option value="findings">{i.t('byFindings')}</option>
          </select>
        </label>
      </div>
      <QueryNote error={cov.error ?? head.error ?? byLevel.error} />
      {h && (
        <dl className="headline" data-testid="headline">
          <div><dt>{i.t('year')}</dt><dd>{year}</dd></div>
          <div><dt>{i.t('reports')}</dt><dd>{num(h.reports)}</dd></div>
          <div><dt>{i.t('agencies')}</dt><dd>{num(h.agencies)}</dd></div>
          {units && year !== null && <div><dt>{i.t('unitCoverage')}</dt><dd data-testid="headline-units"><UnitsCount units={units} year={year} /></dd></div>}
          <div><dt>{i.t('requestsTotal')}</dt><dd>{h.requests == null ? i.t('notReported') : num(h.requests).toLocaleString(i.locale)}</dd></div>
          <div><dt>{i.t('onTime')}</dt><dd>{num(h.on_time)}</dd></div>
          <div><dt>{i.t('late')}</dt><dd>{num(h.late)}</dd></div>
          <div><dt>{i.t('errors')}</dt><dd>{num(h.errors)}</dd></div>
          <div><dt>{i.t('warnings')}</dt><dd>{num(h.warnings)}</dd></div>
        </dl>
      )}
      {units && year !== null && <MissingUnits units={units} year={year} regionName={state.region ?? ''} />}
      <p className="note">{i.t('showingAgencies', { n: nAgencies, total: totalAgencies })}</p>
      <ul className="colour-key" aria-label={i.t('colourBy')}>
        {state.colour === 'era'
          ? ['2008', '2019', '2021'].map((e) => <li key={e}><i style={{ background: ERA_COLOURS[e] }} />{i.t('eraLabel', { era: e })}</li>)
          : (['none', 'warnings', 'errors'] as const).map((k) => (
            <li key={k}><i style={{ background: FINDING_COLOURS[k] }} />{k === 'none' ? '0' : i.t(k)}</li>))}
      </ul>
      <QueryNote error={null} empty={!cov.loading && !cov.error && cells.length === 0 && emptyRows.length === 0} />
      <ChartPanel
        id="coverage" option={covChart?.option ?? null} order={covChart?.order} height={Math.max(220, 60 + (nAgencies + emptyRows.length) * 22)} busy={cov.loading}
        embed={{ state, chart: 'coverage' }} embedTitle={i.t('coverage')}
        onItemClick={(idx) => { const c = cells[idx]; if (c) set({ view: 'report', report: c.report_id }); }}
        table={<SimpleTable testId="coverage-table" rows={[...cells, ...emptyRows.map((name) => ({ name, missing: true as const }))]} columns={[
          { key: 'agency', label: i.t('agency'), render: (c) => ('missing' in c ? c.name : (
            <a href={`?view=report&report=${encodeURIComponent(c.report_id)}`} onClick={(e) => { e.preventDefault(); set({ view: 'report', report: c.report_id }); }}>{c.name}</a>)) },
          { key: 'asName', label: i.t('nameThatYear'), render: (c) => ('missing' in c ? '' : c.asName ?? '') },
          { key: 'year', label: i.t('year'), render: (c) => ('missing' in c ? '—' : <>{c.year}<OriginBadge origin={c.origin} /></>) },
          { key: 'era', label: i.t('era'), render: (c) => ('missing' in c ? i.t('missingRow') : i.t('eraLabel', { era: c.era ?? '?' })) },
          { key: 'errors', label: i.t('errors'), numeric: true }, { key: 'warnings', label: i.t('warnings'), numeric: true },
        ]} />}
      />
      <div className="two-col">
        <ChartPanel id="by-level" height={280} busy={byLevel.loading} embed={{ state: { ...state, year }, chart: 'by-level' }} embedTitle={i.t('byLevel')}
          option={levelOption}
          table={<SimpleTable rows={levelRows} columns={countCols} />} />
        <ChartPanel id="by-province" height={280} busy={byProv.loading} embed={{ state: { ...state, year }, chart: 'by-province' }} embedTitle={i.t('byProvince')}
          option={provOption}
          table={<SimpleTable rows={provRows} columns={[{ ...countCols[0], label: i.t('province') }, ...countCols.slice(1)]} />} />
      </div>
    </section>
  );
}
