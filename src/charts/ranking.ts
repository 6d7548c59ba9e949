// 对比 Compare: agencies side by side as a sorted horizontal bar chart.
import type { ClickableChart } from './echarts';
import { escapeHtml } from './escape';
import { formatValue, type ValueFormat } from './format';
import { MINE_OUTLINE } from './mine';

export interface RankingDatum {
  name: string;
  value: number | null;
  /** extra line for the tooltip (level, province) */
  detail?: string;
  /** bar colour (agencies grouped by level share a colour) */
  colour?: string;
  /** the user's own report: drawn with a dark outline (the caller also marks the name) */
  mine?: boolean;
}

export interface RankingLabels {
  title: string; unit: string; format: ValueFormat;
  /** a reference line (a region's median), drawn across the bars with its label */
  median?: { value: number; label: string } | null;
}

/** Bars for the agencies that gave the figure, best at the top (at most `maxBars`). The input is
 * ranked best first; the category axis runs bottom-up, so the plotted order is reversed. */
export function rankingChart(data: readonly RankingDatum[], labels: RankingLabels, maxBars = 40): ClickableChart {
  const order = data.flatMap((d, i) => (d.value !== null ? [i] : [])).slice(0, maxBars).reverse();
  const shown = order.map((i) => data[i]);
  const option: ClickableChart['option'] = {
    animation: false,
    title: { text: labels.title, left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 8, right: 48, top: 36, bottom: 36, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number };
        const d = shown[dataIndex];
        return `<b>${escapeHtml(d.name)}</b><br/>${escapeHtml(formatValue(d.value, labels.format))} ${escapeHtml(labels.unit)}`
          + (d.detail ? `<br/><span style="opacity:.7">${escapeHtml(d.detail)}</span>` : '');
      },
    },
    // the unit under the axis, centred: at the axis end it ran off narrow charts
    xAxis: { type: 'value', name: labels.unit, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: shown.map((d) => d.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{
      type: 'bar', name: labels.title, itemStyle: { color: '#3b6ea8' },
      data: shown.map((d) => (d.colour || d.mine ? { value: d.value, itemStyle: { ...(d.colour ? { color: d.colour } : {}), ...(d.mine ? MINE_OUTLINE : {}) } } : d.value)),
      label: { show: true, position: 'right', formatter: (p: unknown) => formatValue((p as { value: number }).value, labels.format) },
      ...(labels.median ? {
        markLine: {
          symbol: 'none', silent: true, lineStyle: { color: '#c0392b', type: 'dashed' },
          label: { formatter: `${labels.median.label} ${formatValue(labels.median.value, labels.format)}` },
          data: [{ xAxis: labels.median.value }],
        },
      } : {}),
    }],
  };
  return { option, order };
}
