// Every reason a document is not a report or cannot be read comes in both languages: `reason` in
// Chinese (what the Chinese interface and the CLI summary show) and `reason_en` in English. A
// refusal that forgets one shows an English sentence to a Chinese inspector, or nothing in English.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NOT_A_REPORT } from '../../src/extract/classify';
import { extractReport } from '../../src/extract/extractReport';
import type { Extraction } from '../../src/extract/types';
import { extractBytes } from '../../scripts/cli/extractBytes';
import { readInputFile } from '../../scripts/cli/readInput';
import { notReadJson } from '../../scripts/extract';
import { minimalPdf } from '../support/minimalPdf';

const CJK = /[\u4e00-\u9fff]/;

function expectBilingual(x: { kind: string; reason: string | null; reason_en: string | null }, what: string): void {
  expect(x.kind, what).toBe('not_a_report');
  expect(x.reason ?? '', what).toMatch(CJK);
  expect(x.reason ?? '', what).not.toMatch(/\n/);
  expect((x.reason_en ?? '').trim().length, what).toBeGreaterThan(0);
  expect(x.reason_en ?? '', what).not.toMatch(/\n/);
}

describe('NOT_A_REPORT sentences', () => {
  const cases: [string, { zh: string; en: string }][] = [
    ['garbled', NOT_A_REPORT.garbled(42)],
    ['noChinese', NOT_A_REPORT.noChinese(3)],
    ['tooShort', NOT_A_REPORT.tooShort(12)],
    ['template', NOT_A_REPORT.template(['xxxx年', 'xx条'], '免责声明')],
    ['template without repost', NOT_A_REPORT.template(['xxxx年'], null)],
    ['regulation', NOT_A_REPORT.regulation(7)],
    ['notice', NOT_A_REPORT.notice('关于做好年度报告工作的通知')],
    ['index', NOT_A_REPORT.index(8)],
    ['halfYear', NOT_A_REPORT.halfYear('2023年上半年工作情况')],
    ['offTopic', NOT_A_REPORT.offTopic()],
    ['titleOnly', NOT_A_REPORT.titleOnly()],
    ['attachmentOnly', NOT_A_REPORT.attachmentOnly('2023年情况.doc')],
    ['otherDocument', NOT_A_REPORT.otherDocument('要点落实情况', 'work_points', 3, false)],
    ['otherDocument with a table', NOT_A_REPORT.otherDocument('工作总结', 'summary', 2, true)],
  ];
  it.each(cases)('%s is Chinese with an English twin that names the same numbers', (_name, r) => {
    expect(r.zh).toMatch(CJK);
    expect(r.en.length).toBeGreaterThan(0);
    expect(r.zh).not.toBe(r.en);
    expect(r.zh.match(/\d+/g) ?? []).toEqual(r.en.match(/\d+/g) ?? []);
  });
  it('covers every sentence builder', () => {
    expect(Object.keys(NOT_A_REPORT).sort()).toEqual(
      ['attachmentOnly', 'garbled', 'halfYear', 'index', 'noChinese', 'notice', 'offTopic', 'otherDocument', 'regulation',
        'template', 'titleOnly', 'tooShort'],
    );
  });
});

describe('extractReport refusals', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  const undecodable = new Uint8Array(400).map((_, i) => (i % 4 === 0 ? 0x41 : 0xff));
  const nulBinary = new Uint8Array(256).map((_, i) => ([3, 10, 17, 40].includes(i) ? 0 : (i * 37 + 11) % 256));
  const badUtf16 = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 100 }, () => [0x00, 0xd8]).flat()]);
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty', bytes(), /empty/],
    ['PDF', ascii('%PDF-1.7\n'), /PDF/],
    ['zip/docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), /ZIP/],
    ['old Office', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), /Office/],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), /PNG/],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG/],
    ['GIF', ascii('GIF89a..'), /GIF/],
    ['WebP', ascii('RIFF\0\0\0\0WEBP'), /WebP/],
    ['TIFF', bytes(0x49, 0x49, 0x2a, 0x00), /TIFF/],
    ['BMP', bytes(0x42, 0x4d, 1, 2, 3, 4, 0, 0, 0, 0), /BMP/],
    ['gzip', bytes(0x1f, 0x8b, 8, 0), /gzip/],
    ['RAR', ascii('Rar!\x1a\x07'), /RAR/],
    ['7-Zip', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), /7-Zip/],
    ['RTF', ascii('{\\rtf1 '), /RTF/],
    ['wasm', bytes(0x00, 0x61, 0x73, 0x6d), /WebAssembly/],
    ['ELF', bytes(0x7f, 0x45, 0x4c, 0x46), /executable/],
    ['NUL binary', nulBinary, /NUL bytes/],
    ['undecodable', undecodable, /encoding could not be recognised/],
    ['bad UTF-16', badUtf16, /UTF-16/],
  ];
  it.each(cases)('%s', (name, b, en) => {
    const x = extractReport({ name: 'x', bytes: b });
    expectBilingual(x, name);
    expect(x.reason_en).toMatch(en);
  });

  it.each([
    ['too short', '青禾县2023年政府信息公开工作年度报告\n详见附件。', /too short/],
    ['no Chinese', 'lorem ipsum dolor sit amet '.repeat(40), /almost no Chinese/],
    ['garbled', '政府信息公开'.repeat(30) + '\ufffd'.repeat(60), /garbled/],
  ])('classified as not a report: %s', (name, text, en) => {
    const x = extractReport({ name: 'x', text });
    expectBilingual(x, name);
    expect(x.reason_en).toMatch(en);
  });

  it('an empty text is too short, in both languages', () => {
    const x = extractReport({ name: 'x', text: '' });
    expectBilingual(x, 'empty text');
    expect(x.reason_en).toMatch(/too short/);
  });
});

describe('CLI refusals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-reasons-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const refused = (path: string, max?: number): Extraction | ReturnType<typeof notReadJson> => {
    const r = readInputFile(path, max);
    if (r.ok) throw new Error(`expected ${path} to be refused`);
    return notReadJson(path, r.reason, r.reason_en);
  };

  it('missing file, directory, not a regular file, over the size limit', () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const cases: [string, ReturnType<typeof refused>, RegExp][] = [
      ['missing', refused(join(dir, 'nope.txt')), /no such file/],
      ['directory', refused(join(dir, 'folder')), /is a directory/],
      ['not a regular file', refused('/dev/null'), /not a regular file/],
      ['parent not a directory', refused(join(dir, 'big.txt', 'inner.txt')), /not a directory/],
      ['too big', refused(join(dir, 'big.txt'), 1024), /over the .* limit/],
    ];
    for (const [name, x, en] of cases) {
      expectBilingual(x, name);
      expect(x.reason_en, name).toMatch(en);
    }
  });

  it('a PDF without a text layer, and a PDF that cannot be opened', async () => {
    const scanned = await extractBytes('scan.pdf', minimalPdf([]), undefined);
    expectBilingual(scanned, 'scanned');
    expect(scanned.reason_en).toMatch(/no text layer/);
    const broken = await extractBytes('broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), undefined);
    expectBilingual(broken, 'broken');
    expect(broken.reason_en).toMatch(/PDF/);
  });
});
