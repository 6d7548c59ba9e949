// 趋势 Trends: one line per agency over the years; format eras shaded on the axis, a marked line where
// the catalogue says the concept changed, and a pin where the agency itself changed (renamed, merged).
import { eraOfYear } from '../domain/eras';
import type { ChartOption } from './echarts';
import { escapeHtml } from './escape';
import { formatValue, type ValueFormat } from './format';

export interface TrendPoint {
  /** the line: one agency followed over the years (its lineage) */
  agency: string;
  year: number;
  value: number | null;
  change?: number | null;
  /** the name the report was written under, when it is not `agency` */
  name?: string;
  /** the body changed at this point: the previous report was written under this other name */
  renamedFrom?: string;
}

export interface TrendLabels {
  title: string;
  unit: string;
  format: ValueFormat;
  /** label for an era band, e.g. '2019 format' */
  eraLabel: (era: string) => string;
  breakLabel: string;
  /** label of the pin where an agency's name changed, e.g. '更名' */
  renameLabel?: string;
}

export { eraOfYear };

export function trendOption(points: readonly TrendPoint[], breaks: readonly number[], labels: TrendLabels): ChartOption {
  const years = points.map((p) => p.year);
  const lo = Math.min(...years, ...(years.length ? [] : [2019]));
  const hi = Math.max(...years, ...(years.length ? [] : [2021]));
  const axis = Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
  const agencies = [...new Set(points.map((p) => p.agency))];
  const byKey = new Map(points.map((p) => [`${p.agency}\u0000${p.year}`, p]));
  const eraBands: { era: string; from: string; to: string }[] = [];
  for (const y of axis) {
    const era = eraOfYear(Number(y));
    const last = eraBands[eraBands.length - 1];
    if (last && last.era === era) last.to = y; else eraBands.push({ era, from: y, to: y });
  }
  const breaksShown = breaks.filter((b) => b >= lo && b <= hi).map(String);
  return {
    animation: false,
    title: { text: labels.title, left: 0, textStyle: { fontSize: 14 } },
    legend: { type: 'scroll', bottom: 0, data: agencies },
    grid: { left: 8, right: 24, top: 64, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { seriesName, name, componentType } = p as { seriesName: string; name: string; componentType?: string };
        // a pin where the body changed: its name is the body the line continued from
        if (componentType === 'markPoint') return `<b>${escapeHtml(seriesName)}</b><br/>${escapeHtml(labels.renameLabel ?? '')} ← ${escapeHtml(name)}`;
        const pt = byKey.get(`${seriesName}\u0000${name}`);
        const change = pt?.change == null ? '' : `<br/>Δ ${escapeHtml(formatValue(pt.change, labels.format))}`;
        const asName = pt?.name && pt.name !== seriesName ? `<br/><span style="opacity:.7">${escapeHtml(pt.name)}</span>` : '';
        const renamed = pt?.renamedFrom ? `<br/><span style="opacity:.7">${escapeHtml(labels.renameLabel ?? '')} ← ${escapeHtml(pt.renamedFrom)}</span>` : '';
        return `<b>${escapeHtml(seriesName)}</b> · ${escapeHtml(name)}${asName}<br/>${escapeHtml(formatValue(pt?.value ?? null, labels.format))} ${escapeHtml(labels.unit)}${change}${renamed}`;
      },
    },
    xAxis: {
      type: 'category', data: axis, boundaryGap: false,
      axisLabel: { formatter: (y: string) => `${y}\n${labels.eraLabel(eraOfYear(Number(y)))}`, interval: 0, fontSize: 10 },
    },
    // the unit left-aligned above the axis, below the title (it overlapped the title on phones)
    yAxis: { type: 'value', name: labels.unit, nameGap: 10, nameTextStyle: { align: 'left', fontSize: 11 } },
    series: agencies.map((agency, i) => ({
      type: 'line' as const,
      name: agency,
      connectNulls: false,
      data: axis.map((y) => byKey.get(`${agency}\u0000${y}`)?.value ?? null),
      // where the body changed (a rename or merger in the lineage table): a pin on its own line
      ...(renames(points, agency).length ? {
        markPoint: {
          // no text inside the pin (it does not fit); the tooltip and the table name the change
          symbol: 'pin', symbolSize: 22, itemStyle: { color: '#e08e0b' }, label: { show: false },
          data: renames(points, agency).map((p) => ({ coord: [String(p.year), p.value ?? 0], name: p.renamedFrom })) as never,
        },
      } : {}),
      ...(i === 0 ? {
        markArea: {
          silent: true,
          itemStyle: { opacity: 0.08 },
          // a plain grey label: the band colour with ECharts' automatic outline blurs at this size
          label: { position: 'insideTop' as const, fontSize: 10, color: '#555', textBorderWidth: 0 },
          data: eraBands.map((b, k) => [
            { xAxis: b.from, name: labels.eraLabel(b.era), itemStyle: { color: k % 2 ? '#888' : '#3b6ea8' } },
            { xAxis: b.to },
          ]) as never,
        },
        markLine: breaksShown.length ? {
          silent: true, symbol: 'none', lineStyle: { type: 'dashed' as const, color: '#c0392b' },
          label: { formatter: labels.breakLabel, color: '#c0392b' },
          data: breaksShown.map((b) => ({ xAxis: b })),
        } : undefined,
      } : {}),
    })),
  };
}

const renames = (points: readonly TrendPoint[], agency: string) => points.filter((p) => p.agency === agency && p.renamedFrom);
