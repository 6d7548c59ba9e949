// 趋势 Trends: the measure over the years for chosen agencies, year-on-year change, format eras and
// breaks in the concept marked on the axis.
import { useMemo, useState } from 'react';
import { agencySearchQuery, trendQuery } from '../../data/queries';
import { measureBreaks } from '../../domain/measures';
import { trendOption } from '../../charts/trend';
import { formatValue } from '../../charts/format';
import { ChartPanel } from '../components/ChartPanel';
import { SimpleTable } from '../components/SimpleTable';
import { LevelSelect, MetricSelect, QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { breakNoteOf, useI18n } from '../i18n';
import { downloadCsv } from '../download';
import { ExcelButton } from '../components/ExcelButton';
import { trendsWorkbook } from '../export/trendsSheet';
import { cellStatesOf } from '../export/cellStatesOf';
import { useExportSource } from '../export/useExportSource';
import type { ViewProps } from './types';
import { useMeasure } from '../useMeasure';
import { OriginBadge } from '../import/OriginBadge';
import { isMine, withMine } from '../origin';
import { RegionRollup } from '../region/RegionRollup';

export function TrendsView({ state, set }: ViewProps) {
  const i = useI18n();
  const [search, setSearch] = useState('');
  const { measure, minSize, fmt, label, unit } = useMeasure(state);
  const q = trendQuery({
    measure, agencies: state.agencies, levelGroup: state.level, region: state.region, includeRegion: state.includeRegion, minSize,
  });
  const r = useDataQuery(q);
  const source = useExportSource(state.data);
  const suggestions = useDataQuery(search.trim() ? agencySearchQuery(search.trim(), 12) : null);
  const rows = r.data?.rows ?? [];
  const breaks = useMemo(() => measureBreaks(measure), [measure]);
  // A line whose agency has a report of the user's own is marked in the legend and tooltip.
  const option = useMemo(() => {
    const mineAgencies = new Set(rows.filter((x) => isMine(x.origin)).map((x) => x.agency));
    return rows.length ? trendOption(rows.map((x) => ({
      agency: withMine(x.agency, mineAgencies.has(x.agency), i.lang), year: Number(x.report_year), value: x.value == null ? null : Number(x.value),
      change: x.change == null ? null : Number(x.change),
      name: x.agency_short,
      renamedFrom: x.prev_name && x.prev_name !== x.agency_short ? x.prev_name : undefined,
    })), breaks, {
      title: label, unit, format: fmt, eraLabel: (era) => i.t('eraLabel', { era }), breakLabel: i.t('breakNote'), renameLabel: i.t('renamed'),
    }) : null;
  }, [rows, label, unit, fmt, i, breaks]);
  const add = (a: string) => { if (!state.agencies.includes(a)) set({ agencies: [...state.agencies, a] }); setSearch(''); };
  const breakNotes = measure.kind === 'metric' ? [breakNoteOf(measure.def, i.lang)].filter(Boolean) : [];

  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{i.t('trends')}</h2>
      <div className="controls">
        <MetricSelect value={measure.key} onChange={(m) => set({ metric: m, minSize: null })} />
        <LevelSelect value={state.level} onChange={(l) => set({ level: l })} />
        <label>{i.t('chooseAgencies')}
          <input type="search" value={search} list="agency-suggestions" data-testid="agency-search"
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && suggestions.data?.rows[0]) add(String(suggestions.data.rows[0].agency)); }} />
          <datalist id="agency-suggestions">
            {(suggestions.data?.rows ?? []).map((x) => <option key={String(x.agency)} value={String(x.agency)} />)}
          </datalist>
        </label>
        {(suggestions.data?.rows ?? []).length > 0 && (
          <ul className="suggestions" aria-label={i.t('chooseAgencies')}>
            {suggestions.data!.rows.map((x) => (
              <li key={x.agency}><button type="button" onClick={() => add(x.agency)}>{x.agency}</button></li>
            ))}
          </ul>
        )}
        <button type="button" disabled={!rows.length} onClick={() => downloadCsv(`trends-${measure.key}.csv`,
          ['agency', 'agency_short', 'report_year', 'era', 'origin', 'value', 'change', 'change_rate', 'report_id'], rows)}>{i.t('downloadCsv')}</button>
        <ExcelButton testId="trends-xlsx" disabled={!rows.length} build={async () =>
          trendsWorkbook({ rows, measure, states: await cellStatesOf(measure, rows.map((x) => x.report_id)) }, i, source())} />
      </div>
      <ul className="chips" aria-label={i.t('agencies')}>
        {state.agencies.map((a) => (
          <li key={a}>{a} <button type="button" aria-label={`${i.t('remove')} ${a}`} onClick={() => set({ agencies: state.agencies.filter((x) => x !== a) })}>×</button></li>
        ))}
      </ul>
      {state.agencies.length === 0 && <p className="note">{i.t('defaultAgencies')}</p>}
      {breakNotes.length > 0 && <p className="note">{i.t('breakNote')} ({breaks.join(', ')}): {breakNotes.join('; ')}</p>}
      <QueryNote error={r.error} empty={!r.loading && !r.error && rows.length === 0} />
      <ChartPanel id="trends" option={option} height={380} busy={r.loading} embedTitle={label}
        embed={{ state: { ...state, agencies: state.agencies.length ? state.agencies : [...new Set(rows.map((x) => x.agency))] } }}
        table={<SimpleTable testId="trends-table" rows={rows} columns={[
          { key: 'agency', label: i.t('agency'), render: (x) => <>{x.agency}<OriginBadge origin={x.origin} /></> },
          { key: 'agency_short', label: i.t('nameThatYear'), render: (x) => <>{x.agency_short}{x.prev_name && x.prev_name !== x.agency_short ? ` (${i.t('renamed')} ← ${x.prev_name})` : ''}</> },
          { key: 'report_year', label: i.t('year') },
          { key: 'era', label: i.t('era'), render: (x) => (x.era ? i.t('eraLabel', { era: String(x.era) }) : '') },
          { key: 'value', label: `${label}${unit ? ` (${unit})` : ''}`, numeric: true, render: (x) => formatValue(x.value, fmt) },
          { key: 'change', label: i.t('change'), numeric: true, render: (x) => (x.change == null ? '' : `${Number(x.change) > 0 ? '+' : ''}${formatValue(x.change, fmt)}`) },
        ]} />} />
      <RegionRollup state={state} set={set} />
    </section>
  );
}
