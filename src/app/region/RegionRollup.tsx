// A region's rollup on the Trends view: a summable metric (the catalogue says which) added up over the
// region's units one level down, per year, always with its coverage ("2022: 28 of 32 units"). With
// "same units in both years" each year shows only the units that gave the figure in that year and the
// year before, so a change in coverage never reads as a change in the figures.
import { useMemo } from 'react';
import { rollupQuery, type RollupRow } from '../../data/queries';
import { trendOption } from '../../charts/trend';
import { formatValue } from '../../charts/format';
import { measureBreaks } from '../../domain/measures';
import { ChartPanel } from '../components/ChartPanel';
import { SimpleTable } from '../components/SimpleTable';
import { QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { useI18n } from '../i18n';
import { useMeasure } from '../useMeasure';
import { downloadCsv } from '../download';
import type { ViewProps } from '../views/types';
import { useDivisionTree } from './useDivisionTree';
import { useRegionUnits } from './useRegionUnits';
import { regionLabel } from './regionLabel';

/** The value a year's point shows: the plain sum, or the sum over the same units as the year before. */
function pointOf(row: RollupRow, same: boolean): { value: number | null; change: number | null } {
  if (!same) return { value: row.total == null ? null : Number(row.total), change: null };
  if (row.same_current == null) return { value: null, change: null };
  return { value: Number(row.same_current), change: Number(row.same_current) - Number(row.same_previous ?? 0) };
}

export function RegionRollup({ state, set }: ViewProps) {
  const i = useI18n();
  const tree = useDivisionTree();
  const units = useRegionUnits(state.region);
  const { measure, fmt, label, unit } = useMeasure(state);
  const summable = measure.kind === 'metric' && measure.def.summable;
  const q = useDataQuery(units && summable ? rollupQuery({ units: units.units.map((n) => n.code), metric: measure.key }) : null);
  const rows = useMemo(() => q.data?.rows ?? [], [q.data]);
  const name = regionLabel(tree, state.region, i);
  const option = useMemo(() => (rows.length ? trendOption(rows.map((r) => ({ agency: name, year: Number(r.report_year), ...pointOf(r, state.sameUnits) })),
    measureBreaks(measure), { title: `${name} · ${label}`, unit, format: fmt, eraLabel: (era) => i.t('eraLabel', { era }), breakLabel: i.t('breakNote') }) : null),
  [rows, name, measure, label, unit, fmt, i, state.sameUnits]);
  if (!units) return <p className="note" data-testid="rollup-hint">{i.t('rollupPickRegion')}</p>;
  const coverage = rows.map((r) => i.t('rollupCoverage', { year: r.report_year, n: r.units_reported, total: r.expected })).join('；');
  return (
    <section data-testid="region-rollup" aria-labelledby="rollup-title">
      <h3 id="rollup-title">{i.t('rollupTitle')} · {name}</h3>
      {!summable ? <p className="note" data-testid="rollup-not-summable">{i.t('rollupNotSummable')}</p> : (
        <>
          <div className="controls">
            <label className="check"><input type="checkbox" checked={state.sameUnits} data-testid="rollup-same-units"
              onChange={(e) => set({ sameUnits: e.target.checked })} />{i.t('rollupSameUnits')}</label>
            <button type="button" disabled={!rows.length} onClick={() => downloadCsv(`rollup-${state.region}-${measure.key}.csv`,
              ['report_year', 'expected', 'units_reported', 'units_with_value', 'total', 'same_units', 'same_previous', 'same_current'], rows)}>{i.t('downloadCsv')}</button>
          </div>
          <p className="note" data-testid="rollup-coverage">{coverage}</p>
          <p className="note">{i.t('rollupNote')}</p>
          <QueryNote error={q.error} empty={!q.loading && !q.error && rows.length === 0} />
          <ChartPanel id="rollup" option={option} height={320} busy={q.loading}
            table={<SimpleTable testId="rollup-table" rows={rows} columns={[
              { key: 'report_year', label: i.t('year') },
              { key: 'total', label: `${i.t('rollupTotal')}${unit ? ` (${unit})` : ''}`, numeric: true, render: (r) => formatValue(r.total, fmt) },
              { key: 'units_reported', label: i.t('rollupReported'), numeric: true },
              { key: 'units_with_value', label: i.t('rollupWithValue'), numeric: true },
              { key: 'expected', label: i.t('rollupExpected'), numeric: true },
              ...(state.sameUnits ? [
                { key: 'same_units', label: i.t('rollupSameN'), numeric: true },
                { key: 'same_previous', label: i.t('rollupSamePrev'), numeric: true, render: (r: RollupRow) => formatValue(r.same_previous, fmt) },
                { key: 'same_current', label: i.t('rollupSameCur'), numeric: true, render: (r: RollupRow) => formatValue(r.same_current, fmt) },
              ] : []),
            ]} />} />
        </>
      )}
    </section>
  );
}
