// The pieces under the standard-table parsers: the tokenizer (labels vs values in any layout) and the
// enumeration of cuts of run-together digits.
import { describe, expect, it } from 'vitest';
import { enumerateSplits, lastIsSum, trimPadding } from '../../src/extract/table2019/splits';
import { tokenize, type Tok, type ValueTok } from '../../src/extract/table2019/tokens';

function toks(text: string): Tok[] {
  const lines = text.split('\n');
  return tokenize(lines, { line: 0, col: 0 }, { line: lines.length - 1, col: lines[lines.length - 1].length });
}

function brief(text: string): string[] {
  return toks(text).flatMap((t) => (t.t === 'label' ? [`L:${t.text}`] : t.t === 'value' ? [`${t.kind}:${t.raw}`] : []));
}

function vals(...raws: string[]): ValueTok[] {
  // a leading space marks a separator before the value
  return raws.map((r) => {
    const raw = r.trim();
    return { t: 'value', kind: raw === '' ? 'blank' : raw === '/' ? 'na' : 'num', raw, line: 1, sep: r.startsWith(' ') };
  });
}

const cuts = (raws: string[], cells: number, rule = false, groupSize = cells) =>
  enumerateSplits(vals(...raws), { cells, maxDigits: 7, groupSize, rule: rule ? lastIsSum : undefined, ruleId: rule ? 'sum' : undefined })
    .candidates.map((c) => c.map((x) => x.raw).join(' '));

describe('tokenize', () => {
  it('a row number glued to the previous row’s digits starts the next label', () => {
    expect(brief('1.属于国家秘密00000002.其他法律行政法规禁止公开0000000')).toEqual([
      'L:1.属于国家秘密', 'num:0000000', 'L:2.其他法律行政法规禁止公开', 'num:0000000',
    ]);
  });

  it('a minus sign after digits starts a new value; inside a label / is text, alone it is not applicable', () => {
    expect(brief('行政事业性收费35-15')).toEqual(['L:行政事业性收费', 'num:35', 'num:-15']);
    expect(brief('上一年项目数量 本年增/减 处理决定数量')).toEqual(['L:上一年项目数量 本年增/减 处理决定数量']);
    expect(brief('规章 / / /')).toEqual(['L:规章', 'na:/', 'na:/', 'na:/']);
  });

  it('numbers in prose and notes stay label text (2020年, 16 件, 100%, bracketed notes)', () => {
    expect(brief('统计期限自2020年1月1日起 (其中修订 16 件) 办结率100% 共 3 件')).toEqual([
      'L:统计期限自2020年1月1日起 (其中修订 16 件) 办结率100% 共 3 件',
    ]);
  });

  it('money keeps its unit, decimals stay whole', () => {
    expect(brief('政府集中采购41 69016779.4元')).toEqual(['L:政府集中采购', 'num:41', 'num:69016779.4元']);
    expect(brief('行政事业性收费0.092')).toEqual(['L:行政事业性收费', 'num:0.092']);
  });

  it('markdown rows: label cells, empty cells as blanks, padding, separators and page footers', () => {
    const t = toks('| (三)不予公开 | 1.属于国家秘密 | 4 |  | 0 |\n|---|---|---|\n— 5 —\n|\n数据1');
    expect(t.map((x) => x.t === 'value' ? `${x.kind}:${x.raw}` : x.t === 'label' ? `L:${x.text}` : x.t)).toEqual([
      'rowStart', 'L:(三)不予公开', 'L:1.属于国家秘密', 'num:4', 'blank:', 'num:0', 'rowEnd', 'L:数据', 'num:1',
    ]);
    expect(brief('| 类别 | 数据1 | 数据2 | 总计 |')).toEqual(['L:类别', 'L:数据1', 'L:数据2', 'L:总计']);
  });

  it('tab rows: empty fields are blank cells', () => {
    expect(brief('(一)予以公开\t\t\t5')).toEqual(['L:(一)予以公开', 'blank:', 'blank:', 'num:5']);
  });

  it('records whether a separator came before a value', () => {
    const v = toks('一、本年新收200 000121').filter((x): x is ValueTok => x.t === 'value');
    expect(v.map((x) => [x.raw, x.sep])).toEqual([['200', true], ['000121', true]]);
    const glued = toks('行政处罚2648-18538').filter((x): x is ValueTok => x.t === 'value');
    expect(glued.map((x) => x.sep)).toEqual([true, false]);
  });
});

describe('enumerateSplits', () => {
  it('a run-together table-三 row has one cut that satisfies its total', () => {
    expect(cuts(['640020470'], 7, true)).toEqual(['64 0 0 2 0 4 70']);
    expect(cuts(['200', ' 000121'], 7, true)).toEqual(['20 0 0 0 0 1 21']);
  });

  it('no cell starts with 0 unless it is 0: 007 is 0 0 7', () => {
    expect(cuts(['007'], 3)).toEqual(['0 0 7']);
    expect(cuts(['0000000'], 7)).toEqual(['0 0 0 0 0 0 0']);
  });

  it('a cell never spans a separator, a sign stays in front, a decimal part and unit stay at the end', () => {
    expect(cuts(['12', ' 3'], 3)).toEqual(['1 2 3']);
    expect(cuts(['2648', '-185'], 3).sort()).toEqual(['2 648 -185', '26 48 -185', '264 8 -185', '2648 -1 85', '2648 -18 5'].sort());
    expect(cuts(['0.092'], 2)).toEqual([]);
    expect(cuts(['3580.5元'], 2)).toEqual(['3 580.5元', '35 80.5元', '358 0.5元']);
  });

  it('table 四: three groups of five, each total = the other four', () => {
    const r = cuts(['10203120001200000'], 15, true, 5);
    expect(r).toEqual(['1 0 2 0 3 12 0 0 0 12 0 0 0 0 0']);
  });

  it('two valid cuts are both returned (the caller reports the ambiguity)', () => {
    expect(cuts(['110000011'], 7, true).sort()).toEqual(['1 10 0 0 0 0 11', '11 0 0 0 0 0 11']);
  });

  it('blanks are single cells and pass the rule (they cannot be checked)', () => {
    expect(cuts(['', '', '', '', '', '', '5'], 7, true)).toEqual(['      5']);
  });

  it('stops at the cap and says so', () => {
    const r = enumerateSplits(vals('12345678901234567890'), { cells: 7, maxDigits: 7, cap: 10 });
    expect(r.candidates).toHaveLength(10);
    expect(r.capped).toBe(true);
  });

  it('memoised results carry the lines of the call, not of the first call (regression: stale lines from the memo)', () => {
    const a = enumerateSplits([{ t: 'value', kind: 'num', raw: '5000005', line: 3, sep: true }], { cells: 7, maxDigits: 7 });
    const b = enumerateSplits([{ t: 'value', kind: 'num', raw: '5000005', line: 40, sep: true }], { cells: 7, maxDigits: 7 });
    expect(a.candidates[0].every((c) => c.line === 3)).toBe(true);
    expect(b.candidates[0].every((c) => c.line === 40)).toBe(true);
  });
});

describe('bounded search', () => {
  it('a pathological digit run gives up (capped) instead of searching for ever', () => {
    const r = enumerateSplits(vals('1234567890123456789012345678901234567890'), { cells: 7, maxDigits: 7, groupSize: 7, rule: lastIsSum, ruleId: 'sum' });
    expect(r.capped || r.candidates.length === 0).toBe(true);
  });
});

describe('trimPadding', () => {
  const k = (s: string) => s.split(',').map((x) => ({ kind: x === '' ? 'blank' : 'num', raw: x }));
  const raw = (v: { raw: string }[]) => v.map((x) => x.raw).join(',');
  it('drops markdown padding at the end before colspan padding at the start, and keeps blanks inside the width', () => {
    expect(raw(trimPadding(k(',2,0,0,0,0,2,'), 7))).toBe(',2,0,0,0,0,2');
    expect(raw(trimPadding(k(',,,,,,,,13'), 7))).toBe(',,,,,,13');
    expect(raw(trimPadding(k('1,0,0'), 7))).toBe('1,0,0');
  });
});
