// 对比 Compare: a catalogue metric (or ratio) for one year, agencies side by side, best first.
import { useMemo } from 'react';
import { compareQuery } from '../../data/queries';
import { rankingChart } from '../../charts/ranking';
import { LEVEL_GROUP_COLOURS } from '../../charts/coverage';
import { levelGroupOf } from '../../domain/levels';
import { formatValue } from '../../charts/format';
import { ChartPanel } from '../components/ChartPanel';
import { SimpleTable } from '../components/SimpleTable';
import { LevelSelect, MetricSelect, QueryNote, RegionSelect, YearSelect } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { effectiveYear, useRegions, useYears } from '../useLookups';
import { breakNoteOf, useI18n } from '../i18n';
import { downloadCsv } from '../download';
import type { ViewProps } from './types';
import { useMeasure } from '../useMeasure';
import { OriginBadge } from '../import/OriginBadge';
import { isMine, withMine } from '../origin';

export function CompareView({ state, set }: ViewProps) {
  const i = useI18n();
  const years = useYears();
  const regions = useRegions();
  const year = effectiveYear(state.year, years);
  const { measure, minSize, fmt, label, unit } = useMeasure(state);
  const q = year === null ? null : compareQuery({
    measure, year, levelGroup: state.level, region: state.region, includeRegion: state.includeRegion, minSize,
  });
  const r = useDataQuery(q);
  const rows = r.data?.rows ?? [];
  const chart = useMemo(() => (rows.length ? rankingChart(rows.map((x) => ({
    name: withMine(String(x.agency_short ?? x.agency ?? '—'), isMine(x.origin), i.lang), value: x.value == null ? null : Number(x.value), mine: isMine(x.origin),
    detail: [i.level(x.level as string), x.province].filter(Boolean).join(' · '),
    colour: LEVEL_GROUP_COLOURS[levelGroupOf(String(x.level)) ?? ''] ?? '#999',
  })), { title: `${label} · ${year}`, unit, format: fmt }) : null), [rows, label, unit, fmt, year, i]);
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
        <RegionSelect value={state.region} regions={regions} onChange={(v) => set({ region: v })} />
        <label className="check"><input type="checkbox" checked={state.includeRegion} onChange={(e) => set({ includeRegion: e.target.checked })} />{i.t('includeRegion')}</label>
        {measure.kind === 'ratio' && (
          <label>{i.t('minSize')}
            <input type="number" min={0} value={minSize} onChange={(e) => set({ minSize: e.target.value === '' ? null : Math.max(0, Number(e.target.value)) }, { replace: true })} />
          </label>
        )}
        <button type="button" onClick={csv} disabled={!rows.length} data-testid="compare-csv">{i.t('downloadCsv')}</button>
      </div>
      <p className="note" data-testid="compare-note">
        {i.t('ranked', { n: ranked, total })}
        {measure.kind === 'ratio' && ` · ${i.t('smallGuard', { min: minSize ?? 0 })}`}
        {measure.kind === 'metric' && breakNoteOf(measure.def, i.lang) && ` · ${i.t('breakNote')}: ${breakNoteOf(measure.def, i.lang)}`}
      </p>
      <ul className="colour-key" aria-label={i.t('level')}>
        {Object.entries(LEVEL_GROUP_COLOURS).map(([g, c]) => <li key={g}><i style={{ background: c }} />{i.levelGroup(g)}</li>)}
      </ul>
      <QueryNote error={r.error} empty={!r.loading && !r.error && rows.length === 0} />
      <ChartPanel id="compare" option={chart?.option ?? null} order={chart?.order} height={Math.max(240, 70 + shown * 22)} busy={r.loading}
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
