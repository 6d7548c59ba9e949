import { describe, expect, it } from 'vitest';
import { reflowParagraphs, runsToLines, toRun, type PositionedRun } from '../../src/worker/pdfLines';

const run = (str: string, x: number, y: number, w = str.length * 10, h = 10): PositionedRun => ({ str, x, y, w, h });

describe('runsToLines (pdf.js text runs → lines)', () => {
  it('keeps a table row on one line, cells separated by a space, left to right', () => {
    // Runs arrive in content-stream order, not reading order.
    const lines = runsToLines([
      run('0', 300, 700), run('规章', 50, 700), run('12', 200, 700), run('5', 250, 700),
      run('行政规范性文件', 50, 680), run('3', 200, 680),
    ]);
    expect(lines).toEqual(['规章 12 5 0', '行政规范性文件 3']);
  });

  it('orders lines top to bottom (PDF y grows upwards)', () => {
    expect(runsToLines([run('下', 0, 100), run('上', 0, 500), run('中', 0, 300)])).toEqual(['上', '中', '下']);
  });

  it('joins adjacent runs of one word without inserting a space', () => {
    // 本年新收 split by the producer into two runs that touch.
    expect(runsToLines([run('本年', 0, 100, 20), run('新收', 20, 100, 20)])).toEqual(['本年新收']);
  });

  it('keeps a slightly raised cell on its row but splits rows at normal leading', () => {
    const lines = runsToLines([run('总计', 0, 100), run('19', 100, 101.5), run('下一行', 0, 86)]);
    expect(lines).toEqual(['总计 19', '下一行']);
  });

  it('drops whitespace-only runs and returns nothing for an empty page', () => {
    expect(runsToLines([run('   ', 0, 10), run('', 0, 20)])).toEqual([]);
  });

  it('toRun reads pdf.js items and skips marked-content items', () => {
    expect(toRun({ type: 'beginMarkedContent' })).toBeNull();
    expect(toRun({ str: '年报', transform: [12, 0, 0, 12, 72, 700], width: 24, height: 12 })).toEqual({ str: '年报', x: 72, y: 700, w: 24, h: 12 });
    // Height 0 (some producers): fall back to the transform's scale.
    expect(toRun({ str: 'a', transform: [0, 0, 0, 9, 1, 2], width: 3, height: 0 })?.h).toBe(9);
  });
});

describe('reflowParagraphs (justified paragraphs wrapped at the right margin)', () => {
  // A page whose text block spans x = 50..350 at 10-unit CJK characters.
  const line = (text: string, left: number, y: number, right = left + text.length * 10, maxGap = 0) =>
    ({ text, left, right, y, h: 10, maxGap });

  it('joins a wrapped line to its continuation so split phrases read whole', () => {
    const out = reflowParagraphs([
      line('某某县人民政府2023年政府信息公开工作年', 50, 700, 350),
      line('度报告如下。', 50, 686),
      line('这是新段落', 70, 672), // indented: a new paragraph
    ]);
    expect(out).toEqual(['某某县人民政府2023年政府信息公开工作年度报告如下。', '这是新段落']);
  });

  it('does not join after a sentence end, across wide gaps (tables), to a row of numbers, or across a large vertical gap', () => {
    expect(reflowParagraphs([line('句子结束了。', 50, 700, 350), line('下一句', 50, 686)])).toEqual(['句子结束了。', '下一句']);
    expect(reflowParagraphs([line('规章 0 0 0', 50, 700, 350, 5), line('行政规范性文件', 50, 686)])).toEqual(['规章 0 0 0', '行政规范性文件']);
    expect(reflowParagraphs([line('（二）部分公开（区分处理的，只计这一情形，不', 50, 700, 350), line('4 0 0 0 0 0 4', 50, 686)]))
      .toEqual(['（二）部分公开（区分处理的，只计这一情形，不', '4 0 0 0 0 0 4']);
    expect(reflowParagraphs([line('标题', 50, 700, 350), line('正文', 50, 600)])).toEqual(['标题', '正文']);
  });

  it('a line that stops short of the right edge ends its paragraph', () => {
    expect(reflowParagraphs([line('短行', 50, 700), line('长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长', 50, 686, 350)]))
      .toEqual(['短行', '长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长']);
  });
});
