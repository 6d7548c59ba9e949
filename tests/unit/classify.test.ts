import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/extract/classify';
import { decodeBytes } from '../../src/extract/text/decode';
import { normalizeText } from '../../src/extract/text/normalize';
import { findPlaceholders } from '../../src/extract/text/placeholders';

const FIXTURES = resolve(__dirname, '../fixtures/text');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
const classify = (text: string) => classifyDocument(normalizeText(text));

const report = fixture('report-simplified.txt');
/** Enough invented prose to clear the length test without mentioning any report words. */
const filler = '镇里组织干部走访农户了解春耕备耕情况并协调解决农资供应问题。'.repeat(8);

describe('classifyDocument', () => {
  it('accepts an ordinary report', () => {
    expect(classify(report)).toEqual({ kind: 'annual_report', reason: null, reason_en: null, category: null });
  });

  it('accepts the same report decoded from GBK bytes', () => {
    const d = decodeBytes(readFileSync(resolve(FIXTURES, 'report-gbk.txt')));
    if ('error' in d) throw new Error(d.error);
    expect(classify(d.text).kind).toBe('annual_report');
  });

  it('accepts a report written in traditional script', () => {
    const trad = report.replace(/政府/g, '政府').replace(/报告/g, '報告').replace(/公开/g, '公開').replace(/处理/g, '處理');
    expect(classify(trad).kind).toBe('annual_report');
  });

  it('does not take the 第二十条第(…)项 rows of a 2019+ table for a regulation', () => {
    const rows = ['(一)', '(五)', '(六)', '(八)', '(九)', '(十)'].map((n) => `第二十条第${n}项\n0\n0\n0`).join('\n');
    expect(classify(`${report}\n${rows}`).kind).toBe('annual_report');
  });

  it('rejects a template with placeholders and a repost disclaimer', () => {
    const c = classify(fixture('template.txt'));
    expect(c.kind).toBe('not_a_report');
    expect(c.category).toBe('template');
    expect(c.reason_en).toMatch(/^this is a template, not a report: placeholders such as 'xxxx年', 'xxx条', 'xx.x%'/);
    expect(c.reason_en).toContain("marked '免责声明'");
    expect(c.reason).toMatch(/^这是模板，不是报告：“xxxx年”、“xxx条”、“xx\.x%”等占位符/);
    expect(c.reason).toContain('标有“免责声明”');
  });

  it('accepts a report page whose site footer says 免责声明 and whose text has one stray x', () => {
    expect(classify(`${report}\n联系人:XXX\n网站地图 | 免责声明 | 联系我们`).kind).toBe('annual_report');
  });

  it('rejects a list of reports', () => {
    const list = [
      '首页 > 政务公开 > 年报',
      ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((y) => `青禾县望川镇人民政府${y}年政府信息公开工作年度报告 ${y + 1}-01-20`),
      '共8条 上一页 下一页',
    ].join('\n');
    const c = classify(`${list}\n${'本栏目'.repeat(20)}`);
    expect(c).toMatchObject({ kind: 'not_a_report', category: 'index' });
    expect(c.reason_en).toBe('this is a list of reports (8 report titles and little text), not a report itself');
    expect(c.reason).toBe('这是报告列表（8 个报告标题，正文很少），本身不是报告');
  });

  it('rejects a list of reports flattened onto one line', () => {
    const years = [2018, 2019, 2020, 2021, 2022, 2023];
    const line = years.map((y) => `望川镇${y}年政府信息公开工作年度报告 ${y + 1}-01-20`).join(' ');
    expect(classify(`政府信息公开年报\n${line}\n${'栏目导航'.repeat(40)}`)).toMatchObject({ category: 'index' });
  });

  it('accepts a report whose page also lists other years in a sidebar', () => {
    const sidebar = [2016, 2017, 2018, 2019, 2020, 2021].map((y) => `望川镇${y}年政府信息公开工作年度报告`).join('\n');
    expect(classify(`${sidebar}\n${report}`).kind).toBe('annual_report');
  });

  it('rejects a notice asking units to compile their reports', () => {
    const notice = [
      '关于做好2023年度政府信息公开工作年度报告编制发布工作的通知',
      '各乡镇人民政府,县直各单位:',
      `为做好年度报告工作,现将有关事项通知如下。${filler}`,
      '请各单位于2024年1月20日前将年度报告报送县政务公开办。',
    ].join('\n');
    const c = classify(notice);
    expect(c).toMatchObject({ kind: 'not_a_report', category: 'notice' });
    expect(c.reason).toContain('关于做好2023年度政府信息公开工作年度报告编制发布工作的通知');
  });

  it('rejects a regulation text', () => {
    const articles = ['一', '二', '三', '四', '五', '六']
      .map((n) => `第${n}条 本制度适用于本县行政机关的政府信息公开工作年度报告编制。${filler.slice(0, 40)}`)
      .join('\n');
    const c = classify(`青禾县政府信息公开工作年度报告制度\n${articles}`);
    expect(c).toMatchObject({ kind: 'not_a_report', category: 'regulation' });
  });

  it('rejects text full of replacement characters', () => {
    const c = classify(report.replace(/[公开政府]/g, '\ufffd'));
    expect(c).toMatchObject({ kind: 'not_a_report', category: 'garbled' });
    expect(c.reason_en).toMatch(/^the text is garbled: \d+% of its characters/);
  });

  it('rejects UTF-8 read as Latin-1 (no Chinese left)', () => {
    const mangled = Buffer.from(report, 'utf8').toString('latin1');
    expect(classify(mangled)).toMatchObject({ kind: 'not_a_report', category: 'garbled' });
  });

  it('rejects a document far too short to be a report', () => {
    const c = classify('青禾县2023年政府信息公开工作年度报告\n详见附件。');
    expect(c).toMatchObject({ kind: 'not_a_report', category: 'too_short' });
    expect(c.reason_en).toMatch(/^the document is far too short to be an annual report \(\d+ Chinese characters\)$/);
  });

  it('rejects a half-year bulletin', () => {
    const c = classify(`青禾县2023年上半年政府信息公开工作情况\n${filler}\n政府信息公开 工作报告`);
    expect(c).toMatchObject({ kind: 'not_a_report', category: 'half_year' });
  });

  it('rejects text on another subject', () => {
    expect(classify(`望川镇春耕工作简报\n2023年4月\n${filler}`)).toMatchObject({ kind: 'not_a_report', category: 'off_topic' });
  });
});

describe('findPlaceholders', () => {
  it('lists each placeholder with its line', () => {
    const doc = normalizeText('xx街道工作总结\n共公开xxx条,占xx.x%。\n二〇二〇年,X省××同志,0x1F,Max条');
    expect(findPlaceholders(doc)).toEqual([
      { line: 1, text: 'xx街道' },
      { line: 2, text: 'xxx条' },
      { line: 2, text: 'xx.x%' },
      { line: 3, text: 'X省' },
      { line: 3, text: '××' },
    ]);
  });

  it('finds nothing in an ordinary report', () => {
    expect(findPlaceholders(normalizeText(report))).toEqual([]);
  });
});

// The real documents: ../shared next to the repository (not part of it). Only text files count;
// PDFs need text extraction first.
const SHARED = resolve(__dirname, '../../../shared');
const realFiles = (): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) out.push(p);
    }
  };
  for (const sub of ['seeds', 'corpus']) if (existsSync(join(SHARED, sub))) walk(join(SHARED, sub));
  return out;
};

describe.skipIf(!existsSync(SHARED))('classifyDocument on the real seeds and corpus (../shared)', () => {
  const files = existsSync(SHARED) ? realFiles() : [];

  it('finds the documents', () => expect(files.length).toBeGreaterThanOrEqual(20));

  it.each(files.map((f) => [f.slice(SHARED.length + 1), f]))('%s', (_label, file) => {
    const d = decodeBytes(readFileSync(file));
    if ('error' in d) throw new Error(d.error);
    const c = classifyDocument(normalizeText(d.text));
    if (/\/002_[^/]*$/.test(file)) {
      expect(c.kind).toBe('not_a_report');
      expect(c.category).toBe('template');
    } else {
      expect(c, c.reason ?? '').toMatchObject({ kind: 'annual_report' });
    }
  });
});

if (!existsSync(SHARED)) {
  describe('classifyDocument on the real seeds and corpus', () => {
    it.skip(`skipped: ${SHARED} is absent (the real documents are not part of the repository)`, () => {});
  });
}
