// Regressions in the prose parsers, each named after the bug it pins (found by the property tests,
// tests/unit/property.test.ts, and the invented-gold test, tests/unit/gold-invented.test.ts). Sentences written for these tests
// (invented agencies and figures).
import { describe, expect, it } from 'vitest';
import { parseProseFigures } from '../../../src/extract/prose/index';
import { normalizeText } from '../../../src/extract/text/normalize';
import type { Era, Figure, NormalizedDoc } from '../../../src/extract/types';

const read = (text: string, era: Era | null = '2008') => {
  const doc = normalizeText(text);
  return { doc, figs: parseProseFigures(doc, era) };
};
const get = (figs: Figure[], key: string) => figs.find((f) => f.key === key);

/** The provenance a reader relies on: the excerpt is verbatim on the line the figure names. */
function offLine(doc: NormalizedDoc, figs: Figure[]): string[] {
  return figs
    .filter((f) => f.source.excerpt.includes('\n') || !doc.lines[f.source.line - 1]?.includes(f.source.excerpt))
    .map((f) => `${f.key} line ${f.source.line}: ${JSON.stringify(f.source.excerpt)}`);
}

describe('prose regressions', () => {
  it('proactive_total matched across a heading and the next line (excerpt held \\n, line was the heading)', () => {
    const { doc, figs } = read('二、主动公开政府信息情况\n全年共主动公开政府信息231余条，其中通过公示栏公开两次。\n');
    const f = get(figs, 'proactive_total')!;
    expect(f.value).toBe(231);
    expect(f.source.line).toBe(2);
    expect(f.source.excerpt).not.toContain('\n');
    expect(offLine(doc, figs)).toEqual([]);
  });

  it('no prose phrase spans a line break (label at the end of one line, number on the next)', () => {
    const text = [
      '一、概述',
      '本局召开政府信息公开工作会议',
      '3次。',
      '二、主动公开',
      '本年度主动公开政府信息',
      '45条。',
      '三、依申请公开',
      '全年受理政府信息公开申请',
      '6件。',
      '四、机构和人员',
      '从事政府信息公开工作人员',
      '5人，专职人员',
      '2人。',
      '五、培训',
      '举办政府信息公开培训班',
      '2期，培训人员',
      '80人次。',
    ].join('\n');
    const { doc, figs } = read(text);
    expect(offLine(doc, figs)).toEqual([]);
    // a label and a number on different lines are not one clause: nothing is read from them
    for (const key of ['meetings', 'proactive_total', 'requests_received', 'staff_total', 'staff_full_time', 'training_sessions']) {
      expect(get(figs, key), key).toBeUndefined();
    }
  });

  it('a long phrase’s excerpt began with an ellipsis that is not on its line', () => {
    const { doc, figs } = read('本局坚持主动通过门户网站政务微博微信公众号等渠道公开涉及民生领域的各类政府信息共计152条。');
    const f = get(figs, 'proactive_total')!;
    expect(f.value).toBe(152);
    expect(f.source.excerpt).toContain('152条');
    expect(f.source.excerpt).not.toContain('…');
    expect(offLine(doc, figs)).toEqual([]);
  });

  it('fees_collected: 未收取任何费用 on the line after the fees section heading gave no zero', () => {
    const { doc, figs } = read('四、政府信息公开的收费及减免情况\n未收取任何费用。\n五、存在的主要问题\n宣传还不够。\n');
    const f = get(figs, 'fees_collected')!;
    expect(f).toBeDefined();
    expect(f.value).toBe(0);
    expect(f.source.kind).toBe('text');
    expect(f.source.line).toBe(2);
    expect(offLine(doc, figs)).toEqual([]);
  });

  it('fees_collected: the heading, not any heading, makes 未收取任何费用 about disclosure fees', () => {
    // under a heading about something else the sentence says nothing about disclosure fees
    expect(get(read('四、其他需要报告的事项\n未收取任何费用。\n').figs, 'fees_collected')).toBeUndefined();
    // nor does a disclosure heading reach past the next heading
    expect(get(read('四、政府信息公开的收费及减免情况\n五、其他事项\n未收取任何费用。\n').figs, 'fees_collected')).toBeUndefined();
  });

  it('appeals: 未发生行政复议和行政诉讼案件 under the appeals heading is 0 for both, on its own line', () => {
    const { doc, figs } = read('五、因政府信息公开申请行政复议、' + '提起行政诉讼的情况\n未发生行政复议和行政诉讼案件。\n');
    expect(get(figs, 'reconsideration_total')?.value).toBe(0);
    expect(get(figs, 'litigation_total')?.value).toBe(0);
    expect(get(figs, 'litigation_total')?.source.line).toBe(2);
    expect(offLine(doc, figs)).toEqual([]);
  });
});
