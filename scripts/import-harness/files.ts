// Fixture files for the import tests, made at run time from invented reports
// (scripts/invented): encodings, a .docx built with fflate, zips, broken files.
import { strToU8, zipSync } from 'fflate';

let gbkTable: Map<string, number[]> | null = null;

/** Encodes text as GBK (Node has a GBK decoder but no encoder: invert the decoder once). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

export function encodeUtf16le(text: string): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return Uint8Array.from([0xff, 0xfe, ...body]);
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The smallest .docx mammoth reads: a paragraph per line of the text, except lines that are a
 * label followed by figures, which become one-row Word tables (one cell per token), as in reports. */
export function makeDocx(text: string): Uint8Array {
  const cell = (c: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${xmlEscape(c)}</w:t></w:r></w:p></w:tc>`;
  const paras = text.split('\n').map((l) => {
    const cells = l.split(' ');
    if (cells.length > 1 && cells.slice(1).every((c) => /^[\d./—-]+$/.test(c))) return `<w:tbl><w:tr>${cells.map(cell).join('')}</w:tr></w:tbl>`;
    return `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`;
  }).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>'),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>'),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paras + '</w:body></w:document>'),
  });
}

/** An encrypted Office file is an OLE2 compound file, whatever its name says. */
export function makeEncryptedDocx(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  b.set(strToU8('EncryptionInfo'), 512);
  return b;
}

export function makeCorruptPdf(): Uint8Array {
  const junk = new Uint8Array(2000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
  return Uint8Array.from([...strToU8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), ...junk]);
}

export function htmlPage(bodyHtml: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 12px; }
    pre { font-family: 'WenQuanYi Micro Hei', sans-serif; white-space: pre-wrap; }
    td, th { border: 1px solid #444; padding: 2px 4px; }
    table { border-collapse: collapse; }
  </style></head><body>${bodyHtml}</body></html>`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A PDF whose Chinese text uses the standard CJK font STSong-Light, not embedded, with the
 * predefined CMap UniGB-UCS2-H: pdf.js can only read its text with the CMap files (without them the
 * text comes back empty, silently: stack.md §8). Lines are written top-down, 14 pt apart; a long
 * document continues on further pages. */
export function makeStandardCjkFontPdf(text: string): Uint8Array {
  const lines = text.split('\n');
  const perPage = 55;
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  const ucs2 = (s: string) => [...s].map((ch) => {
    const c = ch.charCodeAt(0);
    return c.toString(16).padStart(4, '0');
  }).join('');
  const objs: string[] = [];
  // 1 catalog, 2 pages, 3 font, 4 descendant, 5 descriptor, then page/content pairs
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objs[4] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>';
  objs[5] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  pages.forEach((pl, i) => {
    const body = `BT /F1 10 Tf 14 TL 40 800 Td ${pl.map((l) => `<${ucs2(l)}> Tj T*`).join(' ')} ET`;
    objs[pageIds[i]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objs[pageIds[i] + 1] = `<< /Length ${body.length} >>\nstream\n${body}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objs.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out); // every character above is ASCII: byte offsets equal string offsets
}

/** A report as a printed page: prose as paragraphs, table rows (a label then figures) as table rows. */
export function reportHtml(text: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => { if (rows.length) out.push(`<table>${rows.join('')}</table>`); rows = []; };
  for (const l of text.split('\n')) {
    const cells = l.split(' ');
    if (cells.length > 1 && cells.slice(1).every((c) => /^[\d./—-]+$/.test(c))) {
      rows.push(`<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
    } else {
      flush();
      out.push(`<p>${escapeHtml(l)}</p>`);
    }
  }
  flush();
  return out.join('');
}

