import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatTable } from '../../src/extract/table2008/index';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Figure } from '../../src/extract/types';

const FIXTURES = resolve(__dirname, '../fixtures/2008');
const load = (name: string) => normalizeText(readFileSync(resolve(FIXTURES, name), 'utf8'));
const byKey = (figs: Figure[]) => Object.fromEntries(figs.map((f) => [f.key, f.value]));

/** The invented A1 table written out in five layouts (tests/fixtures/2008/a1-*.txt). */
const A1_EXPECTED: Record<string, number> = {
  proactive_total: 512, proactive_normative_docs: 4, normative_docs_issued: 6,
  proactive_via_gazette: 0, proactive_via_website: 430, proactive_via_weibo: 37, proactive_via_wechat: 88,
  proactive_via_other: 15, responses_hotspots: 9, press_conferences: 2, press_conferences_by_head: 1,
  online_interviews: 1, online_interviews_by_head: 0, policy_interpretations: 11, responses_weibo_wechat: 4,
  responses_other: 2, requests_received: 7, requests_received_in_person: 2, requests_received_by_fax: 0,
  requests_received_online: 4, requests_received_by_letter: 1, requests_completed: 7,
  requests_completed_on_time: 6, requests_completed_extended: 1, requests_answered: 7,
  answered_already_public: 1, answered_granted: 3, answered_partially_granted: 1, answered_denied: 1,
  answered_not_this_agency: 1, answered_not_exist: 0, answered_clarify: 0, answered_other_channel: 0,
  reconsideration_total: 1, reconsideration_upheld: 1, reconsideration_corrected: 0, reconsideration_other: 0,
  litigation_total: 0, litigation_upheld: 0, litigation_corrected: 0, litigation_other: 0, complaints_total: 2,
  fees_collected: 500, dedicated_units: 1, reading_points: 3, staff_total: 5, staff_full_time: 2,
  staff_part_time: 3, special_funds: 25000, meetings: 4, training_sessions: 3, training_attendees: 120,
};

describe('parseStatTable: the national A1 table in every layout', () => {
  for (const file of ['a1-three-lines.txt', 'a1-pipes.txt', 'a1-tabs.txt', 'a1-spaces.txt', 'a1-blank-lines.txt', 'a1-flat.txt']) {
    it(`reads every row of ${file}`, () => {
      const r = parseStatTable(load(file));
      expect(r.found).toBe(true);
      expect(byKey(r.figures)).toEqual(A1_EXPECTED);
      expect(r.findings).toEqual([]);
      for (const f of r.figures) expect(f.source.kind).toBe('table');
    });
  }

  it('keeps the qualifier glued to the unit line out of the figure (计1条 is not a value)', () => {
    const r = parseStatTable(load('a1-three-lines.txt'));
    const f = r.figures.find((x) => x.key === 'proactive_total')!;
    expect(f.value).toBe(512);
    expect(r.figures.find((x) => x.key === 'responses_hotspots')!.value).toBe(9);
  });

  it('stores 万元 rows in yuan and says the unit in the excerpt', () => {
    const r = parseStatTable(load('a1-pipes.txt'));
    const funds = r.figures.find((x) => x.key === 'special_funds')!;
    expect(funds.value).toBe(25000);
    expect(funds.source.excerpt).toBe('政府信息公开专项经费 | 2.5万元');
  });

  it('gives a short label | cell excerpt and the line of the value', () => {
    const doc = load('a1-three-lines.txt');
    const f = parseStatTable(doc).figures.find((x) => x.key === 'reading_points')!;
    expect(f.source.excerpt).toBe('设置政府信息公开查阅点数 | 3');
    expect(doc.lines[f.source.line - 1].trim()).toBe('3');
  });

  it('keys 被依法纠错数 / 其他情形数 by the section above them (四 复议, 五 诉讼)', () => {
    const r = parseStatTable(load('a1-spaces.txt'));
    const k = byKey(r.figures);
    expect(k.reconsideration_upheld).toBe(1);
    expect(k.litigation_upheld).toBe(0);
  });

  it('never reports the footer phone number, postcode or date as a figure', () => {
    for (const file of ['a1-three-lines.txt', 'a1-spaces.txt']) {
      const values = parseStatTable(load(file)).figures.map((f) => f.value);
      for (const bad of [571, 88886666, 311999, 2018, 20]) expect(values).not.toContain(bad);
    }
  });

  it('reads empty and not-applicable cells as blank and na, never as 0', () => {
    const text = [
      '政府信息公开情况统计表',
      '| 统计指标 | 单位 | 统计数 |',
      '| （一）政府信息公开工作专门机构数 | 个 | |',
      '| （二）设置政府信息公开查阅点数 | 个 | / |',
      '| （三）从事政府信息公开工作人员数 | 人 | 4 |',
      '| （一）召开政府信息公开工作会议或专题会议数 | 次 | 1 |',
    ].join('\n');
    const r = parseStatTable(normalizeText(text));
    const get = (k: string) => r.figures.find((f) => f.key === k)!;
    expect(get('dedicated_units').state).toBe('blank');
    expect(get('dedicated_units').value).toBeNull();
    expect(get('reading_points').state).toBe('na');
    expect(get('staff_total').value).toBe(4);
  });
});

describe('parseStatTable: local two-column tables (this year | cumulative)', () => {
  it('splits run-together digits where the table sums say, and reports this year only', () => {
    const r = parseStatTable(load('a0-run-together.txt'));
    const k = byKey(r.figures);
    expect(k).toMatchObject({
      proactive_total: 318, proactive_via_website: 290, proactive_via_gazette: 28,
      requests_received: 12, requests_received_in_person: 5, requests_received_online: 6,
      requests_answered: 12, answered_granted: 8, answered_partially_granted: 2, answered_denied: 1,
      reconsideration_total: 0, litigation_total: 0,
    });
    expect(r.findings).toEqual([]);
    // the cumulative column never becomes a figure
    const values = r.figures.map((f) => f.value);
    for (const cum of [5920, 5811, 109, 56, 30, 20, 45]) expect(values).not.toContain(cum);
    expect(values).not.toContain(12345678);
  });

  it('reads the list number glued to the digits as the next row (2905811 + 2、)', () => {
    const r = parseStatTable(load('a0-run-together.txt'));
    expect(byKey(r.figures).proactive_via_website).toBe(290);
  });

  it('emits no figure and a CELL-AMBIGUOUS warning when several splits satisfy every rule', () => {
    const r = parseStatTable(load('a0-run-together-ambiguous.txt'));
    const keys = r.figures.map((f) => f.key);
    expect(keys).not.toContain('proactive_total');
    expect(keys).not.toContain('proactive_via_website');
    const f = r.findings.find((x) => x.metrics.includes('proactive_total'))!;
    expect(f.code).toBe('CELL-AMBIGUOUS');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('主动公开文件数');
    expect(f.message).toContain('14706321');
    // the rows that only split one way are still read
    expect(byKey(r.figures)).toMatchObject({ proactive_via_gazette: 0, requests_received: 0, litigation_total: 0 });
    expect(r.figures.map((x) => x.value)).not.toContain(6321);
  });

  it('takes the first of two space-separated columns', () => {
    const k = byKey(parseStatTable(load('a0-spaced-cumulative.txt')).figures);
    expect(k).toMatchObject({
      proactive_total: 96, proactive_via_website: 90, proactive_via_gazette: 6, requests_received: 2,
      requests_received_in_person: 1, requests_received_online: 1, requests_answered: 2, answered_granted: 2,
      answered_partially_granted: 0, answered_denied: 0, reconsideration_total: 0, litigation_total: 0,
    });
  });

  it('reads the Gansu model: skips the row code, takes 本期实际, ignores rows with no metric', () => {
    const r = parseStatTable(load('a0-gansu-codes.txt'));
    const k = byKey(r.figures);
    expect(k).toMatchObject({
      proactive_total: 156, requests_received: 3, requests_received_in_person: 1, requests_received_online: 1,
      requests_received_by_fax: 0, requests_received_by_letter: 0, requests_answered: 3, answered_granted: 2,
      answered_partially_granted: 1, answered_denied: 0, reconsideration_total: 0, litigation_total: 0,
    });
    const values = r.figures.map((f) => f.value);
    expect(values).not.toContain(150); // 全文电子化的主动公开信息数 is not the proactive total
    expect(values).not.toContain(20831);
    expect(values).not.toContain(32); // a row code
  });
});

describe('parseStatTable: documents without a table', () => {
  it('says found: false for prose and for garbage, and never throws', () => {
    for (const t of ['', '2016年主动公开政府信息18条。', '统计表', '\u0000\u0001统计表 条 1 2 3', '统计表'.repeat(500)]) {
      const r = parseStatTable(normalizeText(t));
      expect(r.found).toBe(false);
      expect(r.figures).toEqual([]);
    }
  });
});

describe('parseStatTable: a report that names the table but mirrors it in prose', () => {
  it('is not a table when the rows carry no values', () => {
    const text = [
      '本年报由基本情况、依申请公开情况和政府信息公开情况统计表等部分组成。',
      '(一)收到申请数。',
      '2016年，本街道共收到依申请公开0件。',
      '(二)申请办结数。',
      '2016年，本街道收到0件申请。',
      '(三)申请答复数。',
      '2016年，本街道收到0件申请。',
      '(一)政府信息公开工作专门机构数。',
      '本街道信息公开工作专门机构共计1个。',
    ].join('\n');
    const r = parseStatTable(normalizeText(text));
    expect(r.found).toBe(false);
    expect(r.figures).toEqual([]);
  });
});
