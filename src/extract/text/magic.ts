// File types recognised by their first bytes ("magic numbers"), so that a PDF or a Word file dropped
// into the text path is refused with a reason that says what it is instead of being decoded as
// garbage.

interface Magic {
  bytes: (number | null)[]; // null = any byte
  reason: Reason;
}

/** A refusal in Chinese (shown first: the users are Chinese inspectors) and English. */
export interface Reason { zh: string; en: string }

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const MAGICS: Magic[] = [
  { bytes: ascii('%PDF'), reason: { zh: '这是 PDF 文件：需先提取其中的文字才能读取', en: 'this is a PDF file: its text has to be extracted before it can be read' } },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: { zh: '这是 ZIP 压缩包（.docx/.xlsx 文件或 .zip）：不是纯文本', en: 'this is a ZIP archive (a .docx/.xlsx file or a .zip): it is not plain text' },
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    reason: { zh: '这是旧版 Microsoft Office 文件（.doc/.xls/.wps）：请先另存为 .docx 或纯文本', en: 'this is an old Microsoft Office file (.doc/.xls/.wps): save it as .docx or plain text first' },
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: { zh: '这是 PNG 图片，不是文本', en: 'this is a PNG image, not text' } },
  { bytes: [0xff, 0xd8, 0xff], reason: { zh: '这是 JPEG 图片，不是文本', en: 'this is a JPEG image, not text' } },
  { bytes: ascii('GIF8'), reason: { zh: '这是 GIF 图片，不是文本', en: 'this is a GIF image, not text' } },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], reason: { zh: '这是 WebP 图片，不是文本', en: 'this is a WebP image, not text' } },
  { bytes: [0x49, 0x49, 0x2a, 0x00], reason: { zh: '这是 TIFF 图片，不是文本', en: 'this is a TIFF image, not text' } },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], reason: { zh: '这是 TIFF 图片，不是文本', en: 'this is a TIFF image, not text' } },
  { bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00], reason: { zh: '这是 BMP 图片，不是文本', en: 'this is a BMP image, not text' } },
  { bytes: [0x1f, 0x8b], reason: { zh: '这是 gzip 压缩文件，不是文本', en: 'this is a gzip-compressed file, not text' } },
  { bytes: ascii('Rar!'), reason: { zh: '这是 RAR 压缩包，不是文本', en: 'this is a RAR archive, not text' } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: { zh: '这是 7-Zip 压缩包，不是文本', en: 'this is a 7-Zip archive, not text' } },
  { bytes: ascii('{\\rtf'), reason: { zh: '这是 RTF 文档：请先另存为 .docx 或纯文本', en: 'this is an RTF document: save it as .docx or plain text first' } },
  { bytes: [0x00, 0x61, 0x73, 0x6d], reason: { zh: '二进制数据，不是文本（WebAssembly 模块）', en: 'binary data, not text (a WebAssembly module)' } },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], reason: { zh: '二进制数据，不是文本（可执行文件）', en: 'binary data, not text (an executable)' } },
];

/** The reason these bytes are not a text file, or null when nothing says so. */
export function sniffBinary(bytes: Uint8Array): Reason | null {
  for (const m of MAGICS) {
    if (bytes.length < m.bytes.length) continue;
    let ok = true;
    for (let i = 0; i < m.bytes.length; i++) {
      const b = m.bytes[i];
      if (b !== null && bytes[i] !== b) {
        ok = false;
        break;
      }
    }
    if (ok) return m.reason;
  }
  return null;
}
