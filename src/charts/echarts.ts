// ECharts with only the parts we draw (tree-shaken): bars, lines, rect scatter; canvas on screen,
// SVG for downloads and for rendering in Node (tests).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, MarkLineComponent, MarkAreaComponent, MarkPointComponent, DataZoomComponent,
} from 'echarts/components';
import type {
  GridComponentOption, TooltipComponentOption, LegendComponentOption, TitleComponentOption, MarkLineComponentOption,
  MarkAreaComponentOption, MarkPointComponentOption, DataZoomComponentOption,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { LegacyGridContainLabel } from 'echarts/features';

echarts.use([
  BarChart, LineChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, MarkLineComponent,
  MarkAreaComponent, MarkPointComponent, DataZoomComponent, CanvasRenderer, SVGRenderer, LegacyGridContainLabel,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption
  | LegendComponentOption | TitleComponentOption | MarkLineComponentOption | MarkAreaComponentOption | MarkPointComponentOption | DataZoomComponentOption
>;

export { echarts };

/** A chart whose marks can be clicked: `order[i]` is the index, in the builder's input, of the i-th
 * plotted datum (ECharts' `dataIndex`). Builders sort, filter and reverse their input; the caller maps
 * a click back through `order` instead of repeating that logic (where a slip opens the wrong report). */
export interface ClickableChart {
  option: ChartOption;
  order: readonly number[];
}

/** Renders an option to an SVG string without a DOM (downloads, tests). */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
