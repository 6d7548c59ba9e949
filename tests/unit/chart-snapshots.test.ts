// One file snapshot per chart builder: the chart rendered to SVG in Node (ECharts SSR). A change to
// a builder shows up as a diff of the picture's markup that is reviewed in the commit; rewrite them
// on purpose with `npx vitest run tests/unit/chart-snapshots.test.ts -u`. The data are invented.
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/echarts';
import { rankingChart } from '../../src/charts/ranking';
import { coverageChart } from '../../src/charts/coverage';
import { trendOption } from '../../src/charts/trend';
import { countsOption } from '../../src/charts/counts';

const fmt = { display: 'number' as const, notReported: '未报告', locale: 'zh-CN' };
const snap = (name: string) => `./__snapshots__/charts/${name}.svg`;
/** ECharts numbers its SVG clip paths and gradients with a counter that runs across every chart this
 * process has drawn: renumbered per picture, the snapshot depends on the builder alone. */
function stable(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/zr\d+-(?:cls-\d+|c\d+)/g, (id) => {
    if (!ids.has(id)) ids.set(id, `zr-${ids.size}`);
    return ids.get(id)!;
  });
}
const render = (...args: Parameters<typeof renderSvg>) => stable(renderSvg(...args));

describe('chart builders, rendered (file snapshots)', () => {
  it('ranking', async () => {
    const chart = rankingChart([
      { name: '甲街道', value: 30, colour: '#3b6ea8' }, { name: '乙镇（我的）', value: 12, colour: '#3b6ea8', mine: true },
      { name: '丙区', value: 5, colour: '#2a9d8f' }, { name: '丁局', value: null },
    ], { title: '收到申请数 · 2024', unit: '件', format: fmt });
    await expect(render(chart.option, 640, 220)).toMatchFileSnapshot(snap('ranking'));
  });
  it('coverage, wide and phone width', async () => {
    const cells = [2009, 2012, 2015, 2018, 2019, 2020, 2021, 2024].flatMap((year, k) => [
      { agency: '甲局', year, era: year < 2019 ? '2008' : year < 2021 ? '2019' : '2021', errors: k % 3 === 0 ? 1 : 0, warnings: k % 2 },
      ...(year >= 2019 ? [{ agency: '乙片区', year, era: year < 2021 ? '2019' : '2021', errors: 0, warnings: 0 }] : []),
    ]);
    const chart = coverageChart(cells, 'era', { title: '报告覆盖', tooltip: () => '' });
    await expect(render(chart.option, 1200, 160)).toMatchFileSnapshot(snap('coverage-wide'));
    await expect(render(chart.option, 340, 160)).toMatchFileSnapshot(snap('coverage-phone'));
  });
  it('trend with era bands and a break', async () => {
    const pts = [2017, 2018, 2019, 2020, 2021, 2022].flatMap((year, k) => [
      { agency: '甲局', year, value: 10 + k * 3, ...(year === 2020 ? { renamedFrom: '甲县旧局' } : {}) },
      { agency: '乙局', year, value: k === 2 ? null : 20 - k },
    ]);
    const option = trendOption(pts, [2019], { title: '收到申请数', unit: '件', format: fmt, eraLabel: (e) => `${e}版`, breakLabel: '口径变化', renameLabel: '变更' });
    await expect(render(option, 640, 320)).toMatchFileSnapshot(snap('trend'));
  });
  it('counts by level', async () => {
    const option = countsOption([
      { key: 'department', label: '部门', reports: 40, agencies: 30 }, { key: 'township', label: '乡镇', reports: 4, agencies: 4 },
    ], { title: '按层级 · 2024', reports: '报告数', agencies: '机关数' });
    await expect(render(option, 480, 240)).toMatchFileSnapshot(snap('counts'));
  });
});
