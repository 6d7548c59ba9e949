import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../../src/extract/text/html';
import { decodeEntities } from '../../../src/extract/text/htmlEntities';

const page = readFileSync(resolve(__dirname, '../../fixtures/text/report-page.html'), 'utf8');
const text = htmlToText(page);
const lines = text.split('\n');

const cellsOf = (line: string) => line.split(' | ');

describe('looksLikeHtml', () => {
  it('recognises a page', () => expect(looksLikeHtml(page)).toBe(true));
  it('recognises a fragment with several block tags', () =>
    expect(looksLikeHtml('<p>一</p><p>二</p><table><tr><td>0</td></tr></table>')).toBe(true));
  it('leaves plain text and markdown with a stray <br> alone', () => {
    expect(looksLikeHtml('一、总体情况\n规章 0 0 0\n')).toBe(false);
    expect(looksLikeHtml('| 规章 | 0<br>1 | 0 |\n| --- | --- | --- |\n')).toBe(false);
  });
});

describe('htmlToText on a report page', () => {
  it('drops head, title, style, script, nav, the page header, footer, comments and hidden blocks', () => {
    for (const gone of ['color: red', 'menu', '脚本文字', '门户网站', '搜索', '主办单位', '注释里的文字', '隐藏的文字']) {
      expect(text).not.toContain(gone);
    }
    expect(lines.filter((l) => l.includes('青禾县望川镇人民政府2023年政府信息公开工作年度报告'))).toHaveLength(1);
  });

  it("keeps the article's own header (the title) and the breadcrumb", () => {
    expect(lines).toContain('青禾县望川镇人民政府2023年政府信息公开工作年度报告');
    expect(lines).toContain('首页 > 政务公开 > 政府信息公开年报');
  });

  it('decodes named and numeric entities', () => {
    expect(text).toContain('全年主动公开信息126条，“政务公开栏”更新21期。');
    expect(text).toContain('编制——数据统计期限');
  });

  it('turns <br> into a line break and blocks into lines', () => {
    const i = lines.indexOf('一、总体情况');
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toBe('全年主动公开信息126条，“政务公开栏”更新21期。');
  });

  it('writes one line per table row with cells joined by " | ", <p> inside cells included', () => {
    expect(lines).toContain('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数');
    expect(lines).toContain('规章 | 0 | 0 | 0');
    expect(lines).toContain('行政规范性文件 | 1 | 0 | 3');
  });

  it('expands colspan with empty cells and carries rowspan down, keeping the grid rectangular', () => {
    const start = lines.findIndex((l) => l.startsWith('本列数据的勾稽关系'));
    const rows = lines.slice(start, start + 6);
    expect(rows.map((r) => cellsOf(r).length)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(cellsOf(rows[1]).slice(2)).toEqual(['自然人', '法人或其他组织', '']);
    // 自然人 spans two rows: it is carried into the row below, under its own column
    expect(cellsOf(rows[2])).toEqual(['一、本年新收政府信息公开申请数量', '', '自然人', '商业企业', '科研机构']);
    // unclosed <td>/<tr> still make cells and rows
    expect(cellsOf(rows[3])).toEqual(['二、上年结转政府信息公开申请数量', '', '3', '0', '0']);
    expect(cellsOf(rows[5])).toEqual(['三、本年度办理结果', '(二)部分公开', '0', '0', '0']);
  });

  it('reads a layout table (a cell holding a nested table and paragraphs) as blocks, not one line', () => {
    const layout =
      '<table><tr><td><table><tr><td>规章</td><td>0</td></tr></table>' +
      '<p>一、总体情况</p><p>二、主动公开</p></td><td>侧栏</td></tr></table>';
    expect(htmlToText(layout).split('\n')).toEqual(['规章 | 0', '一、总体情况', '二、主动公开', '侧栏']);
  });

  it('tolerates malformed markup: unclosed tags, stray end tags, unterminated tags', () => {
    const out = htmlToText('<div><p>一<p>二</span></div></div><table><tr><td>x<td>y</table><ul><li>甲<li>乙</ul><b>尾<i>巴 <a href="x>y">链</a> <img src=');
    expect(out.split('\n')).toEqual(['一', '二', 'x | y', '甲', '乙', '尾巴 链']);
  });

  it('reads Word-exported HTML (o:p tags, conditional comments, spans split inside cells)', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties>x</o:DocumentProperties></xml><![endif]--></head>' +
      '<body><p class=MsoNormal><span lang=EN-US>一、总体情况<o:p></o:p></span></p>' +
      "<table class=MsoTableGrid><tr><td width=100 style='border:solid'><p class=MsoNormal><span>本年新</span>\n<span>制作数量</span></p></td>" +
      '<td><p class=MsoNormal><![if !supportLists]><span>0</span><![endif]><o:p></o:p></p></td></tr></table></body></html>';
    expect(htmlToText(word).split('\n')).toEqual(['一、总体情况', '本年新 制作数量 | 0']);
  });

  it('reads a cell holding only &nbsp; as empty', () => {
    expect(htmlToText('<table><tr><td>规章</td><td>&nbsp;</td><td>\u3000</td><td>0</td></tr></table>')).toBe('规章 |  |  | 0');
  });

  it('keeps a literal < in text and line breaks inside <pre>', () => {
    expect(htmlToText('<p>a < b</p><pre>规章 0\n规章 1</pre>').split('\n')).toEqual(['a < b', '规章 0', '规章 1']);
  });

  it('never throws on garbage', () => {
    for (const s of ['<', '<<>>', '</', '<!--', '<table><td rowspan=999999 colspan=-3>x', '<script>', '&#xFFFFFF;&#0;']) {
      expect(typeof htmlToText(s)).toBe('string');
    }
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references, and leaves unknown ones', () => {
    expect(decodeEntities('&lt;&amp;&gt;&quot;&#20013;&#x6587;&foo;&nbsp&#150;')).toBe('<&>"中文&foo;\u00a0\u2013');
  });
  it('replaces impossible code points with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('htmlToText on random markup', () => {
  const piece = fc.constantFrom(
    '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td colspan="3">', '<td rowspan=2>', '<th rowspan="0">',
    '<p>', '</p>', '<div>', '</div>', '<br>', '<script>', '</script>', '<!--', '-->', '<nav>', '</nav>', '&amp;',
    '&#x4E00;', '<a href="', '">', '<', '>', '"', '规章', '0', ' ', '\n',
  );
  it('always returns text, and every table line of a well-formed table grid has the same width', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        expect(typeof htmlToText(parts.join(''))).toBe('string');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ cs: fc.integer({ min: 1, max: 3 }), rs: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const html = `<table>${rows
            .map((r, i) => `<tr>${r.map((c, j) => `<td colspan=${c.cs} rowspan=${c.rs}>v${i}${j}</td>`).join('')}</tr>`)
            .join('')}</table>`;
          const lines = htmlToText(html).split('\n');
          expect(lines).toHaveLength(rows.length);
          expect(new Set(lines.map((l) => l.split(' | ').length)).size).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
