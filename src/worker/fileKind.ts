// What a file is, from its first bytes first (users rename files) and its name second.
import type { DocFormat } from './protocol';

export type Sniffed = DocFormat | 'ole' | 'old_word';

const TEXT_EXT = /\.(txt|md|markdown|text|csv)$/i;
const HTML_EXT = /\.(html?|xhtml|shtml|mht)$/i;
const IMAGE_EXT = /\.(png|jpe?g|gif|bmp|tiff?|webp|heic|avif|svg)$/i;

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

export function sniffFormat(name: string, b: Uint8Array): Sniffed {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    return /\.(docx|docm|dotx)$/i.test(name) ? 'docx' : 'zip';
  }
  // OLE2 compound file: an encrypted .docx is stored this way, and so is an old binary .doc.
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return /\.doc$/i.test(name) ? 'old_word' : 'ole';
  if (
    startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) ||
    startsWith(b, [0x47, 0x49, 0x46, 0x38]) || startsWith(b, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(b, [0x4d, 0x4d, 0x00, 0x2a]) || (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8))
  ) return 'image';
  if (IMAGE_EXT.test(name) && !/\.svg$/i.test(name)) return 'image';
  if (/\.pdf$/i.test(name)) return 'pdf'; // no %PDF- header: pdf.js will say it is corrupt
  if (/\.(docx|docm)$/i.test(name)) return 'docx';
  if (/\.zip$/i.test(name)) return 'zip';
  if (/\.doc$/i.test(name)) return 'old_word';
  if (HTML_EXT.test(name)) return 'html';
  if (TEXT_EXT.test(name)) return 'text';
  // Unknown name: text if it has no control bytes other than whitespace in the first 4 KB
  // (UTF-16 has NULs: accept them when a BOM says so).
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return 'text';
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b)) return 'unknown';
  }
  return 'text';
}
