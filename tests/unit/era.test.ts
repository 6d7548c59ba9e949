// Format era: fingerprint scoring (docs/formats.md §1.1), the year era as fallback, and a format that
// disagrees with the year (kept as `era`, exposed in `formatEra` for FMT-ERA-MISMATCH).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEra, scoreEras, yearEra } from '../../src/extract/era';
import { normalizeText } from '../../src/extract/text/normalize';

const fixture = (name: string) => normalizeText(readFileSync(resolve(__dirname, '../fixtures/identity', name), 'utf8'));
const doc = (text: string) => normalizeText(text);

describe('yearEra', () => {
  it('maps report years to the format in force', () => {
    expect([2008, 2013, 2018, 2019, 2020, 2021, 2025].map(yearEra)).toEqual(['2008', '2008', '2008', '2019', '2019', '2021', '2021']);
    expect(yearEra(null)).toBeNull();
  });
});

describe('detectEra', () => {
  it('each fixture is recognised by its own fingerprints', () => {
    expect(detectEra(fixture('township-2008-signature.txt'), 2017)).toEqual({ era: '2008', formatEra: '2008' });
    expect(detectEra(fixture('street-2019-label.txt'), 2020)).toEqual({ era: '2019', formatEra: '2019' });
    expect(detectEra(fixture('county-2021-url.txt'), 2022)).toEqual({ era: '2021', formatEra: '2021' });
  });

  it('headers split by PDF spaces or line breaks still count (本年新 制作数量)', () => {
    expect(scoreEras(doc('本年新 制作数量\n本年新\n公开数量\n对外公开 总数量'))['2019']).toBe(3);
  });

  it('本年处理决定数量 (2021) does not count as the 2019 处理决定数量', () => {
    const s = scoreEras(doc('第二十条第(五)项\n本年处理决定数量\n行政许可\n4'));
    expect(s).toEqual({ '2008': 0, '2019': 0, '2021': 1 });
  });

  it('narrative only: the year era, no format era', () => {
    expect(detectEra(doc('一、概述\n本年度我镇未收到申请。'), 2016)).toEqual({ era: '2008', formatEra: null });
    expect(detectEra(doc('一、概述'), null)).toEqual({ era: null, formatEra: null });
  });

  it('era mismatch: a 2021 report still on the 2019 tables keeps era = the format used', () => {
    const text = '第二十条第(一)项\n本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n0\n0';
    const r = detectEra(doc(text), 2021);
    expect(r).toEqual({ era: '2019', formatEra: '2019' });
    expect(r.formatEra).not.toBe(yearEra(2021));
  });

  it('era mismatch: a 2019 report in the old statistics table', () => {
    const text = '(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)\n条\n5\n1.当面申请数\n件\n0\n(二)申请办结数\n件\n0';
    expect(detectEra(doc(text), 2019)).toEqual({ era: '2008', formatEra: '2008' });
  });

  it('one stray fingerprint does not override the year', () => {
    expect(detectEra(doc('今年全文电子化率进一步提高。'), 2020)).toEqual({ era: '2019', formatEra: null });
  });

  it('a tie goes to the year era', () => {
    const text = '本年新制作数量\n本年新公开数量\n本年制发件数\n现行有效件数';
    expect(detectEra(doc(text), 2021)).toEqual({ era: '2021', formatEra: '2021' });
    expect(detectEra(doc(text), 2020)).toEqual({ era: '2019', formatEra: '2019' });
  });
});
