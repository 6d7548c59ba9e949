// The text stages' caps on hostile input (issue 13): each bounds time and memory, keeps the text,
// and is reported as a finding that says what was cut. Timings are in `npm run bench:hostile`.
import { describe, expect, it } from 'vitest';
import { checkDef } from '../../../src/domain/checks';
import { extractReport } from '../../../src/extract/extractReport';
import { htmlToText, MAX_ROW_CELLS } from '../../../src/extract/text/html';
import { MAX_DEPTH, MAX_ELEMENTS, parseHtml, type HElement } from '../../../src/extract/text/htmlParse';
import { layoutGrid, MAX_GRID_CELLS, MAX_GRID_COLUMNS, tableParts } from '../../../src/extract/text/htmlTable';
import { noCuts } from '../../../src/extract/text/inputCuts';
import { breakLongLines, MAX_LINE_CHARS } from '../../../src/extract/text/longLines';
import { hostileDocument } from '../../../scripts/hostile/families';

function depthOf(el: HElement): number {
  let d = 0;
  for (let cur: HElement | undefined = el; cur; d++) cur = cur.children.find((c): c is HElement => typeof c !== 'string');
  return d;
}

describe('HTML nesting', () => {
  it('200,000 unclosed <div>s: nesting stops at MAX_DEPTH, the text is kept, the cut is counted', () => {
    const cuts = noCuts();
    const root = parseHtml('<div>'.repeat(200_000) + '规章 12', cuts);
    expect(depthOf(root)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(cuts.deepTags).toBe(200_000 - MAX_DEPTH);
    expect(htmlToText('<div>'.repeat(200_000) + '规章 12')).toBe('规章 12');
  });

  it(`more than MAX_ELEMENTS elements: later tags are read as if absent, their text kept, the cut counted`, () => {
    const cuts = noCuts();
    const text = htmlToText('<p>甲</p>'.repeat(MAX_ELEMENTS + 500), cuts);
    expect(cuts.extraTags).toBe(500);
    expect(text.match(/甲/g)).toHaveLength(MAX_ELEMENTS + 500);
  });

  it('tables nested in cells 5,000 deep render every cell once', () => {
    const html = '<table><tr><td>甲</td><td>'.repeat(5000) + '乙';
    const text = htmlToText(html);
    // three open elements per level (table, tr, td): the levels within the cap are cells of their own
    expect(text.split('\n').filter((l) => l === '甲')).toHaveLength(Math.floor(MAX_DEPTH / 3));
    expect(text.match(/甲/g)).toHaveLength(5000);
    expect(text.endsWith('乙')).toBe(true);
  });

  it('ordinary nesting is untouched (no cut)', () => {
    const cuts = noCuts();
    expect(htmlToText('<div><p>一<p>二</div><table><tr><td>规章<td>3</table>', cuts).split('\n')).toEqual(['一', '二', '规章 | 3']);
    expect(cuts).toEqual(noCuts());
  });
});

describe('table spans and widths', () => {
  const table = (html: string) => tableParts(parseHtml(html).children[0] as HElement);

  it('2,000 cells with colspan=1000 rowspan=1000: the grid stays within MAX_GRID_CELLS and every cell text is placed', () => {
    const { rows } = table(`<table>${'<tr><td colspan="1000" rowspan="1000">x</td></tr>'.repeat(2000)}</table>`);
    const cuts = noCuts();
    const grid = layoutGrid(rows, rows.map((r, i) => r.map(() => `x${i}`)), cuts);
    const slots = grid.reduce((n, r) => n + r.length, 0);
    expect(slots).toBeLessThanOrEqual(MAX_GRID_CELLS + 2000);
    expect(grid.every((r) => r.length <= MAX_GRID_COLUMNS + 1)).toBe(true);
    expect(new Set(grid.flat().filter(Boolean)).size).toBe(2000); // a rowspan repeats its text below
    expect(cuts.spanCells).toBe(2000);
    expect(cuts.maxColspan).toBe(1000);
  });

  it('spans inside the limits are laid out as before (no cut)', () => {
    const { rows } = table('<table><tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr><tr><td>1</td><td>2</td></tr></table>');
    const cuts = noCuts();
    expect(layoutGrid(rows, [['甲', '乙'], ['1', '2']], cuts)).toEqual([['甲', '乙', ''], ['甲', '1', '2']]);
    expect(cuts).toEqual(noCuts());
  });

  it(`a row of more than ${MAX_ROW_CELLS} cells makes the table plain lines, each cell kept`, () => {
    const cuts = noCuts();
    const text = htmlToText(`<table><tr>${'<td>5'.repeat(1000)}</table>`, cuts);
    expect(text.split('\n')).toEqual(Array(1000).fill('5'));
    expect(cuts.wideTables).toBe(1);
    expect(cuts.maxRowCells).toBe(1000);
  });
});

describe('long lines', () => {
  it('are broken at spaces, never inside a number, and nothing is lost', () => {
    const line = '收到申请 12345 | '.repeat(10_000);
    const cuts = noCuts();
    const out = breakLongLines(`标题\n${line}\n尾`, cuts);
    const pieces = out.split('\n');
    expect(pieces.every((p) => p.length <= MAX_LINE_CHARS)).toBe(true);
    expect(pieces.slice(1, -1).join('') === line).toBe(true);
    expect(pieces.slice(1, -1).every((p) => /^收到申请 12345/.test(p))).toBe(true);
    expect(cuts.longLines).toBe(1);
    expect(cuts.longestLine).toBe(line.length);
  });

  it('a digit run longer than the limit is cut, a number beside it is not', () => {
    const run = '7'.repeat(MAX_LINE_CHARS + 10);
    const pieces = breakLongLines(`甲 ${run}`).split('\n');
    expect(pieces[0]).toBe('甲 ');
    expect(pieces.join('') === `甲 ${run}`).toBe(true);
  });

  it('text with no long line is returned as is', () => {
    const t = '规章 1\n'.repeat(20_000);
    expect(breakLongLines(t)).toBe(t);
  });
});

describe('extractReport reports every cut as a registered finding in both languages', () => {
  const cases = [
    ['deep-nesting', 'INPUT-NESTING-CUT', /嵌套超过 256 层/, /nested deeper than 256 levels/],
    ['huge-spans', 'INPUT-SPAN-CUT', /colspan 1,000、rowspan 1,000/, /largest colspan 1,000, rowspan 1,000/],
    ['unclosed-cells', 'INPUT-ROW-CELLS-CUT', /超过 200 个单元格/, /more than 200 cells/],
    ['giant-line', 'INPUT-LINE-CUT', /超过 50,000 个字符/, /exceed 50,000 characters/],
  ] as const;
  for (const [family, code, zh, en] of cases) {
    it(`${family} → ${code}`, () => {
      const x = extractReport({ name: `${family}.html`, text: hostileDocument(family, 200_000) });
      expect(x.reason_en ?? '').not.toMatch(/^the extractor failed/);
      const f = x.findings.find((g) => g.code === code);
      expect(f, x.findings.map((g) => g.code).join(' ')).toBeDefined();
      expect(f!.message).toMatch(zh);
      expect(f!.message_en).toMatch(en);
      for (const g of x.findings) expect(checkDef(g.code), g.code).toBeDefined();
    });
  }

  it('an ordinary HTML report gets no cut finding', () => {
    const x = extractReport({ name: 'ok.html', text: '<html><body><h1>2021年政府信息公开工作年度报告</h1><table><tr><td>规章</td><td>3</td></tr></table></body></html>' });
    expect(x.findings.filter((f) => f.code.startsWith('INPUT-'))).toEqual([]);
  });
});
