// 对比 Compare: a catalogue metric (or ratio) for one year, agencies side by side, best first.
import { useMemo } from 'react';
import { compareQuery } from '../../data/queries';
import { rankingChart } from '../../charts/ranking';
import { LEVEL_GROUP_COLOURS } from '../../charts/coverage';
import { levelGroupOf } from '../../domain/levels';
import { formatValue } from '../../charts/format';
import { ChartPanel } from '../components/ChartPanel';
import { SimpleTable } from '../components/SimpleTable';
import { LevelSelect, MetricSelect, QueryNote, YearSelect } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { effectiveYear, useYears } from '../useLookups';
import { breakNoteOf, useI18n } from '../i18n';
import { downloadCsv } from '../download';
import { ExcelButton } from '../components/ExcelButton';
import { compareWorkbook } from '../export/compareSheet';
import { cellStatesOf } from '../export/cellStatesOf';
import { useExportSource } from '../export/useExportSource';
import type { ViewProps } from './types';
import { useMeasure } from '../useMeasure';
import { OriginBadge } from '../import/OriginBadge';
import { isMine, withMine } from '../origin';
import { median } from '../../domain/stats';

export function CompareView({ state, set }: ViewProps) {
  const i = useI18n();
  const years = useYears();
  const year = effectiveYear(state.year, years);
  const { measure, minSize, fmt, label, unit } = useMeasure(state);
  const q = year === null ? null : compareQuery({
    measure, year, levelGroup: state.level, region: state.region, includeRegion: state.includeRegion, minSize,
  });
  const r = useDataQuery(q);
  const source = useExportSource(state.data);
  const rows = r.data?.rows ?? [];
  // Inside a region, its median is drawn across the bars (the units compared with their own region).
  const mid = state.region ? median(rows.map((x) => (x.value == null ? null : Number(x.value)))) : null;
  const chart = useMemo(() => (rows.length ? rankingChart(rows.map((x) => ({
    name: withMine(String(x.agency_short ?? x.agency ?? '—'), isMine(x.origin), i.lang), value: x.value == null ? null : Number(x.value), mine: isMine(x.origin),
    detail: [i.level(x.level as string), x.province].filter(Boolean).join(' · '),
    colour: LEVEL_GROUP_COLOURS[levelGroupOf(String(x.level)) ?? ''] ?? '#999',
  })), { title: `${label} · ${year}`, unit, format: fmt, median: mid === null ? null : { value: mid, label: i.t('regionMedian') } }) : null), [rows, label, unit, fmt, year, i, mid]);
  const ranked = Number(rows[0]?.ranked ?? 0);
  const total = Number(rows[0]?.total ?? 0);
  const shown = Math.min(40, ranked);
  const csv = () => downloadCsv(`compare-${measure.key}-${year}.csv`,
    ['agency_short', 'agency', 'level', 'province', 'report_id', 'origin', 'value', 'numerator', 'denominator'],
    rows.map((x) => ({ ...x, value: x.value, numerator: x.num, denominator: x.den })));

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{i.t('compare')}</h2>
      <div className="controls">
        <MetricSelect value={measure.key} onChange={(m) => set({ metric: m, minSize: null })} />
        <YearSelect value={state.year} years={years} onChange={(y) => set({ year: y })} />
        <LevelSelect value={state.level} onChange={(l) => set({ level: l })} />
        <label className="check"><input type="checkbox" checked={state.includeRegion} onChange={(e) => set({ includeRegion: e.target.checked })} />{i.t('includeRegion')}</label>
        {measure.kind === 'ratio' && (
          <label>{i.t('minSize')}
            <input type="number" min={0} value={minSize} onChange={(e) => set({ minSize: e.target.value === '' ? null : Math.max(0, Number(e.target.value)) }, { replace: true })} />
          </label>
        )}
        <button type="button" onClick={csv} disabled={!rows.length} data-testid="compare-csv">{i.t('downloadCsv')}</button>
        <ExcelButton testId="compare-xlsx" disabled={!rows.length || year === null} build={async () =>
          compareWorkbook({ rows, measure, year: year!, states: await cellStatesOf(measure, rows.map((x) => x.report_id)) }, i, source())} />
      </div>
      <p className="note" data-testid="compare-note">
        {i.t('ranked', { n: ranked, total })}
        {mid !== null && <span data-testid="region-median"> · {i.t('regionMedian')} {formatValue(mid, fmt)}</span>}
        {measure.kind === 'ratio' && ` · ${i.t('smallGuard', { min: minSize ?? 0 })}`}
        {measure.kind === 'metric' && breakNoteOf(measure.def, i.lang) && ` · ${i.t('breakNote')}: ${breakNoteOf(measure.def, i.lang)}`}
      </p>
      <ul className="colour-key" aria-label={i.t('level')}>
        {Object.entries(LEVEL_GROUP_COLOURS).map(([g, c]) => <li key={g}><i style={{ background: c }} />{i.levelGroup(g)}</li>)}
      </ul>
      <QueryNote error={r.error} empty={!r.loading && !r.error && rows.length === 0} />
      <ChartPanel id="compare" option={chart?.option ?? null} order={chart?.order} height={Math.max(240, 70 + shown * 22)} busy={r.loading}
        embed={{ state: { ...state, year } }} embedTitle={`${label} · ${year ?? ''}`}
        onItemClick={(idx) => { const row = rows[idx]; if (row) set({ view: 'report', report: String(row.report_id) }); }}
        table={<SimpleTable testId="compare-table" rows={rows} columns={[
          { key: 'agency_short', label: i.t('agency'), render: (x) => <>{String(x.agency_short ?? x.agency ?? '')}<OriginBadge origin={x.origin} /></> },
          { key: 'level', label: i.t('level'), render: (x) => i.level(x.level as string) },
          { key: 'province', label: i.t('province') },
          { key: 'value', label: `${label}${unit ? ` (${unit})` : ''}`, numeric: true, render: (x) => formatValue(x.value, fmt) + (x.small ? ' *' : '') },
        ]} />} />
    </section>
  );
}
