// Property tests: whatever text or bytes come in, extractReport returns (never throws), and every
// figure it reports points at where it came from: the value can be read off the excerpt, and the
// excerpt is on (text) or near (table) the line it names. No timing assertion: the unit project's
// 60 s test timeout is the only budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import type { Extraction } from '../../src/extract/types';
import { INVENTED_FORMATS, inventReport, type Layout } from '../../scripts/invented/reports';
import { provenanceProblems, readableNumbers } from '../support/provenance';
import { checkDef } from '../../src/domain/checks';
import { MAX_LINE_CHARS } from '../../src/extract/text/longLines';

const RUNS = 150;
function checkExtraction(x: Extraction): void {
  expect(['annual_report', 'not_a_report']).toContain(x.kind);
  // extractReport's safety net turns a parser exception into not_a_report; that is still a bug.
  expect(x.reason_en ?? '').not.toMatch(/^the extractor failed/);
  expect(x.reason ?? '').not.toMatch(/^抽取程序处理此文档时出错/);
  if (x.kind === 'not_a_report') {
    expect(typeof x.reason).toBe('string');
    expect(x.reason!.length).toBeGreaterThan(0);
    expect(x.reason_en!.length).toBeGreaterThan(0);
  }
  expect(provenanceProblems(x)).toEqual([]);
}

// ---- generators -------------------------------------------------------------------------------

const layoutArb = fc.constantFrom<Layout>('lines', 'pipes', 'spaces');
const baseDoc = fc.record({ format: fc.constantFrom(...INVENTED_FORMATS), seed: fc.nat(1_000_000), layout: layoutArb })
  .map(({ format, seed, layout }) => inventReport(format, seed, layout).text);

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(([i, s]): Mutation => (ls) => { const c = [...ls]; c.splice(i % (c.length + 1), 0, s); return c; }),
  fc.nat().map((i): Mutation => (ls) => ls.filter((_, j) => j !== i % Math.max(1, ls.length))),
  fc.nat().map((i): Mutation => (ls) => { const c = [...ls]; const k = i % Math.max(1, c.length); c.splice(k, 0, c[k] ?? ''); return c; }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, s]): Mutation => (ls) => ls.map((l, j) => (j === i % Math.max(1, ls.length) ? shuffleDigits(l, s) : l))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, p]): Mutation => (ls) => ls.map((l, j) => (j === i % Math.max(1, ls.length) ? `${l.slice(0, p % (l.length + 1))}|${l.slice(p % (l.length + 1))}` : l))),
  fc.tuple(fc.nat(), fc.constantFrom('/', '', '——', '不适用', '-', '0', '１２', '三百', '约', '余')).map(([i, v]): Mutation => (ls) => ls.map((l, j) => (j === i % Math.max(1, ls.length) && /^\d+$/.test(l.trim()) ? v : l))),
);

function shuffleDigits(line: string, seed: number): string {
  const digits = line.match(/\d/g);
  if (!digits) return line;
  let s = seed;
  for (let i = digits.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const k = s % (i + 1);
    [digits[i], digits[k]] = [digits[k], digits[i]];
  }
  let n = 0;
  return line.replace(/\d/g, () => digits[n++]);
}

const mutatedDoc = fc.tuple(baseDoc, fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([text, ms]) => ms.reduce((ls, m) => m(ls), text.split('\n')).join('\n'));

/** Text made of the formats' own words, cells and separators: reaches far deeper into the parsers
 * than random characters do. */
const VOCABULARY = [
  '\n', '\n', '\n', ' ', '|', ' | ', '/', '——', '', '0', '1', '7', '23', '230', '0.092', '-3', '余', '约', '万元', '元', '条', '件',
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（三）不予公开',
  '1.属于国家秘密', '（七）总计', '四、结转下年度继续办理', '自然人', '商业企业', '总计', '第二十条第（一）项', '规章',
  '行政规范性文件', '本年制发件数', '行政许可', '本年处理决定数量', '行政复议', '行政诉讼', '结果维持', '尚未审结',
  '政府信息公开情况统计表', '（一）主动公开政府信息数', '收到申请数', '依申请公开信息收取的费用', '从事政府信息公开工作人员数',
  '主动公开政府信息', '收到政府信息公开申请', '2021年', '2022年1月20日', '发布时间：', '街道办事处', '人民政府', '年度报告',
];
const vocabularySoup = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 400 }).map((ws) => ws.join(''));

const SETTINGS = { numRuns: RUNS } as const;

describe('extractReport on arbitrary input: returns, and every figure has honest provenance', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => checkExtraction(extractReport({ name: 'random.txt', text: s }))), SETTINGS);
  });

  it('text made of the formats\' words, cells and separators', () => {
    fc.assert(fc.property(vocabularySoup, (s) => checkExtraction(extractReport({ name: 'soup.txt', text: s }))), SETTINGS);
  });

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (b) => checkExtraction(extractReport({ name: 'random.bin', bytes: b }))), SETTINGS);
  });

  it('invented reports with lines inserted, deleted, duplicated, digits shuffled, | injected, cells replaced', () => {
    fc.assert(fc.property(mutatedDoc, (text) => checkExtraction(extractReport({ name: 'mutated.txt', text }))), SETTINGS);
  });

  it('invented reports cut anywhere, with random bytes appended', () => {
    const arb = fc.tuple(baseDoc, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([text, at, junk]) => {
      const bytes = new TextEncoder().encode(text);
      const cut = at % (bytes.length + 1);
      const out = new Uint8Array(cut + junk.length);
      out.set(bytes.subarray(0, cut));
      out.set(junk, cut);
      return out;
    });
    fc.assert(fc.property(arb, (bytes) => checkExtraction(extractReport({ name: 'spliced.txt', bytes }))), SETTINGS);
  });

  it('invented reports as generated', () => {
    fc.assert(fc.property(baseDoc, (text) => checkExtraction(extractReport({ name: 'invented.txt', text }))), SETTINGS);
  });
});

describe('the provenance invariant itself', () => {
  it('reads digits, 万 and Chinese numerals', () => {
    const n = readableNumbers('共收到申请两次，其中3万余条，金额0.092万元');
    expect([...n]).toEqual(expect.arrayContaining([2, 3, 30000, 920]));
    expect(n.has(7)).toBe(false);
  });
  it('rejects a figure whose value is not in its text excerpt', () => {
    const x = extractReport({ name: 'x.txt', text: '全年主动公开政府信息18条。' });
    const forged = { ...x, metrics: [{ key: 'proactive_total' as const, value: 19, state: 'number' as const, approx: false, source: { kind: 'text' as const, line: 1, excerpt: '主动公开政府信息18条' } }] };
    expect(provenanceProblems(forged)).toHaveLength(1);
  });
});

// ---- structured hostile input (issue 13): nesting, spans, long runs --------------------------------
// Small sizes (the caps' thresholds are reached, the timings are `npm run bench:hostile`'s job): the
// extractor answers with a valid result, and a cap that fired says so in a registered finding.

const HOSTILE_RUNS = { numRuns: 40 } as const;
const asHtml = (text: string) => `<html><body>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;
const atLine = (text: string, at: number, insert: string) => {
  const ls = text.split('\n');
  ls.splice(at % (ls.length + 1), 0, insert);
  return ls.join('\n');
};

const nestingArb = fc.record({
  doc: baseDoc,
  at: fc.nat(),
  depth: fc.integer({ min: 1, max: 600 }),
  tags: fc.array(fc.constantFrom('div', 'span', 'table', 'tr', 'td', 'th', 'p', 'li', 'ul', 'b', 'tbody', 'caption', 'pre'), { minLength: 1, maxLength: 4 }),
  inner: fc.constantFrom('', '规章 | 3', '收到申请数 12 件', '本年新收政府信息公开申请数量 7'),
  closed: fc.boolean(),
}).map(({ doc, at, depth, tags, inner, closed }) => {
  const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`).join('');
  const close = closed ? Array.from({ length: depth }, (_, i) => `</${tags[(depth - 1 - i) % tags.length]}>`).join('') : '';
  return asHtml(atLine(doc, at, `${open}${inner}${close}`));
});

const spanValue = fc.constantFrom('0', '1', '2', '3', '17', '1000', '65535', '999999999', '-4', 'x', '');
const spansArb = fc.record({
  doc: fc.record({ format: fc.constantFrom(...INVENTED_FORMATS), seed: fc.nat(1_000_000) }).map(({ format, seed }) => inventReport(format, seed, 'pipes').text),
  spans: fc.array(fc.tuple(fc.nat(), fc.constantFrom('colspan', 'rowspan'), spanValue), { maxLength: 30 }),
}).map(({ doc, spans }) => {
  // the invented report's `a | b | c` rows become one HTML table; random cells get random spans
  const rows = doc.split('\n');
  let cell = 0;
  const attrs = new Map(spans.map(([i, name, v]) => [i % 400, `${name}="${v}"`]));
  const body = rows.map((l) => (l.includes('|')
    ? `<tr>${l.split('|').map((c) => `<td ${attrs.get(cell++) ?? ''}>${c.trim()}</td>`).join('')}</tr>`
    : `</table><p>${l}</p><table>`)).join('');
  return `<html><body><table>${body}</table></body></html>`;
});

const runArb = fc.record({
  doc: baseDoc,
  at: fc.nat(),
  unit: fc.constantFrom('7', '12 ', '|', ' | 3', '　', ' ', '申请', '0.', '/', '—', '<td>', '<div>'),
  length: fc.integer({ min: 1, max: 60_000 }),
}).map(({ doc, at, unit, length }) => atLine(doc, at, unit.repeat(Math.ceil(length / unit.length))));

describe('extractReport on structured hostile input: returns a valid result, caps are reported', () => {
  const cases = [
    ['nesting: invented reports with a block of tags nested up to 600 deep, closed or not', nestingArb],
    ['spans: invented reports as HTML tables with random colspan/rowspan, including huge and invalid ones', spansArb],
  ] as const;
  for (const [title, arb] of cases) {
    it(title, () => {
      fc.assert(fc.property(arb, (html) => {
        const x = extractReport({ name: 'hostile.html', text: html });
        checkExtraction(x);
        for (const f of x.findings) expect(checkDef(f.code), f.code).toBeDefined();
      }), HOSTILE_RUNS);
    });
  }

  it('long runs: digits, pipes, spaces, CJK or tags repeated up to 60,000 characters on one line', () => {
    fc.assert(fc.property(runArb, (text) => {
      const x = extractReport({ name: 'runs.txt', text });
      checkExtraction(x);
      const longest = text.split('\n').reduce((m, l) => Math.max(m, l.length), 0);
      // no line of the normalised text is over the cap, and a broken line is reported
      expect(x.doc.lines.every((l) => l.length <= MAX_LINE_CHARS)).toBe(true);
      // (a run of tags makes the text HTML, whose cells become lines of their own)
      if (longest > MAX_LINE_CHARS + 1000 && !text.includes('<')) {
        expect(x.findings.some((f) => f.code === 'INPUT-LINE-CUT') || x.kind === 'not_a_report').toBe(true);
      }
    }), HOSTILE_RUNS);
  });
});
