// The Fujian/Fuzhou-style 附表 of the 2008 era (tests/fixtures/table2008, invented documents): a
// table with no 统计表 title, cells run together with their list numbers, a separated table with one
// glued row, a report that breaks "cumulative ≥ this year", a one-value table under a two-column
// header, the 2009 年末统计 table and the county 数量 table. The cumulative column never becomes a
// figure, and a cut that no rule decides is reported, not guessed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { parseProseFigures } from '../../src/extract/prose/index';
import { parseStatTable } from '../../src/extract/table2008/index';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Figure } from '../../src/extract/types';

const FIXTURES = resolve(__dirname, '../fixtures/table2008');
const load = (name: string) => normalizeText(readFileSync(resolve(FIXTURES, name), 'utf8'));
const byKey = (figs: Figure[]) => Object.fromEntries(figs.map((f) => [f.key, f.value]));
/** the table as the pipeline reads it: with the prose's figures (extractReport.ts does the same) */
const withProse = (name: string) => {
  const doc = load(name);
  return parseStatTable(doc, { stated: parseProseFigures(doc, '2008') });
};

describe('Fujian 附表 run together: the prose decides what the sums leave open', () => {
  it('finds the table under 附表 / 指标名称 although only the introduction says 统计表', () => {
    const r = withProse('fujian-anchored.txt');
    expect(r.found).toBe(true);
    // the introduction's 在…网站公开应当… is not the website row: the table's own row is read
    expect(byKey(r.figures).proactive_via_website).toBe(316);
  });

  it('reads every row, the 316 stated in the prose deciding 316925 and 3169022. (numbering 2.)', () => {
    const r = withProse('fujian-anchored.txt');
    expect(byKey(r.figures)).toEqual({
      proactive_total: 316, proactive_via_website: 316, proactive_via_gazette: 0,
      requests_received: 4, requests_received_in_person: 0, requests_received_online: 2, requests_received_by_fax: 0,
      requests_answered: 4, answered_granted: 3, answered_partially_granted: 0, answered_denied: 1,
      reconsideration_total: 1, litigation_total: 0,
    });
    expect(r.findings).toEqual([]);
    const values = r.figures.map((f) => f.value);
    for (const cum of [925, 902, 6, 5, 16925, 16902, 6925, 6902]) expect(values).not.toContain(cum);
    for (const f of r.figures) expect(f.source.kind).toBe('table');
  });

  it('without the prose, the total and the website row stay ambiguous (three cuts each)', () => {
    const r = parseStatTable(load('fujian-anchored.txt'));
    const k = byKey(r.figures);
    expect(k.proactive_total).toBeUndefined();
    expect(k.proactive_via_website).toBeUndefined();
    const amb = r.findings.filter((f) => f.code === 'CELL-AMBIGUOUS');
    expect(amb.map((f) => f.metrics[0]).sort()).toEqual(['proactive_total', 'proactive_via_website']);
    expect(amb[0].message).toContain('3 / 31 / 316');
    expect(amb[0].message_en).toContain('3 / 31 / 316');
    // the request rows are decided by their own sums, prose or not
    expect(k.requests_received).toBe(4);
  });

  it('a prose figure that is not one of the cuts decides nothing', () => {
    const doc = load('fujian-anchored.txt');
    const stated: Figure[] = parseProseFigures(doc, '2008').map((f) =>
      f.key === 'proactive_total' && f.state === 'number' ? { ...f, value: 300 } : f);
    const r = parseStatTable(doc, { stated });
    expect(byKey(r.figures).proactive_total).toBeUndefined();
    expect(byKey(r.figures).proactive_via_website).toBeUndefined();
  });

  it('the whole pipeline reports 316 from the table and no cumulative figure', () => {
    const x = extractReport({ name: 'fujian-anchored.txt', text: readFileSync(resolve(FIXTURES, 'fujian-anchored.txt'), 'utf8') });
    const m = Object.fromEntries(x.metrics.map((f) => [f.key, f.value]));
    expect(m.proactive_via_website).toBe(316);
    expect(m.requests_received_online).toBe(2);
    expect(Object.values(m)).not.toContain(925);
  });
});

describe('Fujian 附表: other layouts', () => {
  it('splits a lone run of digits that runs into the next label in a separated table (2156102.)', () => {
    const r = parseStatTable(load('fujian-mixed-glued.txt'));
    const k = byKey(r.figures);
    expect(k.proactive_total).toBe(215);
    expect(k.proactive_via_website).toBe(215); // 215 | 610 is the only cut within the total's 630
    expect(k.proactive_via_gazette).toBe(0);
    // a lone value followed by a space is one value and an empty cell: this year or cumulative is unknown
    expect(k.requests_received).toBeUndefined();
    expect(r.findings.find((f) => f.metrics.includes('requests_received'))?.code).toBe('CELL-UNREADABLE');
    expect(r.figures.map((f) => f.value)).not.toContain(610);
  });

  it('a report that breaks cumulative ≥ this year (prose 208 in 20875) is cut by its sums and prose', () => {
    const r = withProse('fujian-broken-order.txt');
    const k = byKey(r.figures);
    expect(k).toMatchObject({
      proactive_total: 208, proactive_via_website: 208, proactive_via_gazette: 0,
      requests_received: 1, requests_received_in_person: 0, requests_received_online: 0,
      requests_answered: 1, answered_granted: 0, answered_partially_granted: 1, answered_denied: 0,
    });
    expect(r.findings).toEqual([]);
    expect(r.figures.map((f) => f.value)).not.toContain(75);
    // without the prose the rule stands: 20 | 875 is the only ordered cut, and 10 has none
    const plain = byKey(parseStatTable(load('fujian-broken-order.txt')).figures);
    expect(plain.proactive_total).toBe(20);
    expect(plain.requests_received).toBeUndefined();
  });

  it('a one-value table under a two-column header: 163 is not 1 | 63', () => {
    const plain = parseStatTable(load('fujian-one-value.txt'));
    const values = plain.figures.map((f) => f.value);
    for (const bad of [1, 63, 16, 3]) expect(values).not.toContain(bad);
    expect(byKey(plain.figures).proactive_via_gazette).toBe(0);
    expect(plain.findings.some((f) => f.metrics.includes('proactive_total'))).toBe(true);
    // the prose's 163 shows the filled column is this year's
    expect(byKey(withProse('fujian-one-value.txt').figures)).toMatchObject({
      proactive_total: 163, proactive_via_website: 163, proactive_via_gazette: 0,
      requests_received: 3, requests_received_in_person: 1, requests_received_online: 2,
      requests_answered: 3, answered_granted: 2, answered_partially_granted: 1, answered_denied: 0,
      reconsideration_total: 0, litigation_total: 0,
    });
  });

  it('reads the 2009 Fuzhou table with one 年末统计 column', () => {
    const r = parseStatTable(load('fuzhou-2009.txt'));
    expect(byKey(r.figures)).toEqual({
      proactive_total: 5, proactive_via_website: 5, proactive_via_gazette: 0,
      requests_received: 1, requests_received_in_person: 1, requests_received_by_fax: 0, requests_received_online: 0,
      requests_received_by_letter: 0, requests_answered: 1, answered_granted: 1, answered_partially_granted: 0,
      answered_denied: 0, reconsideration_total: 0, litigation_total: 0,
    });
    expect(r.findings).toEqual([]);
  });

  it('reads the county 数量 table: 正式受理 is requests received, 拒绝提供 is not 不予公开', () => {
    const r = parseStatTable(load('county-2012.txt'));
    const k = byKey(r.figures);
    expect(k).toEqual({
      proactive_total: 12, requests_received: 2, answered_granted: 1, reconsideration_total: 0, litigation_total: 0,
    });
    expect(k.answered_denied).toBeUndefined();
    expect(k.reading_points).toBeUndefined();
  });
});

describe('checks on the local tables that list only some of the national rows', () => {
  const report = (answered: number, granted: number) => [
    '标题: 虚构乡2010年度政府信息公开年度报告（虚构示例）',
    '一、概述虚构乡本年度推进公开。二、主动公开情况本年主动公开信息5条。',
    `附表： 指标名称 计量单位 年末统计 主动公开信息数 条 5 其中：1．网站公开 条 5 2．政府公报公开 条 0 受理依申请公开信息总数 条 2 其中：1．当面申请数 条 2 2．网上申请数 条 0 对申请的答复总数 条 ${answered} 其中：1．同意公开答复数 条 ${granted} 2．同意部分公开答复数 条 0 3．否决公开答复总数 条 0 行政复议数 件 0 行政诉讼数 件 0 附件下载`,
  ].join('\n');
  const codes = (text: string) => extractReport({ name: 'x.txt', text }).findings;

  it('flags listed answers that add up to more than the total (A1-APP-ANSWERS), in both languages', () => {
    const f = codes(report(1, 2)).find((x) => x.code === 'A1-APP-ANSWERS');
    expect(f?.metrics).toEqual(['requests_answered', 'answered_granted', 'answered_partially_granted', 'answered_denied']);
    expect(f?.message).toContain('2');
    expect(f?.message_en).toContain('already add up to 2');
  });

  it('stays silent when the listed rows fit within the total (the unlisted rows may hold the rest)', () => {
    expect(codes(report(2, 1)).some((x) => x.code === 'A1-APP-ANSWERS' || x.code === 'A1-APP-CHANNELS')).toBe(false);
  });
});

describe('a one-value table with no zero rows', () => {
  const text = [
    '标题: 虚构镇2016年信息公开工作年度报告（虚构示例）',
    '一、概述全年主动公开信息148条，受理申请6件。',
    '二、附表指标名称单位2016年历年累计主动公开文件数条148 其中:1.政府网站公开数条148 受理政府信息公开申请总数条6 其中:1.当面申请数条6 虚构镇办公室 2017年1月9日印发',
  ].join('\n');

  it('the prose stating a whole run (148) shows the rows are single values: never 1 | 48', () => {
    const doc = normalizeText(text);
    const k = byKey(parseStatTable(doc, { stated: parseProseFigures(doc, '2008') }).figures);
    expect(k).toMatchObject({ proactive_total: 148, proactive_via_website: 148 });
    expect(Object.values(k)).not.toContain(1);
    expect(Object.values(k)).not.toContain(48);
    expect(k.requests_received).toBe(6);
  });
});
