import { describe, expect, it } from 'vitest';
import { parseProseFigures } from '../../src/extract/prose/index';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Era, Figure } from '../../src/extract/types';

// Sentences written for these tests (invented agencies and figures).
const read = (text: string, era: Era | null = '2008') => parseProseFigures(normalizeText(text), era);
const get = (figs: Figure[], key: string) => figs.find((f) => f.key === key);
const value = (text: string, key: string, era: Era | null = '2008') => get(read(text, era), key)?.value;

describe('parseProseFigures: label-anchored phrases', () => {
  it('reads proactive counts, with 余 as approximate', () => {
    expect(value('2015年，本局主动公开政府信息27条。', 'proactive_total')).toBe(27);
    const f = get(read('全年我乡主动在县政府信息公开平台上发布各类信息共 140 余条。'), 'proactive_total')!;
    expect(f.value).toBe(140);
    expect(f.approx).toBe(true);
    expect(f.source.kind).toBe('text');
    expect(f.source.excerpt).toContain('余');
  });

  it('keeps cumulative stock out and takes the year’s new items', () => {
    expect(value('截至目前累计主动公开信息820条，今年新增主动公开信息76条。', 'proactive_total')).toBe(76);
    expect(value('本单位历年累计主动公开政府信息1200条。', 'proactive_total')).toBeUndefined();
  });

  it('does not take a category named 其他应主动公开… as the total', () => {
    expect(value('其中机构职能类信息12条，其他应主动公开政府信息40条。', 'proactive_total')).toBeUndefined();
  });

  it('prefers the exact 主动公开 phrase over a looser 共发布信息 anywhere earlier', () => {
    const t = '重点项目栏目全年共发布信息31条。二、主动公开情况 2016年全县主动公开政府信息905条。';
    expect(value(t, 'proactive_total')).toBe(905);
  });

  it('reads requests received, and 未收到…申请 as 0', () => {
    expect(value('2014年共收到政府信息公开申请十二件，均已按时答复。', 'requests_received')).toBe(12);
    expect(value('2014年本机关未收到政府信息公开申请。', 'requests_received')).toBe(0);
    expect(value('共受理依申请公开3件。', 'requests_received')).toBe(3);
  });

  it('does not read other desks’ applications or appeals as disclosure requests', () => {
    expect(value('服务大厅共受理申请5210件。', 'requests_received')).toBeUndefined();
    const figs = read('未收到有关政府信息公开的行政复议申请。');
    expect(get(figs, 'requests_received')).toBeUndefined();
    expect(get(figs, 'reconsideration_total')?.value).toBe(0);
  });

  it('reads 全年未发生…行政复议/行政诉讼 as 0 for each one named', () => {
    const figs = read('2016年，全年未发生因政府信息公开申请提起的行政复议和行政诉讼案件。');
    expect(get(figs, 'reconsideration_total')?.value).toBe(0);
    expect(get(figs, 'litigation_total')?.value).toBe(0);
    const only = read('2016年，全年未发生与政府信息公开相关的行政复议事项。');
    expect(get(only, 'litigation_total')).toBeUndefined();
  });

  it('reads a stated number of reconsiderations', () => {
    expect(value('未收到政府信息公开申请，收到1份有关政府信息公开的行政复议申请。', 'reconsideration_total')).toBe(1);
  });

  it('reads fees: 未收取…费用 is 0, amounts in 元 and 万元 are yuan', () => {
    expect(value('本年度未收取任何政府信息公开费用。', 'fees_collected')).toBe(0);
    expect(value('依申请公开收取检索复制费用共计120元。', 'fees_collected')).toBe(120);
    expect(value('依申请公开信息收取的费用0.3万元。', 'fees_collected')).toBe(3000);
  });

  it('reads units, reading points, special funds (万元 → yuan, 无 → 0)', () => {
    const figs = read('我局设立信息公开工作专门机构1个，设置政府信息公开查阅点4个，年度专项经费0.5万元。');
    expect(get(figs, 'dedicated_units')?.value).toBe(1);
    expect(get(figs, 'reading_points')?.value).toBe(4);
    expect(get(figs, 'special_funds')?.value).toBe(5000);
    expect(value('2016年，本镇无政府信息公开专项经费。', 'special_funds')).toBe(0);
    expect(value('年度专项经费8000元。', 'special_funds')).toBe(8000);
  });

  it('reads staff: 人员70人（全部兼职） → total and part-time', () => {
    const figs = read('从事政府信息公开工作人员23人（全部兼职），年度专项经费3000元。');
    expect(get(figs, 'staff_total')?.value).toBe(23);
    expect(get(figs, 'staff_part_time')?.value).toBe(23);
    expect(get(figs, 'staff_full_time')).toBeUndefined();
    const other = read('便民中心配备专职工作人员9名。');
    expect(get(other, 'staff_full_time')).toBeUndefined();
  });

  it('reads meetings and training with Chinese numerals (两期, 三次)', () => {
    const figs = read('全年召开政府信息公开工作会议三次，举办信息公开培训班两期，培训人员85人次。');
    expect(get(figs, 'meetings')?.value).toBe(3);
    expect(get(figs, 'training_sessions')?.value).toBe(2);
    expect(get(figs, 'training_attendees')?.value).toBe(85);
  });

  it('does not count meetings that are not about disclosure work', () => {
    expect(value('全年召开防汛工作会议5次。', 'meetings')).toBeUndefined();
  });

  it('never takes phone numbers, postcodes, hotlines or addresses as figures', () => {
    const figs = read(
      '联系电话：0571-88886666，邮编：311999，地址：和平路128号，市民热线12345。2016年主动公开政府信息30条。',
    );
    const values = figs.map((f) => f.value);
    for (const bad of [571, 88886666, 311999, 128, 12345]) expect(values).not.toContain(bad);
    expect(get(figs, 'proactive_total')?.value).toBe(30);
  });

  it('reads in later eras the facts their tables carry too (merge compares them), but not 2008-only rows', () => {
    // requests, reconsiderations and lawsuits are in the 2019/2021 tables 三 and 四: the prose figure is
    // read so that a sentence contradicting the table can be reported; 举报投诉 is a 2008 row only.
    const t = '2020年本机关未收到政府信息公开申请，主动公开政府信息300余条，未收取信息处理费，未收到举报投诉。';
    const figs = read(t, '2019');
    expect(get(figs, 'requests_received')?.value).toBe(0);
    expect(get(figs, 'proactive_total')?.value).toBe(300);
    expect(get(figs, 'fees_collected')?.value).toBe(0);
    expect(get(figs, 'complaints_total')).toBeUndefined();
  });

  it('does not read the 2021 table label 逾期未按收费通知要求缴纳费用 as a fee statement', () => {
    expect(value('3.逾期未按收费通知要求缴纳费用 0 0 0', 'fees_collected', '2021')).toBeUndefined();
  });
});

describe('parseProseFigures: headings that repeat the table rows', () => {
  const mirror = [
    '(一)主动公开政府信息数。',
    '',
    '在政务平台公开信息25条，其中2015年度报告1条。',
    '',
    '(一)回应公众关注热点或重大舆情数。',
    '',
    '2016年，本街道没有回应公众关注热点或重大舆情数情况。',
    '(三)从事政府信息公开工作人员数。',
    '2016年，本街道从事信息公开工作的兼职人员4人。',
    '(七)接受培训人员数。',
    '2016年，本街道接受培训人员数共计35人次。',
  ].join('\n');

  it('takes the first figure in the row’s unit under each heading, or 0 when it says none', () => {
    const figs = read(mirror);
    expect(get(figs, 'proactive_total')?.value).toBe(25);
    expect(get(figs, 'responses_hotspots')?.value).toBe(0);
    expect(get(figs, 'staff_total')?.value).toBe(4);
    expect(get(figs, 'training_attendees')?.value).toBe(35);
    expect(get(figs, 'proactive_total')?.source.line).toBe(3);
  });

  it('is not used for later-era reports', () => {
    expect(get(read(mirror, '2021'), 'responses_hotspots')).toBeUndefined();
  });
});

describe('parseProseFigures: bad input', () => {
  it('never throws and finds nothing in noise', () => {
    for (const t of ['', '\u0000', '条条条件件', '未'.repeat(5000), '主动公开'.repeat(2000)]) {
      expect(() => read(t)).not.toThrow();
    }
    expect(read('')).toEqual([]);
  });
});

describe('parseProseFigures: reading points written number-first', () => {
  it('reads 设立N个…查阅点', () => {
    expect(value('今年在镇便民服务中心设立2个政府信息查阅点。', 'reading_points')).toBe(2);
  });
});

describe('parseProseFigures: appeal rights are not appeal counts', () => {
  it('does not read 对未公开的信息…可依法申请行政复议 as zero reconsiderations', () => {
    const figs = read('对未公开的信息申请人可依法申请政府信息公开行政复议或提起行政诉讼。');
    expect(get(figs, 'reconsideration_total')).toBeUndefined();
    expect(get(figs, 'litigation_total')).toBeUndefined();
  });
});

describe('parseProseFigures: row label and figure on one line', () => {
  it('reads (二)设置政府信息公开查阅点数:2个 and (七)接受培训人员数45人次', () => {
    const figs = read(['(二)设置政府信息公开查阅点数:2个。', '(七)接受培训人员数45人次。'].join('\n'));
    expect(get(figs, 'reading_points')?.value).toBe(2);
    expect(get(figs, 'training_attendees')?.value).toBe(45);
  });
});

describe('parseProseFigures: request wording variants', () => {
  it('reads 受理依申请公开事项N件', () => {
    expect(value('2013年共受理依申请公开事项4件，已全部办结。', 'requests_received')).toBe(4);
  });
});
