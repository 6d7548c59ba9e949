// Identity rules on invented documents (tests/fixtures/identity): agency names, level, report year,
// publication date and its source. Runs without the division index unless a test builds one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identify } from '../../src/extract/identity/index';
import { parseAgency } from '../../src/extract/identity/agencyName';
import { normalizeText } from '../../src/extract/text/normalize';

const FIXTURES = resolve(__dirname, '../fixtures/identity');
const fixture = (name: string) => normalizeText(readFileSync(resolve(FIXTURES, name), 'utf8'));
const doc = (text: string) => normalizeText(text);

describe('identify: invented fixtures', () => {
  it('street report: title name, page label date, 办事处 full name', () => {
    const id = identify(fixture('street-2019-label.txt'), 'street-2019-label.txt');
    expect(id).toMatchObject({
      agency: '枫渡街道办事处', agency_short: '枫渡街道', level: 'street', scope: 'self',
      report_year: 2020, published_on: '2021-01-25', publishedSource: 'label', periodYear: 2020,
    });
  });

  it('township report: signature date (Chinese numerals) wins over the 填报日期 of the table', () => {
    const id = identify(fixture('township-2008-signature.txt'), 'x.txt');
    expect(id).toMatchObject({
      agency: '石渠湾镇人民政府', agency_short: '石渠湾镇', level: 'township', parent: '青禾县',
      report_year: 2017, published_on: '2018-01-19', publishedSource: 'signature',
    });
  });

  it('title without agency (关于2022年度…的报告): agency from 发布机构, date from the URL, region scope', () => {
    const id = identify(fixture('county-2021-url.txt'), 'x.txt');
    expect(id).toMatchObject({
      agency: '青禾县人民政府', agency_short: '青禾县', level: 'county', scope: 'region',
      report_year: 2022, published_on: '2023-01-11', publishedSource: 'url',
    });
  });

  it('department: a label dated before the period ends is skipped for the URL date', () => {
    const id = identify(fixture('department-premature.txt'), 'x.txt');
    expect(id).toMatchObject({
      agency: '澄川市望川区市场监督管理局', level: 'department', parent: '望川区', scope: 'self',
      report_year: 2012, published_on: '2013-01-25', publishedSource: 'url',
    });
  });
});

describe('titles', () => {
  const titled = (title: string) => identify(doc(`${title}\n\n一、总体情况\n正文。`), 'x.txt');

  it('agency before the year, 年度 or 年', () => {
    expect(titled('石渠湾镇2021年度政府信息公开工作年度报告')).toMatchObject({ agency_short: '石渠湾镇', report_year: 2021 });
    expect(titled('望川区人民政府2019年政府信息公开年度报告')).toMatchObject({ agency: '望川区人民政府', level: 'district', report_year: 2019 });
  });

  it('agency between the year and the report words', () => {
    expect(titled('2024年澄川市望川区人民政府政府信息公开工作年度报告')).toMatchObject({
      agency: '望川区人民政府', parent: '澄川市', report_year: 2024,
    });
  });

  it('year after the report words (…政府信息公开工作2019年度报告)', () => {
    expect(titled('石渠湾镇政府信息公开工作2019年度报告')).toMatchObject({ agency_short: '石渠湾镇', report_year: 2019 });
  });

  it('a date before the title on the same line is not the report year', () => {
    expect(titled('2021-01-27 石渠湾镇2020年政府信息公开工作年度报告')).toMatchObject({ agency_short: '石渠湾镇', report_year: 2020 });
  });

  it('year in brackets after the report words', () => {
    expect(titled('石渠湾镇政府信息公开工作年度报告(2020年度)')).toMatchObject({ agency_short: '石渠湾镇', report_year: 2020 });
  });

  it('an office publishing its government\'s report: the agency after 关于', () => {
    expect(titled('青禾县人民政府办公室关于青禾县2020年政府信息公开工作年度报告')).toMatchObject({
      agency: '青禾县人民政府', level: 'county', report_year: 2020,
    });
  });

  it('街道办 is the street office', () => {
    expect(titled('枫渡街道办2020年政府信息公开工作年度报告')).toMatchObject({ agency: '枫渡街道办事处', level: 'street' });
  });

  it('title year without 年 (2014石渠湾镇…)', () => {
    expect(titled('2014石渠湾镇政府信息公开工作年度报告')).toMatchObject({ agency_short: '石渠湾镇', report_year: 2014 });
  });

  it('a PDF title broken over two lines, spaces around the year', () => {
    const id = identify(doc('正文\n2023 年澄川市望川区人民政府办公室政府信息公开\n工作年度报告\n根据规定编制本报告。'), 'x.pdf');
    expect(id).toMatchObject({ agency: '澄川市望川区人民政府办公室', level: 'department', parent: '望川区', report_year: 2023 });
  });

  it('a PDF cover: the agency on its own line above the title', () => {
    const id = identify(doc('澄川市望川区人民政府\n2023 年政府信息公开工作年度报告\n本报告由区政府办公室编制。'), 'x.pdf');
    expect(id).toMatchObject({ agency: '望川区人民政府', parent: '澄川市', report_year: 2023, yearSource: 'title' });
  });

  it('markdown heading title', () => {
    const id = identify(doc('# 青禾县人民政府 2025 年 政府信息公开工作年度报告\n\n青禾县人民政府\n(2026年1月23日)\n'), 'x.md');
    expect(id).toMatchObject({ agency: '青禾县人民政府', report_year: 2025, published_on: '2026-01-23', publishedSource: 'signature' });
  });

  it('prose that names the report is not a title (a long preamble line)', () => {
    const id = identify(doc('按照有关规定,现编制青禾县人民政府2016年政府信息公开工作年度报告(下称本报告),本报告包括总体情况等部分,数据统计期限自2016年1月1日起至2016年12月31日止。\n'), 'x.txt');
    expect(id.report_year).toBe(2016);
    expect(id.yearSource).toBe('period');
  });

  it('file name as the last resort', () => {
    const id = identify(doc('一、总体情况\n本年度工作平稳。\n'), '201204_1_石渠湾镇2011年政府信息公开工作年度报告.txt');
    expect(id).toMatchObject({ agency_short: '石渠湾镇', report_year: 2011, yearSource: 'file' });
  });
});

describe('report year hazards', () => {
  const year = (text: string) => identify(doc(text), 'x.txt');

  it('period with 年/月 dropped', () => {
    expect(year('本报告统计期限自201911日至20191231日止。').report_year).toBe(2019);
    expect(year('统计时间为20211月1日起至202112月31日。').report_year).toBe(2021);
  });

  it('list number glued to the year (22012年 = item 2, 2012)', () => {
    expect(year('一、概述\n22012年,我镇主动公开信息 40 条。').report_year).toBe(2012);
  });

  it('phone numbers, postcodes and document numbers are never a year', () => {
    const id = year('联系电话:20191234\n邮编:201900\n文号:青政办〔2020〕3号\n2018年,我镇主动公开信息 8 条。');
    expect(id.report_year).toBe(2018);
    expect(year('联系电话:20191234 邮编:201900').report_year).toBeNull();
  });

  it('the title wins over a stale period copied from last year', () => {
    const id = year('石渠湾镇2021年政府信息公开工作年度报告\n本报告统计期限自2020年1月1日起至2020年12月31日止。');
    expect(id).toMatchObject({ report_year: 2021, yearSource: 'title', periodYear: 2020 });
  });

  it('opening sentence naming the government (no title)', () => {
    expect(year('2017年,望川区政府扎实推进政务公开。\n我区公开平台运行平稳。')).toMatchObject({
      report_year: 2017, agency: '望川区人民政府', level: 'district',
    });
  });
});

describe('publication date', () => {
  const pub = (text: string) => identify(doc(text), 'x.txt');

  it('label forms: 发布日期, 发布时间 with a time, 时间:', () => {
    expect(pub('石渠湾镇2017年政府信息公开工作年度报告\n  • 发布日期:2018-01-29 00:00:00').published_on).toBe('2018-01-29');
    expect(pub('石渠湾镇2021年政府信息公开工作年度报告\n来源:石渠湾镇 时间:2022-02-08 16:34').published_on).toBe('2022-02-08');
  });

  it('label and value on separate lines (HTML elements)', () => {
    expect(pub('石渠湾镇2021年政府信息公开工作年度报告\n发布日期:\n2022-01-20\n正文').published_on).toBe('2022-01-20');
  });

  it('label beats the signature and the URL', () => {
    const id = pub('石渠湾镇2021年政府信息公开工作年度报告\n发布日期:2022-01-20\nhttp://x.example.gov.cn/t20220301_1.html\n正文\n石渠湾镇人民政府\n2022年1月18日');
    expect(id).toMatchObject({ published_on: '2022-01-20', publishedSource: 'label' });
  });

  it('a signature dated inside the report year is skipped', () => {
    const id = pub('石渠湾镇2021年政府信息公开工作年度报告\n正文\n石渠湾镇人民政府\n2021年12月20日');
    expect(id).toMatchObject({ published_on: null, publishedSource: 'implausible' });
  });

  it('an early page date stands when the text says the report was finished by then (signature, 截止)', () => {
    // published in late December: the agency signed (or cut its figures off) days before
    const signed = pub('石渠湾镇2021年政府信息公开工作年度报告\n发布日期:2021-12-23\n正文……石渠湾镇人民政府 2021年12月20日 附表……');
    expect(signed).toMatchObject({ published_on: '2021-12-23', publishedSource: 'label' });
    const cutOff = pub('石渠湾镇2021年政府信息公开工作年度报告\n时间:2021-12-25\n截止2021年12月25日,我镇累计主动公开信息80条。');
    expect(cutOff).toMatchObject({ published_on: '2021-12-25', publishedSource: 'label' });
    // but not a page date long after the text's own date, nor one before it
    expect(pub('石渠湾镇2021年政府信息公开工作年度报告\n发布日期:2021-12-23\n截止2021年6月30日,累计公开50条。').published_on).toBeNull();
    expect(pub('石渠湾镇2021年政府信息公开工作年度报告\n发布日期:2021-12-18\n石渠湾镇人民政府 2021年12月20日').published_on).toBeNull();
    // a signature cannot vouch for itself
    expect(pub('石渠湾镇2021年政府信息公开工作年度报告\n正文\n石渠湾镇人民政府 2021年12月20日').published_on).toBeNull();
  });

  it('填报日期 only when nothing else is given (source drafted)', () => {
    const id = pub('石渠湾镇2017年政府信息公开工作年度报告\n正文\n联系电话: 填报日期:2018-01-05');
    expect(id).toMatchObject({ published_on: '2018-01-05', publishedSource: 'drafted' });
  });

  it('no date at all → null, no source', () => {
    expect(pub('石渠湾镇2017年政府信息公开工作年度报告\n正文')).toMatchObject({ published_on: null, publishedSource: null });
  });

  it('impossible calendar dates are not dates', () => {
    expect(pub('石渠湾镇2017年政府信息公开工作年度报告\n发布日期:2018-02-30').published_on).toBeNull();
  });
});

describe('agency names and levels', () => {
  it('government vs department', () => {
    expect(parseAgency('青禾县人民政府')).toMatchObject({ place: '青禾县', department: null });
    expect(parseAgency('青禾县人民政府办公室')).toMatchObject({ place: '青禾县', department: '办公室' });
    expect(parseAgency('青禾县教育局')).toMatchObject({ place: '青禾县', department: '教育局' });
    expect(parseAgency('枫渡街道办事处')).toMatchObject({ place: '枫渡街道', govSuffix: '办事处', department: null });
    expect(parseAgency('青禾县石渠湾镇人民政府')).toMatchObject({ prefixes: ['青禾县'], place: '石渠湾镇' });
  });

  it('a doubled name is written once (青禾县青禾县教育局)', () => {
    expect(parseAgency('青禾县青禾县教育局')?.written).toBe('青禾县教育局');
  });

  it('placeholders and pronouns are no agency', () => {
    expect(parseAgency('xx街道办事处')).toBeNull();
    expect(parseAgency('我街道')).toBeNull();
    expect(parseAgency('街道办事处')).toBeNull();
    expect(identify(doc('我街道通过政府门户网站、街道办事处网站公开信息。\n来源:网络整理'), 'x.txt').agency).toBeNull();
  });

  it('management zone: 管委会 full name, county level', () => {
    const id = identify(doc('澄川综合实验区2016年度政府信息公开工作年度报告\n正文'), 'x.txt');
    expect(id).toMatchObject({ agency: '澄川综合实验区管委会', agency_short: '澄川综合实验区', level: 'county' });
  });

  it('economic zone committee reports as a department; a government office as a department', () => {
    const zone = identify(doc('澄川市望川经济开发区管委会2020年政府信息公开工作年度报告\n正文'), 'x.txt');
    expect(zone).toMatchObject({ agency: '澄川市望川经济开发区管委会', level: 'department', parent: '澄川市' });
    const office = identify(doc('青禾县人民政府办公室2020年政府信息公开工作年度报告\n正文'), 'x.txt');
    expect(office).toMatchObject({ level: 'department', parent: '青禾县' });
  });

  it('province from provincial document numbers when the division index cannot tell', () => {
    const id = identify(doc('石渠湾镇2020年政府信息公开工作年度报告\n根据《闽政办〔2020〕5号》要求编制本报告。'), 'x.txt');
    expect(id.province).toBe('福建省');
    const mixed = identify(doc('石渠湾镇2020年政府信息公开工作年度报告\n根据闽政办〔2020〕5号和皖政办〔2014〕180号编制。'), 'x.txt');
    expect(mixed.province).toBeNull();
  });

  it('a region scope needs an aggregate statement, not supervision', () => {
    const gov = (body: string) => identify(doc(`望川区人民政府2020年政府信息公开工作年度报告\n${body}`), 'x.txt').scope;
    expect(gov('督促全区各部门做好政府信息公开工作。')).toBe('self');
    expect(gov('全区各级行政机关共主动公开政府信息 900 条。')).toBe('region');
  });
});

describe('robustness', () => {
  it('empty and garbage input give nulls, never throw', () => {
    for (const text of ['', '\n\n\n', '0527843682016 20191231 ####', 'x'.repeat(100_000)]) {
      const id = identify(doc(text), '');
      expect(id.agency).toBeNull();
      expect(id.level).toBe('unknown');
      expect(id.published_on).toBeNull();
    }
  });

  it('a whole page on one very long line is read without the full line being scanned', () => {
    const body = '标题: 石渠湾镇2019年政府信息公开工作年度报告\n发布时间: 2020-01-20 15:22\n' + '正文'.repeat(200_000);
    expect(identify(doc(body), 'x.txt')).toMatchObject({ agency_short: '石渠湾镇', report_year: 2019, published_on: '2020-01-20' });
  });
});

describe('identify: sub-zones, run-together names, summary-style titles', () => {
  it('a 片区管理局 is the sub-zone\'s own government: township level, parent the zone written before it', () => {
    const id = identify(doc('青禾综合实验区东岭片区管理局2022年政府信息公开工作年度报告\n正文'), 'x.txt');
    expect(id).toMatchObject({
      agency: '东岭片区管理局', agency_short: '东岭片区', level: 'township', parent: '青禾综合实验区',
    });
    expect(parseAgency('青禾综合实验区东岭片区管理局')).toMatchObject({ place: '东岭片区', govSuffix: '管理局', department: null });
  });

  it('does not split 市场 (market) into a city 市 and a department starting with 场', () => {
    expect(parseAgency('青禾市场监督管理局')).toBeNull();
    expect(parseAgency('青禾市市场监督管理局')).toMatchObject({ place: '青禾市', department: '市场监督管理局' });
  });

  it('reads the year from a 情况总结 title or a 报送《…工作情况》的函 title', () => {
    expect(identify(doc('标题: 青禾县林业局2013年度政府信息公开情况总结\n正文'), 'x.txt')).toMatchObject({
      report_year: 2013, agency_short: '青禾县林业局',
    });
    expect(identify(doc('标题: 关于报送《青禾县林业局2016年政府信息公开工作情况》的函\n正文'), 'x.txt')).toMatchObject({
      report_year: 2016, agency_short: '青禾县林业局',
    });
    // a section heading `一、2016年政府信息公开工作情况` is no title when a real title is there
    const id = identify(doc('青禾县林业局2017年政府信息公开工作年度报告\n一、2016年政府信息公开工作情况\n正文'), 'x.txt');
    expect(id.report_year).toBe(2017);
  });
});
