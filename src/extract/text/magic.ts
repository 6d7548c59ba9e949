// File types recognised by their first bytes ("magic numbers"), so that a PDF or a Word file dropped
// into the text path is refused with a reason that says what it is instead of being decoded as
// garbage.

interface Magic {
  bytes: (number | null)[]; // null = any byte
  reason: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const MAGICS: Magic[] = [
  { bytes: ascii('%PDF'), reason: 'this is a PDF file: its text has to be extracted before it can be read' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: 'this is a ZIP archive (a .docx/.xlsx file or a .zip): it is not plain text',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    reason: 'this is an old Microsoft Office file (.doc/.xls/.wps): save it as .docx or plain text first',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: 'this is a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], reason: 'this is a JPEG image, not text' },
  { bytes: ascii('GIF8'), reason: 'this is a GIF image, not text' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], reason: 'this is a WebP image, not text' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], reason: 'this is a TIFF image, not text' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], reason: 'this is a TIFF image, not text' },
  { bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00], reason: 'this is a BMP image, not text' },
  { bytes: [0x1f, 0x8b], reason: 'this is a gzip-compressed file, not text' },
  { bytes: ascii('Rar!'), reason: 'this is a RAR archive, not text' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: 'this is a 7-Zip archive, not text' },
  { bytes: ascii('{\\rtf'), reason: 'this is an RTF document: save it as .docx or plain text first' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], reason: 'binary data, not text (a WebAssembly module)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], reason: 'binary data, not text (an executable)' },
];

/** The reason these bytes are not a text file, or null when nothing says so. */
export function sniffBinary(bytes: Uint8Array): string | null {
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
