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
