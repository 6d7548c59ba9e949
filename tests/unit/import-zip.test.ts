import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/worker/fileKind';
import { reportIdOf, sha256 } from '../../src/worker/reportId';
import { fixEntryName, isIgnorableEntry, listZip } from '../../src/worker/zipEntries';

describe('zip listing', () => {
  it('lists documents in path order and skips folders, __MACOSX and hidden files', () => {
    const zip = zipSync({
      'b/二.txt': strToU8('二'),
      'a.html': strToU8('<p>一</p>'),
      '__MACOSX/._a.html': new Uint8Array([0, 1]),
      '.DS_Store': new Uint8Array([0]),
      'empty/': new Uint8Array(0),
    });
    const l = listZip(zip);
    expect('entries' in l && l.entries.map((e) => e.path)).toEqual(['a.html', 'b/二.txt']);
  });

  it('reports a corrupt archive instead of throwing', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello hello hello') });
    const broken = zip.slice(0, zip.length - 10);
    const l = listZip(broken);
    expect('error' in l).toBe(true);
  });

  it('re-decodes GBK entry names written without the UTF-8 flag', () => {
    // "年报" in GBK is C4 EA B1 A8; fflate hands it over as latin1 characters.
    const latin1 = String.fromCharCode(0xc4, 0xea, 0xb1, 0xa8) + '.txt';
    expect(fixEntryName(latin1)).toBe('年报.txt');
    expect(fixEntryName('plain.txt')).toBe('plain.txt');
    expect(fixEntryName('年报.txt')).toBe('年报.txt');
    expect(isIgnorableEntry('x/Thumbs.db')).toBe(true);
  });
});

describe('file kind sniffing', () => {
  const b = (...xs: number[]) => new Uint8Array(xs);
  it('trusts magic bytes over the name', () => {
    expect(sniffFormat('report.txt', strToU8('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat('photo.pdf', b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toBe('image');
    expect(sniffFormat('x.docx', b(0x50, 0x4b, 0x03, 0x04))).toBe('docx');
    expect(sniffFormat('x.zip', b(0x50, 0x4b, 0x03, 0x04))).toBe('zip');
    expect(sniffFormat('x.docx', b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('ole');
    expect(sniffFormat('x.doc', b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('old_word');
  });
  it('falls back to the name, then to a text/binary check', () => {
    expect(sniffFormat('a.htm', strToU8('<p>x</p>'))).toBe('html');
    expect(sniffFormat('a.txt', b(0xb1, 0xa8))).toBe('text');
    expect(sniffFormat('noext', strToU8('纯文本'))).toBe('text');
    expect(sniffFormat('noext', b(0xff, 0xfe, 0x74, 0x5e))).toBe('text');
    expect(sniffFormat('a.bin', b(0x00, 0x01, 0x02))).toBe('unknown');
    expect(sniffFormat('scan.jpg', strToU8('not really'))).toBe('image');
  });
});

describe('report id', () => {
  it('the pure SHA-256 fallback matches node:crypto', () => {
    for (const s of ['', 'abc', '政府信息公开'.repeat(50), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64)]) {
      const bytes = strToU8(s);
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
  it('is the first 16 hex digits of the SHA-256 of the bytes', async () => {
    const bytes = strToU8('年度报告');
    expect(await reportIdOf(bytes)).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
  });
});

describe('zip limits', () => {
  it('does not inflate an entry above the size limit, and lists it as oversized', () => {
    const zip = zipSync({ 'big.txt': new Uint8Array(100_000), 'small.txt': strToU8('小') });
    const l = listZip(zip, 50_000);
    expect('entries' in l && l.entries.map((e) => e.path)).toEqual(['small.txt']);
    expect('oversized' in l && l.oversized).toEqual([{ path: 'big.txt', size: 100_000 }]);
  });
});
