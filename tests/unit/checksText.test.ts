// Document-level checks on small documents written for these tests (invented agencies and figures).
import { describe, expect, it } from 'vitest';
import { agencyNameChecks } from '../../src/extract/checks/agencyName';
import { breakdownChecks, findBreakdowns } from '../../src/extract/checks/breakdowns';
import { eraChecks, feeDisclosureChecks, timelinessChecks } from '../../src/extract/checks/misc';
import { findPeriod, periodChecks } from '../../src/extract/checks/period';
import { placeholderChecks } from '../../src/extract/checks/placeholders';
import { endsMidSentence, sectionChecks } from '../../src/extract/checks/sections';
import { doc } from './checksFixtures';

const SIX = [
  '云雀镇2020年政府信息公开工作年度报告',
  '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
  '一、总体情况',
  '全年主动公开信息120条，其中工作动态80条、通知公告25条、人事信息15条。',
  '二、主动公开政府信息情况',
  '第二十条第(一)项',
  '三、收到和处理政府信息公开申请情况',
  '本年新收政府信息公开申请数量',
  '四、政府信息公开行政复议、行政诉讼情况',
  '未经复议直接起诉',
  '五、存在的主要问题及改进情况',
  '宣传栏更新不够及时，下一步将每月检查一次。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
].join('\n');

describe('EV-08 prose breakdowns', () => {
  it('a breakdown that adds up passes; nested brackets are counted once', () => {
    expect(breakdownChecks(doc(SIX))).toEqual([]);
    const nested = doc('公开信息30条,其中,年度报告2条;公告公示20条,(其中方案5条,总结15条);其他信息8条。');
    expect(findBreakdowns(nested)[0]).toMatchObject({ total: 30, parts: [2, 20, 8] });
    expect(breakdownChecks(nested)).toEqual([]);
  });

  it('a breakdown that does not add up is a warning naming the line, the total and the sum', () => {
    const f = breakdownChecks(doc('说明\n共公布政府信息500条(其中机构职能类100条，规划计划类150条，其他251条)，主要通过网站公开。'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'EV-08', severity: 'warning' });
    expect(f[0].message_en).toContain('line 2');
    expect(f[0].message_en).toContain('total of 500条 but its breakdown adds up to 501');
  });

  it('names the metric whose figure is the total, when the prose parser read it from that line', () => {
    const d = doc('共公布政府信息500条(其中机构职能类100条，其他401条)。');
    const total = { key: 'proactive_total' as const, state: 'number' as const, value: 500, approx: false, source: { kind: 'text' as const, line: 1, excerpt: '公布政府信息500条' } };
    expect(breakdownChecks(d, [total])[0].metrics).toEqual(['proactive_total']);
  });

  it('a list with 等 or approximate figures is only an info', () => {
    expect(breakdownChecks(doc('共发布信息72条，其中动态40条、公告31条等。'))[0].severity).toBe('info');
    expect(breakdownChecks(doc('共发布信息300余条，其中动态100条、公告31条。'))[0].severity).toBe('info');
  });

  it('a single 其中 item is a subset: it fails only when larger than the total', () => {
    expect(breakdownChecks(doc('共受理申请108件，其中网上申请50件。'))).toEqual([]);
    expect(breakdownChecks(doc('共受理申请108件，其中网上申请191件。'))[0].message_en).toContain('larger than its total');
  });

  it('a list ends where the next breakdown begins, and a unitless last figure is a part', () => {
    const two = doc('共收到申请12条，其中当面申请9条，信函申请3条；答复总数12条，其中同意公开10条，不予公开2条。');
    expect(findBreakdowns(two).map((b) => b.parts)).toEqual([[9, 3], [10, 2]]);
    expect(breakdownChecks(two)).toEqual([]);
    expect(findBreakdowns(doc('获取信息总数90条，其中主动公开50条，依申请公开信息数10条，不予公开信息数30。'))[0].parts).toEqual([50, 10, 30]);
  });

  it('a list that reaches its total and goes on to another subject holds; a small selection is only an info', () => {
    expect(breakdownChecks(doc('办结申请20件，其中：予以公开12件；无法提供8件；另有行政复议案件2件。'))).toEqual([]);
    const sel = breakdownChecks(doc('通过网站公开信息900条，其中财政信息9条；住房信息7条。'));
    expect(sel[0].severity).toBe('info');
  });

  it('percentages, years and article numbers are not parts', () => {
    expect(findBreakdowns(doc('发布信息40条，其中2019年度总结10条，占25%，依据第20条公开的30条。'))[0].parts).toEqual([10, 30]);
  });
});

describe('sections, tables and truncation', () => {
  it('a complete 2019-format report has no structural finding', () => {
    expect(sectionChecks(doc(SIX), '2019', ['proactive', 'requests', 'appeals'])).toEqual([]);
  });

  it('EV-04: a missing section is an error naming it', () => {
    const text = SIX.replace('六、其他需要报告的事项', '').replace('本年度未收取信息处理费。', '本报告完。');
    const f = sectionChecks(doc(text), '2021', ['proactive', 'requests', 'appeals']);
    expect(f).toEqual([expect.objectContaining({ code: 'EV-04', severity: 'error' })]);
    expect(f[0].message).toContain('六、其他需要报告的事项');
  });

  it('EV-05: a table with no trace is an error; a table whose labels are present but unread is "cannot verify"', () => {
    const noTable4 = SIX.replace('未经复议直接起诉', '（表格见附件）');
    const f = sectionChecks(doc(noTable4), '2019', ['proactive', 'requests']);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['EV-05', 'error']]);
    const g = sectionChecks(doc(SIX), '2019', ['proactive', 'requests']);
    expect(g.map((x) => [x.code, x.severity])).toEqual([['EV-05-UNVERIFIED', 'info']]);
  });

  it('TRUNCATED: the last section missing and the text ending mid-sentence', () => {
    const cut = SIX.split('\n').slice(0, 10).join('\n') + '\n全年共办理各类事项多件，群众满意度持续提升，下一步我镇将继续';
    expect(endsMidSentence(doc(cut))).toBe(true);
    const f = sectionChecks(doc(cut), '2019', ['proactive', 'requests', 'appeals']);
    expect(f.map((x) => x.code)).toEqual(['TRUNCATED']);
    expect(f[0].message_en).toContain('line 11');
    // ending on a date or a signature is a proper end
    expect(endsMidSentence(doc('正文。\n云雀镇人民政府\n2021年1月20日'))).toBe(false);
  });

  it('SECTIONS-A: a 2008-era report without a problems section is warned about', () => {
    const old = '一、主动公开情况\n公开信息10条。\n二、依申请公开情况\n未收到申请。\n三、收费情况\n未收取费用。\n四、行政复议和诉讼\n无。';
    const f = sectionChecks(doc(old), '2008', []);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['SECTIONS-A', 'warning']]);
    expect(f[0].message).toContain('存在的主要问题');
  });
});

describe('EV-13 placeholders', () => {
  it('a template full of placeholders is an error; URLs and pinyin are not placeholders', () => {
    const f = placeholderChecks(doc('xxxx年，xx街道主动公开信息xxx条，占总量xx.x%。'));
    expect(f[0]).toMatchObject({ code: 'EV-13', severity: 'error' });
    expect(placeholderChecks(doc('详见 www.example.gov.cn/zfxxgk/ 专栏，公(gōng)开(kāi)。'))).toEqual([]);
  });
});

describe('EV-12 another agency named as the author', () => {
  const pre = '根据《条例》规定，编制山月市人民政府2016年政府信息公开工作年度报告。\n一、基本情况';
  it('flags a preamble that compiles another agency\'s report', () => {
    const f = agencyNameChecks(doc(pre), '云雀街道办事处', '云雀街道');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('山月市人民政府');
    expect(f[0].message_en).toContain('line 1');
  });
  it('ignores a cited notice about reports (关于做好…年度报告…的通知)', () => {
    expect(agencyNameChecks(doc('根据山月市人民政府办公厅关于做好2015年政府信息公开工作年度报告编制工作的通知要求。\n一、概述'), '云雀街道办事处', '云雀街道')).toEqual([]);
  });
  it('accepts the agency\'s own name, with or without its suffix', () => {
    expect(agencyNameChecks(doc('云雀街道2016年政府信息公开工作年度报告\n特向社会公布2016年云雀街道办事处政府信息公开年度报告。'), '云雀街道办事处', '云雀街道')).toEqual([]);
    expect(agencyNameChecks(doc(pre), null, null)).toEqual([]);
  });
});

describe('period and year', () => {
  it('reads the period, including dates whose 年/月 were dropped', () => {
    expect(findPeriod(doc(SIX))).toMatchObject({ start: [2020, 1, 1], end: [2020, 12, 31] });
    expect(findPeriod(doc('本报告统计期限自201911日至20191231日止。'))).toMatchObject({ start: [2019, 1, 1], end: [2019, 12, 31] });
  });
  it('PERIOD-FULL-YEAR flags an early end, an open end and a blank period', () => {
    expect(periodChecks(doc('数据统计期限自2021年1月1日起至2021年12月30日止。'), 2021, '2021')[0].message).toContain('2021-12-30');
    expect(periodChecks(doc('统计期限为2015年1月至今。'), 2015, '2008')[0].message_en).toContain('open-ended');
    expect(periodChecks(doc('本报告所列数据的统计期限自至。'), 2013, '2008')[0].message_en).toContain('no dates');
    expect(periodChecks(doc(SIX), 2020, '2019')).toEqual([]);
  });
  it('YEAR-CONSISTENT: title year and period year differ', () => {
    const f = periodChecks(doc('云雀镇2021年政府信息公开工作年度报告\n统计期限自2020年1月1日起至2020年12月31日止。'), 2021, '2021');
    expect(f.map((x) => x.code)).toEqual(['PERIOD-FULL-YEAR', 'YEAR-CONSISTENT']);
  });
});

describe('format era, timeliness, fees', () => {
  it('FMT-ERA-MISMATCH compares the format with the year', () => {
    expect(eraChecks('2008', 2019)[0]).toMatchObject({ code: 'FMT-ERA-MISMATCH', severity: 'warning' });
    expect(eraChecks('2019', 2020)).toEqual([]);
    expect(eraChecks(null, 2020)).toEqual([]);
  });
  it('EV-01 says the deadline and the days late', () => {
    const f = timelinessChecks('department', 2022, '2023-02-16');
    expect(f[0]).toMatchObject({ code: 'EV-01', severity: 'error' });
    expect(f[0].message_en).toContain('16 day(s) after the deadline 2023-01-31');
    expect(f[0].message).toContain('晚于截止日期2023-01-31 16天');
    expect(timelinessChecks('township', 2020, '2021-02-22')[0].severity).toBe('warning');
    expect(timelinessChecks('county', 2019, '2020-02-20')).toEqual([]);
    expect(timelinessChecks('county', 2019, null)).toEqual([]);
  });
  it('EV-15: a 2021-era report silent on the information-processing fee gets an info', () => {
    expect(feeDisclosureChecks(doc(SIX), '2021', 2021)).toEqual([]);
    const silent = SIX.replace('本年度未收取信息处理费。', '无。');
    expect(feeDisclosureChecks(doc(silent), '2021', 2021)[0]).toMatchObject({ code: 'EV-15', severity: 'info' });
    expect(feeDisclosureChecks(doc(silent), '2019', 2020)).toEqual([]);
  });
});
