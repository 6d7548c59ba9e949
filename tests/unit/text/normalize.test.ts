import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixKnownMojibake } from '../../../src/extract/text/mojibake';
import { normalizeText } from '../../../src/extract/text/normalize';
import { blankPageFurniture } from '../../../src/extract/text/pageFurniture';
import { stripPinyinResidue } from '../../../src/extract/text/pinyin';
import { looksTraditional, toSimplified } from '../../../src/extract/text/traditional';

const norm = (s: string) => normalizeText(s).text;

describe('normalizeText: the base contract', () => {
  it('keeps one output line per input line, whatever the line endings', () => {
    const raw = '一、总体情况\r\n规章\r0\n\n— 1 —\r\n末行';
    const doc = normalizeText(raw);
    expect(doc.lines).toHaveLength(6);
    expect(doc.text).not.toMatch(/\r/);
    expect(doc.lines.join('\n')).toBe(doc.text);
  });

  it('turns full-width ASCII (digits, brackets, colon, letters) into half-width', () => {
    expect(norm('（一）本年新收：１２３件，ＡＢＣ％')).toBe('(一)本年新收:123件,ABC%');
  });

  it('turns the ideographic space and no-break space into spaces and drops zero-width characters', () => {
    expect(norm('规章\u30000\u00a00\u200b0\ufeff')).toBe('规章 0 00');
  });
});

describe('normalizeText: repairs', () => {
  it('converts a traditional-script mirror with pinyin readings to simplified', () => {
    expect(norm('根據(jù)《條例》規定，望川鎮公(gōng)開(kāi)政府信息１２６條。')).toBe(
      '根据《条例》规定,望川镇公开政府信息126条。',
    );
  });

  it('reads the traditional-script fixture exactly as the simplified one it was made from', () => {
    const dir = resolve(__dirname, '../../fixtures/text');
    const trad = normalizeText(readFileSync(resolve(dir, 'report-traditional.txt'), 'utf8'));
    const simp = normalizeText(readFileSync(resolve(dir, 'report-simplified.txt'), 'utf8'));
    expect(trad.lines).toEqual(simp.lines);
  });

  it('keeps line structure through traditional conversion', () => {
    const doc = normalizeText('一、總體情況\n\n規章 | 0 | 0 | 0\n三、收到和處理政府信息公開申請情況');
    expect(doc.lines).toEqual(['一、总体情况', '', '规章 | 0 | 0 | 0', '三、收到和处理政府信息公开申请情况']);
  });

  it('leaves simplified text with one stray traditional character alone', () => {
    expect(looksTraditional('联系人:於小明,本年度共受理申请3件')).toBe(false);
    expect(toSimplified('联系人:於小明')).toBe('联系人:於小明');
  });

  it('repairs the known bracket mojibake and F將', () => {
    expect(norm('。ㄒ唬加强组织领导\n。ǘ完善制度\n。ㄈ强化监督')).toBe('(一)加强组织领导\n(二)完善制度\n(三)强化监督');
    expect(norm('F(xiàn)將自查情況報告如下')).toBe('现将自查情况报告如下');
    expect(fixKnownMojibake('F將')).toBe('現將');
  });

  it('does not touch text that merely contains a 。 or an F', () => {
    expect(fixKnownMojibake('完成。下一步F2栏')).toBe('完成。下一步F2栏');
  });

  it('strips toned pinyin after a character but keeps English notes in ordinary reports', () => {
    expect(stripPinyinResidue('公(gōng)開(kāi)的(de)')).toBe('公開的');
    expect(stripPinyinResidue('政务新媒体(app)和邮箱(email)')).toBe('政务新媒体(app)和邮箱(email)');
    expect(stripPinyinResidue('网站(http://x.gov.cn)')).toBe('网站(http://x.gov.cn)');
  });

  it('collapses spaces between Chinese characters but not next to digits', () => {
    expect(norm('完 善 制度　建设')).toBe('完善制度建设');
    expect(norm('本年新 制作数量')).toBe('本年新制作数量');
    expect(norm('规章 0 0 0')).toBe('规章 0 0 0');
    expect(norm('2021 年 1 月 1 日')).toBe('2021 年 1 月 1 日');
    expect(norm('规章\t0\t0')).toBe('规章\t0\t0');
  });

  it('blanks page-number lines but keeps their place, and keeps bare numbers (table cells)', () => {
    const doc = normalizeText('正文\n— 1 —\n- 2 -\n第 3 页 共 5 页\n第3页\n共5页 第4页\n0\n12\n第二十条第(一)项');
    expect(doc.lines).toEqual(['正文', '', '', '', '', '', '0', '12', '第二十条第(一)项']);
    expect(blankPageFurniture('—— 完 ——')).toBe('—— 完 ——');
  });
});

describe('normalizeText: properties', () => {
  // Characters the steps react to, so random strings actually exercise them.
  const piece = fc.constantFrom(
    '\r\n', '\r', '\n', ' ', '\u3000', '\u200b', '（', '）', '１', '：', '據', '開', '報', '(jù)', '(app)', '。ㄒ唬',
    'F將', '— 1 —', '第 3 页', '完', '善', '0', 'x', '|', '\t', 'a', '年',
  );
  const text = fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }).map((a) => a.join(''));

  it('keeps one output line per input line and is idempotent', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const doc = normalizeText(raw);
        expect(doc.lines.length).toBe(raw.split(/\r\n|\r|\n/).length);
        expect(normalizeText(doc.text).text).toBe(doc.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('regressions', () => {
  // fast-check found it: the first pass stripped one residue of a run and left the next for a
  // second pass, so normalising twice changed the text.
  it('normalize is idempotent on repeated pinyin residues (年(jù)(jù))', () => {
    const once = normalizeText('开(kāi)年(jù)(jù)').text;
    expect(once).toBe('开年');
    expect(normalizeText(once).text).toBe(once);
  });
});
