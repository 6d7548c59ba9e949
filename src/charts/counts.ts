// 概览 Overview: reports and agencies counted by level or province.
import type { ChartOption } from './echarts';
import { escapeHtml } from './escape';

export interface CountDatum { key: string; label: string; reports: number; agencies: number }

export function countsOption(data: readonly CountDatum[], labels: { title: string; reports: string; agencies: string }): ChartOption {
  return {
    animation: false,
    title: { text: labels.title, left: 0, textStyle: { fontSize: 14 } },
    legend: { top: 0, right: 0, data: [labels.reports, labels.agencies] },
    grid: { left: 8, right: 8, top: 52, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataIndex, seriesName, value } = p as { dataIndex: number; seriesName: string; value: number };
        return `<b>${escapeHtml(data[dataIndex].label)}</b><br/>${escapeHtml(seriesName)}: ${escapeHtml(value)}`;
      },
    },
    xAxis: { type: 'category', data: data.map((d) => d.label), axisLabel: { interval: 0, rotate: data.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: labels.reports, data: data.map((d) => d.reports), itemStyle: { color: '#3b6ea8' } },
      { type: 'bar', name: labels.agencies, data: data.map((d) => d.agencies), itemStyle: { color: '#9cb8d8' } },
    ],
  };
}
