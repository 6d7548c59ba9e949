// 概览 Overview: which agencies reported for which years, one square per report, coloured by era
// or by open findings.
import type { ChartOption, ClickableChart } from './echarts';
import { escapeHtml } from './escape';
import { MINE_OUTLINE } from './mine';

export interface CoverageCell {
  agency: string; year: number; era: string | null; errors: number; warnings: number;
  /** the user's own report (outlined; the caller marks the agency's label) */
  mine?: boolean;
  /** the name the report was written under, when the row is a lineage under a later name */
  asName?: string | null;
}
export type CoverageColour = 'era' | 'findings';

export const ERA_COLOURS: Record<string, string> = { '2008': '#8e6fb5', '2019': '#3b6ea8', '2021': '#2a9d8f', unknown: '#999' };
/** One colour per level group (compare view: agencies grouped by level). */
export const LEVEL_GROUP_COLOURS: Record<string, string> = {
  township: '#3b6ea8', county: '#2a9d8f', city: '#8e6fb5', province: '#c0392b', department: '#e08e0b',
};
export const FINDING_COLOURS = { none: '#4caf50', warnings: '#f0a030', errors: '#d64541' };

export function findingColour(c: CoverageCell): string {
  return c.errors > 0 ? FINDING_COLOURS.errors : c.warnings > 0 ? FINDING_COLOURS.warnings : FINDING_COLOURS.none;
}

export interface CoverageLabels { title: string; tooltip: (c: CoverageCell) => string }

/** One square per cell, in input order (so `order` is the identity). `emptyRows` are units with no
 * report at all (a region's units that did not publish): rows with no square, after the others. */
export function coverageChart(cells: readonly CoverageCell[], colour: CoverageColour, labels: CoverageLabels, emptyRows: readonly string[] = []): ClickableChart {
  return { option: coverageOption(cells, colour, labels, emptyRows), order: cells.map((_, i) => i) };
}

function coverageOption(cells: readonly CoverageCell[], colour: CoverageColour, labels: CoverageLabels, emptyRows: readonly string[]): ChartOption {
  const agencies = [...new Set([...cells.map((c) => c.agency), ...emptyRows])];
  const years = cells.map((c) => c.year);
  const lo = years.length ? Math.min(...years) : 2019;
  const hi = years.length ? Math.max(...years) : 2021;
  const axis = Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
  return {
    animation: false,
    title: { text: labels.title, left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 8, right: 16, top: 36, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const c = cells[(p as { dataIndex: number }).dataIndex];
        const as = c.asName ? `<br/><span style="opacity:.7">${escapeHtml(c.asName)}</span>` : '';
        return `<b>${escapeHtml(c.agency)}</b> · ${c.year}${as}<br/>${escapeHtml(labels.tooltip(c))}`;
      },
    },
    xAxis: { type: 'category', data: axis, splitLine: { show: true } },
    yAxis: { type: 'category', data: agencies, inverse: true, axisLabel: { width: labelWidth(WIDE), overflow: 'truncate' } },
    series: [{
      type: 'scatter', symbol: 'rect', symbolSize: [cellWidth(WIDE, axis.length), 14], name: labels.title,
      data: cells.map((c) => ({
        value: [String(c.year), c.agency],
        itemStyle: { color: colour === 'era' ? ERA_COLOURS[c.era ?? 'unknown'] ?? ERA_COLOURS.unknown : findingColour(c), ...(c.mine ? MINE_OUTLINE : {}) },
      })),
    }],
    // Narrow charts (phones) get narrower squares and labels so neighbouring years never overlap.
    // ECharts applies every matching query in order: widest first, so the narrowest match wins.
    media: NARROW.map((w) => ({
      query: { maxWidth: w },
      option: { yAxis: { axisLabel: { width: labelWidth(w) } }, series: [{ symbolSize: [cellWidth(w, axis.length), 14] }] },
    })),
  } as ChartOption;
}

const WIDE = 1200;
const NARROW = [1000, 800, 640, 520, 420, 360];
const labelWidth = (chartWidth: number) => (chartWidth <= 520 ? 96 : 140);

/** Square width so that `years` columns fit beside the labels, with a gap: at most 22 px. */
export function cellWidth(chartWidth: number, years: number): number {
  const plot = chartWidth - 24 - labelWidth(chartWidth) - 16;
  return Math.max(3, Math.min(22, Math.floor(plot / Math.max(1, years)) - 3));
}
