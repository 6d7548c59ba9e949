// The cross-report checks and the same-report-twice rule across renamed agencies (src/domain/lineage.ts).
// Extractions are built by hand with invented figures and text; only the agency names come from the
// lineage table (names, not passages of any report).
import { describe, expect, it } from 'vitest';
import { crossReportChecks, sameReportTwice } from '../../src/extract/checks/crossReport';
import type { Extraction, MetricJson } from '../../src/extract/types';

function x(file: string, agency_short: string, year: number, figures: Record<string, number>, text: string): Extraction {
  const metrics = Object.entries(figures).map(([key, value]) => ({
    key, value, state: 'number', approx: false, source: { kind: 'table', line: 1, excerpt: key },
  })) as unknown as MetricJson[];
  return {
    file, kind: 'annual_report', reason: null, reason_en: null, agency: agency_short, agency_short, level: 'department',
    scope: 'self', parent: null, province: null, division_code: null, report_year: year, published_on: null, era: '2021',
    metrics, findings: [], grid: [], publishedSource: null, encoding: 'utf-8', doc: { text, lines: text.split('\n') },
  } as unknown as Extraction;
}

const prose = (seed: string) =>
  Array.from({ length: 40 }, (_, i) => `${seed}第${i}段：本单位按照要求推进政务公开工作，编号${i * 7 + seed.length}。`).join('\n');

describe('cross-report checks follow one agency across a rename', () => {
  it('checks the carry-over chain from the old name\'s last report to the new name\'s first', () => {
    const found = crossReportChecks([
      x('a.txt', '平潭综合实验区环境与国土资源局', 2018, { requests_carried_forward: 3 }, prose('甲')),
      x('b.txt', '平潭综合实验区自然资源与生态环境局', 2019, { requests_carried_over: 5 }, prose('乙')),
    ]);
    expect((found.get(1) ?? []).map((f) => f.code)).toContain('T3-CARRY-CHAIN');
  });
});

describe('sameReportTwice', () => {
  it('does not take two bodies of one chain that reported in the same year for one report', () => {
    // two county bureaus later merged into one body filed the same boilerplate with the same zeros
    const text = prose('丙');
    const r = sameReportTwice([
      x('a.txt', '平潭县质量技术监督局', 2009, { requests_received: 0 }, text),
      x('b.txt', '平潭县食品药品监督管理局', 2009, { requests_received: 0 }, text),
    ]);
    expect(r).toEqual({ duplicates: [], distinct: [] });
  });

  it('takes an alias spelling and the canonical name for one agency', () => {
    const text = prose('丁');
    const r = sameReportTwice([
      x('a.txt', '平潭综合实验区财政金融局', 2016, { requests_received: 2, proactive_total: 9 }, text),
      x('b.txt', '财金局', 2016, { requests_received: 2 }, `${text}\n页面底部`),
    ]);
    expect(r.duplicates).toEqual([{ dropped: 1, kept: 0, similarity: expect.any(Number) }]);
  });

  it('keeps both when the text is the same but a figure differs (a corrected re-issue)', () => {
    const text = prose('戊');
    const r = sameReportTwice([
      x('a.txt', '青禾县林业局', 2020, { requests_received: 2 }, text),
      x('b.txt', '青禾县林业局', 2020, { requests_received: 4 }, text),
    ]);
    expect(r.duplicates).toEqual([]);
    expect(r.distinct).toEqual([{ a: 0, b: 1, similarity: 1, differing: ['requests_received'] }]);
  });
});
