import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/extract/text/decode';

const FIXTURES = resolve(__dirname, '../../fixtures/text');
const reportText = readFileSync(resolve(FIXTURES, 'report-simplified.txt'), 'utf8');

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    body[i] = endian === 'le' ? le[i] : le[i + 1];
    body[i + 1] = endian === 'le' ? le[i + 1] : le[i];
  }
  if (!bom) return body;
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...mark, ...body]);
}

function ok(bytes: Uint8Array): { text: string; encoding: string } {
  const d = decodeBytes(bytes);
  if ('error' in d) throw new Error(`expected text, got error: ${d.error}`);
  return d;
}

/** The refusal in English (`error_en`); its Chinese twin `error` must be there too. */
function err(bytes: Uint8Array): string {
  const d = decodeBytes(bytes);
  if (!('error' in d)) throw new Error(`expected an error, got ${d.encoding} text`);
  expect(d.error).toMatch(/[\u4e00-\u9fff]/);
  return d.error_en;
}

describe('decodeBytes', () => {
  it('refuses an empty file with the size in the reason', () => {
    expect(err(new Uint8Array())).toBe('the file is empty (0 bytes)');
    expect(decodeBytes(new Uint8Array())).toEqual({ error: '文件为空（0 字节）', error_en: 'the file is empty (0 bytes)' });
  });

  it('reads plain UTF-8', () => {
    expect(ok(Buffer.from(reportText, 'utf8'))).toEqual({ text: reportText, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark', () => {
    const d = ok(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(reportText, 'utf8')]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(reportText);
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16%s (BOM: %s)', (endian, bom) => {
    const d = ok(utf16(reportText, endian, bom));
    expect(d.encoding).toBe(`utf-16${endian}`);
    expect(d.text).toBe(reportText);
  });

  it('reads a GB18030/GBK file (fixture written by python from the UTF-8 fixture)', () => {
    const d = ok(readFileSync(resolve(FIXTURES, 'report-gbk.txt')));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(reportText);
  });

  it('tells Big5 from GB18030 (both decode without errors) by the characters reports use', () => {
    const d = ok(readFileSync(resolve(FIXTURES, 'report-big5.txt')));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(readFileSync(resolve(FIXTURES, 'report-traditional.txt'), 'utf8'));
  });

  it('undoes double encoding: UTF-8 or GBK misread as Windows-1252/Latin-1 and saved again as UTF-8', () => {
    const fromUtf8 = Buffer.from(Buffer.from(reportText, 'utf8').toString('latin1'), 'utf8');
    expect(ok(fromUtf8)).toEqual({ text: reportText, encoding: 'utf-8-via-cp1252' });
    const gbk = readFileSync(resolve(FIXTURES, 'report-gbk.txt'));
    const fromGbk = Buffer.from(new TextDecoder('windows-1252').decode(gbk), 'utf8');
    expect(ok(fromGbk)).toEqual({ text: reportText, encoding: 'gb18030-via-cp1252' });
  });

  it('leaves genuine text with accented Latin letters alone', () => {
    const text = `Café résumé naïve façade — ${'élève à côté '.repeat(10)}`;
    expect(ok(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads short GBK bytes: 政府年报', () => {
    const d = ok(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xc4, 0xea, 0xb1, 0xa8]));
    expect(d).toEqual({ text: '政府年报', encoding: 'gb18030' });
  });

  it('keeps a UTF-8 file cut inside its last character as UTF-8 instead of re-reading it as GBK', () => {
    const bytes = Buffer.from(reportText.trimEnd(), 'utf8'); // ends with 日 (3 bytes)
    const d = ok(bytes.subarray(0, bytes.length - 1));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(reportText.trimEnd().slice(0, -1) + '\ufffd');
  });

  it('names a PDF', () => {
    expect(err(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))).toMatch(/^this is a PDF file: /);
  });

  it('names a ZIP / docx', () => {
    expect(err(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toMatch(/ZIP archive/);
  });

  it('names images by their magic numbers', () => {
    expect(err(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG image/);
    expect(err(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toMatch(/JPEG image/);
    expect(err(Buffer.from('GIF89a....', 'latin1'))).toMatch(/GIF image/);
  });

  it('names an old Office file', () => {
    expect(err(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/Office file/);
  });

  it('refuses binary data with NUL bytes in no UTF-16 pattern', () => {
    const bytes = new Uint8Array(256);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256; // NULs at scattered offsets
    bytes[3] = 0;
    bytes[10] = 0;
    bytes[17] = 0;
    bytes[40] = 0;
    expect(err(bytes)).toMatch(/^binary data, not text/);
  });

  it('reads a long text file with one stray NUL byte as text', () => {
    const bytes = Buffer.from(reportText, 'utf8');
    const at = bytes.indexOf(0x0a) + 1; // after the first line break, so no character is split
    const withNul = new Uint8Array([...bytes.subarray(0, at), 0, ...bytes.subarray(at)]);
    const d = ok(withNul);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(reportText.slice(0, reportText.indexOf('\n') + 1) + '\0' + reportText.slice(reportText.indexOf('\n') + 1));
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 with a specific message', () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 4 === 0 ? 0x41 : 0xff; // 0xFF never starts a GB18030 character
    expect(err(bytes)).toMatch(/^the text encoding could not be recognised: it is neither UTF-8, GB18030\/GBK nor UTF-16/);
  });
});
