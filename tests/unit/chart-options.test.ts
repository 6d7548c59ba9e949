import { describe, expect, it } from 'vitest';
import { renderSvg, type ChartOption } from '../../src/charts/echarts';
import { rankingChart } from '../../src/charts/ranking';
import { trendOption, eraOfYear } from '../../src/charts/trend';
import { cellWidth, coverageChart, ERA_COLOURS, FINDING_COLOURS } from '../../src/charts/coverage';
import { countsOption } from '../../src/charts/counts';
import { escapeHtml } from '../../src/charts/escape';
import { formatValue } from '../../src/charts/format';
import { MINE_OUTLINE } from '../../src/charts/mine';
import type { CoverageCell, CoverageColour, CoverageLabels } from '../../src/charts/coverage';
import type { RankingDatum, RankingLabels } from '../../src/charts/ranking';

const rankingOption = (d: readonly RankingDatum[], l: RankingLabels, max?: number) => rankingChart(d, l, max).option;
const coverageOption = (c: readonly CoverageCell[], colour: CoverageColour, l: CoverageLabels) => coverageChart(c, colour, l).option;

const EVIL = '<img src=x onerror=alert(1)>';
const fmt = { display: 'number' as const, notReported: '未报告', locale: 'zh-CN' };

function tooltip(option: ChartOption, params: Record<string, unknown>): string {
  const t = option.tooltip as { formatter: (p: unknown) => string };
  return t.formatter(params);
}
function series(option: ChartOption): { type: string; name?: string; data: unknown[] }[] {
  return option.series as never;
}

describe('rankingOption', () => {
  const data = [
    { name: '甲街道', value: 30, detail: 'street' },
    { name: EVIL, value: 5 },
    { name: '丙区', value: null },
  ];
  const option = rankingOption(data, { title: '收到申请数', unit: '件', format: fmt });
  it('plots only reported figures, best at the top (category axis bottom-up)', () => {
    expect(series(option)[0].data).toEqual([5, 30]);
    const grouped = rankingOption([{ name: 'a', value: 2, colour: '#123456' }], { title: 'T', unit: '', format: fmt });
    expect(series(grouped)[0].data).toEqual([{ value: 2, itemStyle: { color: '#123456' } }]);
    expect((option.yAxis as { data: string[] }).data).toEqual([EVIL, '甲街道']);
  });
  it('returns the input index of every bar, so a click opens the right report (regression: the view re-derived the order by hand)', () => {
    const ranked = [{ name: 'a', value: 9 }, { name: 'b', value: null }, { name: 'c', value: 4 }, { name: 'd', value: 1 }];
    const chart = rankingChart(ranked, { title: 'T', unit: '', format: fmt }, 2);
    // best two reported, drawn bottom-up: c (input 2) first, then a (input 0)
    expect(chart.order).toEqual([2, 0]);
    expect((chart.option.yAxis as { data: string[] }).data).toEqual(chart.order.map((i) => ranked[i].name));
  });
  it("outlines the user's own report's bar, keeping its level colour", () => {
    const o = rankingOption([{ name: 'a（我的）', value: 2, colour: '#123456', mine: true }, { name: 'b', value: 1 }], { title: 'T', unit: '', format: fmt });
    expect(series(o)[0].data).toEqual([1, { value: 2, itemStyle: { color: '#123456', ...MINE_OUTLINE } }]);
    expect(renderSvg(o, 400, 200)).toContain('a（我的）');
  });
  it('escapes the agency name in the tooltip', () => {
    const html = tooltip(option, { dataIndex: 0 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
  it('renders to SVG in Node with the Chinese title and no raw markup from data', () => {
    const svg = renderSvg(option, 600, 300);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('收到申请数');
    expect(svg).toContain('甲街道');
    expect(svg).not.toContain('<img');
  });
});

describe('trendOption', () => {
  const pts = [
    { agency: '甲街道', year: 2018, value: 6 }, { agency: '甲街道', year: 2020, value: 30, change: 20 },
    { agency: EVIL, year: 2019, value: 1 },
  ];
  const option = trendOption(pts, [2019], {
    title: 'T', unit: '件', format: fmt, eraLabel: (e) => `${e}式`, breakLabel: '口径变化',
  });
  it('one line per agency over every year, gaps where the figure is missing', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2018', '2019', '2020']);
    expect(series(option).map((s) => s.name)).toEqual(['甲街道', EVIL]);
    expect(series(option)[0].data).toEqual([6, null, 30]);
  });
  it('marks the break year and shades the format eras', () => {
    const s0 = series(option)[0] as unknown as { markLine: { data: unknown[] }; markArea: { data: unknown[] } };
    expect(s0.markLine.data).toEqual([{ xAxis: '2019' }]);
    expect(s0.markArea.data.length).toBe(2);
    expect(eraOfYear(2018)).toBe('2008');
    expect(eraOfYear(2021)).toBe('2021');
  });
  it('pins the year where an agency changed (rename or merger) on its own line, and names the old body in the tooltip', () => {
    const o = trendOption([
      { agency: '戊局', year: 2018, value: 6, name: '戊县旧局' }, { agency: '戊局', year: 2019, value: 9, renamedFrom: '戊县旧局' },
      { agency: '己局', year: 2019, value: 1 },
    ], [], { title: 'T', unit: '件', format: fmt, eraLabel: (e) => e, breakLabel: 'b', renameLabel: '机构变更' });
    const [s0, s1] = series(o) as unknown as { markPoint?: { data: { coord: unknown[]; name: string }[] } }[];
    expect(s0.markPoint!.data).toEqual([{ coord: ['2019', 9], name: '戊县旧局' }]);
    expect(s1.markPoint).toBeUndefined();
    expect(tooltip(o, { seriesName: '戊局', name: '2018' })).toContain('戊县旧局');
    expect(tooltip(o, { seriesName: '戊局', name: '2019' })).toContain('机构变更 ← 戊县旧局');
    // hovering the pin itself names the change (its label does not fit inside the pin)
    expect(tooltip(o, { seriesName: '戊局', name: '戊县旧局', componentType: 'markPoint' })).toContain('机构变更 ← 戊县旧局');
  });
  it('escapes names in the tooltip and renders SVG', () => {
    const html = tooltip(option, { seriesName: EVIL, name: '2019' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
    const svg = renderSvg(option, 640, 360);
    expect(svg).toContain('口径变化');
    expect(svg).not.toContain('<img');
  });
});

describe('coverageOption and countsOption', () => {
  const cells = [
    { agency: '甲街道', year: 2018, era: '2008', errors: 0, warnings: 0 },
    { agency: '甲街道', year: 2020, era: '2019', errors: 1, warnings: 0 },
    { agency: EVIL, year: 2020, era: '2019', errors: 0, warnings: 2 },
  ];
  it('coverage squares are plotted in input order', () => {
    expect(coverageChart(cells, 'era', { title: 'C', tooltip: () => '' }).order).toEqual([0, 1, 2]);
  });
  it('colours squares by era or by open findings', () => {
    const byEra = series(coverageOption(cells, 'era', { title: 'C', tooltip: () => '' }))[0].data as { itemStyle: { color: string } }[];
    expect(byEra.map((d) => d.itemStyle.color)).toEqual([ERA_COLOURS['2008'], ERA_COLOURS['2019'], ERA_COLOURS['2019']]);
    const byFindings = coverageOption(cells, 'findings', { title: 'C', tooltip: (c: CoverageCell) => `${c.errors}` });
    expect((series(byFindings)[0].data as { itemStyle: { color: string } }[]).map((d) => d.itemStyle.color))
      .toEqual([FINDING_COLOURS.none, FINDING_COLOURS.errors, FINDING_COLOURS.warnings]);
    expect(tooltip(byFindings, { dataIndex: 2 })).not.toContain('<img');
    expect(renderSvg(byFindings, 500, 300)).not.toContain('<img');
  });
  it('coverage squares on a phone-width chart do not overlap (regression: 15 years drawn 22 px wide in 200 px)', () => {
    for (const [width, years] of [[340, 15], [360, 30], [800, 15], [1200, 15]]) {
      expect(cellWidth(width, years) + 2).toBeLessThanOrEqual((width - 24 - (width <= 520 ? 96 : 140) - 16) / years);
    }
    expect(cellWidth(1200, 15)).toBe(22);
    const fifteenYears = [...cells, { agency: '乙镇', year: 2006, era: '2008', errors: 0, warnings: 0 }];
    const narrow = cellWidth(360, 15); // the narrowest breakpoint, used by charts up to 360 px wide
    expect(narrow).toBeLessThan(22);
    // squares drawn at the narrow width (the rect path's x-scale is half the width), wide ones at 22
    expect(renderSvg(coverageOption(fifteenYears, 'era', { title: 'C', tooltip: () => '' }), 340, 200)).toContain(`matrix(${narrow / 2},0,0,7,`);
    expect((narrow + 1) * 15).toBeLessThanOrEqual(340 - 24 - 96 - 16); // still fits at 340 px
    expect(renderSvg(coverageOption(fifteenYears, 'era', { title: 'C', tooltip: () => '' }), 1200, 200)).toContain('matrix(11,0,0,7,');
  });
  it("outlines the user's own reports", () => {
    const data = series(coverageOption([{ ...cells[0], mine: true }, cells[1]], 'era', { title: 'C', tooltip: () => '' }))[0].data as { itemStyle: Record<string, unknown> }[];
    expect(data[0].itemStyle).toMatchObject(MINE_OUTLINE);
    expect(data[1].itemStyle.borderType).toBeUndefined();
  });
  it('counts by level: reports and agencies side by side', () => {
    const o = countsOption([{ key: 'street', label: '街道', reports: 4, agencies: 2 }, { key: 'x', label: EVIL, reports: 1, agencies: 1 }],
      { title: 'L', reports: '报告', agencies: '机关' });
    expect(series(o).map((s) => s.data)).toEqual([[4, 1], [2, 1]]);
    expect(tooltip(o, { dataIndex: 1, seriesName: '报告', value: 1 })).toContain('&#60;img');
    expect(renderSvg(o, 400, 300)).toContain('街道');
  });
});

describe('escapeHtml and formatValue', () => {
  it('escapes the characters that open markup or attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;');
  });
  it('a missing figure is "not reported", never 0', () => {
    expect(formatValue(null, fmt)).toBe('未报告');
    expect(formatValue(0, fmt)).toBe('0');
    expect(formatValue(66.666, { ...fmt, display: 'percent' })).toBe('66.7%');
  });
});
