// Prose figures, merge and the prose/section checks on documents written for these tests
// (tests/fixtures/prose, invented agencies and figures; see its README). Each test pins one
// mechanism that real department reports need: how they word requests, fees, budgets and appeals,
// what merge does when the table says n/a or disagrees, and what the checks make of it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdownChecks } from '../../src/extract/checks/breakdowns';
import { findPeriod, periodChecks } from '../../src/extract/checks/period';
import { checkDef } from '../../src/domain/checks';
import { emptyProblemsChecks, sectionChecks } from '../../src/extract/checks/sections';
import { extractReport } from '../../src/extract/extractReport';
import { mergeFigures } from '../../src/extract/merge';
import { parseProseFigures } from '../../src/extract/prose/index';
import type { Era, Extraction, Figure } from '../../src/extract/types';
import { provenanceProblems } from '../support/provenance';
import { doc, fig } from './checksFixtures';

const FIXTURES = resolve(__dirname, '../fixtures/prose');
const extract = (name: string): Extraction => extractReport({ name, bytes: readFileSync(resolve(FIXTURES, name)) });
const metric = (x: Extraction, key: string) => x.metrics.find((m) => m.key === key);
const read = (text: string, era: Era | null = '2008') => parseProseFigures(doc(text), era);
const get = (figs: Figure[], key: string) => figs.find((f) => f.key === key);

describe('prose figures of department reports (flattened page, headings run into the text)', () => {
  const x = extract('dept-2016-flat.txt');

  it('reads 受理申请的数量为N条 as requests received, never the items released on request', () => {
    expect(metric(x, 'requests_received')?.value).toBe(4);
    // 依申请公开政府信息37条 counts items of information, 不予以公开信息12条 likewise
    expect(x.metrics.map((m) => m.value)).not.toContain(37);
    expect(x.metrics.map((m) => m.value)).not.toContain(12);
  });

  it('reads fees denied with the payer named, a budget in 万元 as yuan, and 有N起…行政复议', () => {
    expect(metric(x, 'fees_collected')).toMatchObject({ value: 0, state: 'number' });
    expect(metric(x, 'special_funds')?.value).toBe(5000);
    expect(metric(x, 'reconsideration_total')?.value).toBe(2);
    expect(metric(x, 'litigation_total')?.value).toBe(0);
  });

  it('keeps honest provenance: each excerpt is on its line and shows its value', () => {
    expect(provenanceProblems(x)).toEqual([]);
  });

  it('takes a request sentence as about disclosure when its section heading (same line) says so', () => {
    // the sentence alone names no disclosure; the heading run into the line before it does
    expect(get(read('一、概述本办工作正常。2016年度受理申请的数量为3条。'), 'requests_received')).toBeUndefined();
    expect(get(read('三、依申请公开情况2016年度受理申请的数量为3条。'), 'requests_received')?.value).toBe(3);
  });

  it('a negation never reaches across a heading into the next section', () => {
    const figs = read('四、收费情况本办没有收费及减免情况五、复议诉讼情况本办全年未发生因政府信息公开引起的行政复议。');
    const f = get(figs, 'reconsideration_total');
    expect(f?.value).toBe(0);
    expect(f?.source.excerpt).toContain('未发生');
    expect(f?.source.excerpt).not.toContain('收费');
  });

  it('全年未收取任何费用 is a disclosure fee of 0 under its fee heading (line above or run into the line)', () => {
    expect(get(read('四、收费及减免情况\n全年未收取任何费用。'), 'fees_collected')?.value).toBe(0);
    expect(get(read('四、政府信息公开的收费及减免情况全年未收取任何费用。'), 'fees_collected')?.value).toBe(0);
    expect(get(read('全年未收取任何费用。'), 'fees_collected')).toBeUndefined();
  });

  it('无收费及减免情况 under the statutory fee heading is a zero fee', () => {
    expect(get(read('四、收费及减免情况无收费及减免情况。五、存在的问题'), 'fees_collected')?.value).toBe(0);
    // a fee sentence about something else is not
    expect(get(read('三、便民服务停车场未收取任何费用。'), 'fees_collected')).toBeUndefined();
  });

  it('a work budget counts only in a sentence about disclosure work', () => {
    expect(get(read('本局政务公开工作经费1.2万元。'), 'special_funds')?.value).toBe(12000);
    expect(get(read('全年防汛工作经费30万元。'), 'special_funds')).toBeUndefined();
  });

  it('reads 主动公开N条 without 信息 between verb and number, not stock or another category', () => {
    expect(get(read('全年政府信息主动公开64条，其中政策文件类2条。', '2021'), 'proactive_total')?.value).toBe(64);
    expect(get(read('历年累计主动公开805条。'), 'proactive_total')).toBeUndefined();
    expect(get(read('其他应主动公开12条。'), 'proactive_total')).toBeUndefined();
  });

  it('does not take a request count that includes last year’s carry-over as requests received', () => {
    expect(get(read('全年共收到政府信息公开申请12件（含上年结转2件）。', '2021'), 'requests_received')).toBeUndefined();
    expect(get(read('全年共收到政府信息公开申请12件，办结11件，1件结转下年度办理。', '2021'), 'requests_received')?.value).toBe(12);
  });

  it('does not read a justice bureau’s own casework as disclosure appeals', () => {
    const figs = read('二、行政执法情况全年办理行政复议案件120件，行政诉讼案件8件。', '2021');
    expect(get(figs, 'reconsideration_total')).toBeUndefined();
    expect(get(figs, 'litigation_total')).toBeUndefined();
  });
});

describe('prose wording surveyed in department reports (invented sentences)', () => {
  it('a denial under the report’s own appeals section counts, though the sentence names no disclosure', () => {
    const figs = read('四、行政复议和诉讼情况 本办在2015年度未收到申请行政复议、提起行政诉讼情况。');
    expect(get(figs, 'reconsideration_total')?.value).toBe(0);
    expect(get(figs, 'litigation_total')?.value).toBe(0);
    // the same sentence under another section says nothing about disclosure appeals
    const other = read('四、依法行政情况 本办在2015年度未收到申请行政复议、提起行政诉讼情况。');
    expect(get(other, 'reconsideration_total')).toBeUndefined();
  });

  it('reads 没有产生信息公开处理费 as a zero fee (the 2021 format’s 信息处理费)', () => {
    expect(get(read('六、其他需要报告的事项 本年度没有产生信息公开处理费。', '2021'), 'fees_collected')?.value).toBe(0);
    expect(get(read('本年度没有产生停车处理费。', '2021'), 'fees_collected')).toBeUndefined();
  });

  it('reads staff written count-first, under 政务公开, and a denial of full-time staff', () => {
    const a = read('局办公室共有3名人员兼职从事政府信息公开工作。');
    expect(get(a, 'staff_total')?.value).toBe(3);
    expect(get(a, 'staff_part_time')?.value).toBe(3);
    const b = read('全局共有政务公开工作人员6名，其中专职人员2名，兼职人员4名。');
    expect([get(b, 'staff_total')?.value, get(b, 'staff_full_time')?.value, get(b, 'staff_part_time')?.value]).toEqual([6, 2, 4]);
    const c = read('本办没有从事政府信息公开工作的全职人员，兼职人员2人。');
    expect(get(c, 'staff_full_time')?.value).toBe(0);
    expect(get(c, 'staff_part_time')?.value).toBe(2);
    expect(get(c, 'staff_total')).toBeUndefined(); // never derived: the report does not state it
    expect(get(read('食堂没有专职人员。'), 'staff_full_time')).toBeUndefined();
  });
});

describe('merge: a table cell marked n/a and a prose figure', () => {
  it('the prose figure replaces the n/a cell; a stated zero agrees with the `/` silently', () => {
    const x = extract('dept-2017-na-table.txt');
    for (const key of ['requests_received', 'reconsideration_total', 'litigation_total']) {
      expect(metric(x, key), key).toMatchObject({ state: 'number', value: 0, source: { kind: 'text' } });
    }
    expect(x.findings.filter((f) => f.code === 'PROSE-TABLE-MISMATCH')).toEqual([]);
    // rows the prose says nothing about stay n/a
    expect(metric(x, 'requests_received_in_person')?.state).toBe('na');
    expect(provenanceProblems(x)).toEqual([]);
  });

  it('a non-zero prose figure beside an n/a cell is used and reported', () => {
    const table = [fig('reconsideration_total', 'na', { line: 30, excerpt: '行政复议数 | /' })];
    const text = [fig('reconsideration_total', 2, { kind: 'text', line: 8, excerpt: '行政复议2件' })];
    const { figures, findings } = mergeFigures(table, text);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ state: 'number', value: 2, source: { kind: 'text', line: 8 } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'PROSE-TABLE-MISMATCH', metrics: ['reconsideration_total'] });
    expect(findings[0].message_en).toContain('the prose says 2, the statistical table marks it n/a');
    expect(findings[0].message).toContain('正文为2，统计表标为不适用');
  });
});

describe('2019/2021 reports: prose that contradicts the tables', () => {
  const x = extract('dept-2021-contradiction.txt');
  const mismatches = x.findings.filter((f) => f.code === 'PROSE-TABLE-MISMATCH');

  it('raises PROSE-TABLE-MISMATCH naming requests_received and reconsideration_total; the table stands', () => {
    expect(mismatches.map((f) => f.metrics[0]).sort()).toEqual(['reconsideration_total', 'requests_received']);
    const req = mismatches.find((f) => f.metrics[0] === 'requests_received')!;
    expect(req.message_en).toContain('the prose says 5, the statistical table says 3');
    expect(req.message).toContain('正文为5，统计表为3');
    expect(metric(x, 'requests_received')).toMatchObject({ value: 3, source: { kind: 'table' } });
    expect(metric(x, 'reconsideration_total')).toMatchObject({ value: 1, source: { kind: 'table' } });
  });

  it('names proactive_total in an EV-08 breakdown whose clause says 主动公开', () => {
    const ev8 = x.findings.find((f) => f.code === 'EV-08')!;
    expect(ev8.metrics).toEqual(['proactive_total']);
    expect(ev8.message_en).toContain('total of 45条 but its breakdown adds up to 40');
  });

  it('reads the period whose end date leaves the year out, and flags the empty section 五', () => {
    expect(x.findings.map((f) => f.code)).not.toContain('PERIOD-NOT-STATED');
    expect(x.findings.map((f) => f.code)).not.toContain('PERIOD-FULL-YEAR');
    const empty = x.findings.find((f) => f.code === 'SECTION-EMPTY')!;
    expect(empty.severity).toBe('warning');
    expect(empty.message_en).toContain('line 56');
  });
});

describe('EV-08 names its metric by the words of the total’s clause', () => {
  it('主动公开 names proactive_total even when the prose parser kept another sentence', () => {
    const f = breakdownChecks(doc('新闻栏目发布信息300条。全年政府信息主动公开64条，其中规划类2条，动态类31条，其他类9条。'), []);
    expect(f[0].metrics).toEqual(['proactive_total']);
  });

  it('a generated-information total is not proactive, even under a 主动公开 heading on the same line', () => {
    const f = breakdownChecks(doc('(一)主动公开政府信息的数量2021年制作、获取政府信息总数90条，其中主动公开政府信息50条，依申请公开信息数10条，不予公开信息数20条。'), []);
    expect(f).toHaveLength(1);
    expect(f[0].metrics).toEqual([]);
  });

  it('a figure that only shares the number, elsewhere on a flattened line, does not name the total', () => {
    const staff = fig('staff_total', 30, { kind: 'text', line: 1, excerpt: '工作人员30人' });
    const f = breakdownChecks(doc('工作人员30人。全年发布动态30条，其中图片新闻12条，通知公告10条。'), [staff]);
    expect(f[0].metrics).toEqual([]);
  });
});

describe('SECTION-EMPTY: the problems section that says nothing', () => {
  it('is registered as a sections warning', () => {
    expect(checkDef('SECTION-EMPTY')).toMatchObject({ facet: 'sections', severity: 'warning' });
  });

  it('fires for 无 / 暂无问题 / 无。, on its own lines or run into one line, in either numbering', () => {
    for (const body of ['无', '暂无问题。', '无。', '暂无。']) {
      const f = emptyProblemsChecks(doc(`五、存在的主要问题及改进情况\n${body}\n六、其他需要报告的事项\n无。`));
      expect(f, body).toHaveLength(1);
      expect(f[0].message).toContain(`“${body}”`);
      expect(f[0].message_en).toContain(`says only "${body}"`);
    }
    expect(emptyProblemsChecks(doc('…办结。五、存在的主要问题及改进情况无。六、其他需要报告的事项无。'))).toHaveLength(1);
    expect(emptyProblemsChecks(doc('六、政府信息公开工作存在的主要问题和改进措施\n暂无问题。'))).toHaveLength(1);
    expect(emptyProblemsChecks(doc('五、存在的主要问题及改进情况（一）存在问题：无。（二）改进情况：无。六、其他需要报告的事项'))).toHaveLength(1);
  });

  it('does not fire for a section with content, or for 无 in section 六', () => {
    expect(emptyProblemsChecks(doc('五、存在的主要问题及改进情况\n无专人负责，下一步将明确专人。\n六、其他需要报告的事项\n无。'))).toEqual([]);
    expect(emptyProblemsChecks(doc('五、存在的主要问题及改进情况\n问题：更新不及时。改进：每周检查。'))).toEqual([]);
    expect(sectionChecks(doc('五、存在的主要问题及改进情况\n无。'), '2021', []).map((f) => f.code)).toContain('SECTION-EMPTY');
  });
});

describe('statistical period', () => {
  it('reads 2020年1月1日至12月31日 (year given once) and the 统计数据时间段 wording', () => {
    expect(findPeriod(doc('本报告中所列数据的统计期限为2020年1月1日至12月31日。'))).toMatchObject({ start: [2020, 1, 1], end: [2020, 12, 31] });
    expect(findPeriod(doc('本报告的统计数据时间段为2022年1月1日至2022年12月31日。'))).toMatchObject({ start: [2022, 1, 1], end: [2022, 12, 31] });
    expect(periodChecks(doc('统计期限为2020年1月1日至12月31日。'), 2020, '2019')).toEqual([]);
    expect(periodChecks(doc('本报告的统计数据时间段为2022年1月1日至2022年12月31日。'), 2022, '2021')).toEqual([]);
  });

  it('a period from mid-year to 31 December (a body set up during the year) is only an info', () => {
    const f = periodChecks(doc('统计期限为2019年9月1日至2019年12月31日。'), 2019, '2019');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'PERIOD-FULL-YEAR', severity: 'info' });
    expect(f[0].message_en).toContain('2019-09-01');
    expect(periodChecks(doc('统计期限为2019年9月1日至12月31日。'), 2019, '2019')[0].severity).toBe('info');
    // ending early is still a warning
    expect(periodChecks(doc('统计期限为2019年1月1日至2019年11月30日。'), 2019, '2019')[0].severity).toBe('warning');
  });
});
