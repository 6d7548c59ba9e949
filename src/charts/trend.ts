// 趋势 Trends: one line per agency over the years; format eras shaded on the axis, and a marked
// line where the catalogue says the concept changed.
import type { ChartOption } from './echarts';
import { escapeHtml } from './escape';
import { formatValue, type ValueFormat } from './format';

export interface TrendPoint { agency: string; year: number; value: number | null; change?: number | null }

export interface TrendLabels {
  title: string;
  unit: string;
  format: ValueFormat;
  /** label for an era band, e.g. '2019 format' */
  eraLabel: (era: string) => string;
  breakLabel: string;
}

/** The national format in force for a report year. */
export function eraOfYear(year: number): '2008' | '2019' | '2021' {
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : '2008';
}

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
        const { seriesName, name } = p as { seriesName: string; name: string };
        const pt = byKey.get(`${seriesName}\u0000${name}`);
        const change = pt?.change == null ? '' : `<br/>Δ ${escapeHtml(formatValue(pt.change, labels.format))}`;
        return `<b>${escapeHtml(seriesName)}</b> · ${escapeHtml(name)}<br/>${escapeHtml(formatValue(pt?.value ?? null, labels.format))} ${escapeHtml(labels.unit)}${change}`;
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
