// Double encoding: a Chinese page read as Windows-1252/Latin-1 by some tool and saved again as UTF-8
// arrives as `æ”¿åºœ…` (from UTF-8) or `ÕþžÍ…` (from GBK). Nothing is lost: every character maps
// back to one byte, and those bytes are the original file. We only undo it when the whole text is
// made of such characters, so real text with the odd `é` is never touched.

/** Windows-1252 characters in 0x80–0x9F, at their byte positions. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

/** Minimum number of high (≥ 0x80) characters before we call a text double-encoded. */
const MIN_HIGH = 20;

/** The bytes this text was before it was misread as Windows-1252, or null when it is not such text. */
export function undoWindows1252(text: string): Uint8Array | null {
  // First pass without allocating: ordinary Chinese text fails on its first ideograph.
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c > 0xff && !BYTE_OF.has(c)) return null; // a character no single byte produces: genuine text
    high++;
  }
  if (high < MIN_HIGH) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Latin-1 range as is (including the C1 controls Latin-1 decoders give for 0x80–0x9F)
    bytes[i] = c <= 0xff ? c : (BYTE_OF.get(c) as number);
  }
  return bytes;
}
