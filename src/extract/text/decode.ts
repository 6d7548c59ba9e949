// Bytes → text. Reports arrive as UTF-8 (most web copies), GB18030/GBK (older Chinese sites and
// Windows "ANSI" saves), UTF-16 (Windows "Unicode" saves, with or without a BOM) and, rarely, Big5.
// Anything that is not text (PDF, Office, images, archives) is refused with a reason a user can act
// on, because a wrong guess here silently turns a whole report into garbage that later looks like
// "no figures".
import { undoWindows1252 } from './doubleEncoding';
import { sniffBinary, type Reason } from './magic';

/** `error` is Chinese (the interface's primary language), `error_en` the same in English. */
export type Decoded = { text: string; encoding: string } | { error: string; error_en: string };

const refuse = (r: Reason): Decoded => ({ error: r.zh, error_en: r.en });

/** How many bytes the UTF-16 and binary heuristics look at (enough to see many line breaks). */
const SNIFF_BYTES = 8192;

// Decoders are reusable and cheap to keep; creating them per call costs more than decoding a report.
let utf8Strict: TextDecoder | null = null;
let utf8Lossy: TextDecoder | null = null;
let gb18030: TextDecoder | null = null;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const d = decodeOnce(bytes);
  if ('error' in d) return d;
  return undoDoubleEncoding(d) ?? d;
}

/** A text that is a misread-and-resaved Chinese file comes back as the original, encoding
 * `<original>-via-cp1252`; anything else gives null. */
function undoDoubleEncoding(d: { text: string; encoding: string }): Decoded | null {
  const original = undoWindows1252(d.text);
  if (!original) return null;
  const inner = decodeOnce(original);
  if ('error' in inner) return null;
  let cjk = 0;
  let high = 0;
  for (let i = 0; i < inner.text.length; i++) {
    const c = inner.text.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  // Latin text with accents can also "decode" as GB18030 into rare characters; real Chinese uses common ones.
  const plausible = cjk >= 10 && cjk * 2 >= high && commonScore(inner.text) * 10 >= cjk;
  return plausible ? { text: inner.text, encoding: `${inner.encoding}-via-cp1252` } : null;
}

function decodeOnce(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse({ zh: '文件为空（0 字节）', en: 'the file is empty (0 bytes)' });

  const bom = byBom(bytes);
  if (bom) return bom;

  const binary = sniffBinary(bytes);
  if (binary) return refuse(binary);

  const utf16 = byNulPattern(bytes);
  if (utf16 === 'binary') {
    return refuse({ zh: '二进制数据，不是文本（文件含有 NUL 字节）', en: 'binary data, not text (the file contains NUL bytes)' });
  }
  if (utf16) return decodeUtf16(bytes, utf16, 0);

  utf8Strict ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: see below
  }

  // A UTF-8 file with a handful of broken bytes (cut mid-character, one bad paste) is still UTF-8;
  // GBK read as UTF-8 breaks on nearly every Chinese character instead.
  utf8Lossy ??= new TextDecoder('utf-8');
  const lossy = utf8Lossy.decode(bytes);
  const lossyBad = countReplacement(lossy);
  if (lossyBad <= 3 && countNonAscii(lossy) - lossyBad >= 20 * lossyBad) return { text: lossy, encoding: 'utf-8' };

  gb18030 ??= new TextDecoder('gb18030');
  const gb = gb18030.decode(bytes);
  const gbBad = countReplacement(gb);
  if (gbBad * 50 > gb.length) {
    return refuse({
      zh: `无法识别文本编码：既不是 UTF-8、GB18030/GBK，也不是 UTF-16（${gb.length} 个字符中有 ${gbBad} 个无法解码）；` +
        `请将文件另存为 UTF-8 后重试`,
      en: `the text encoding could not be recognised: it is neither UTF-8, GB18030/GBK nor UTF-16 ` +
        `(${gbBad} of ${gb.length} characters undecodable); save the file as UTF-8 and try again`,
    });
  }
  // Big5 (Taiwan/Hong Kong saves of traditional-script mirrors) decodes as GB18030 without errors
  // but into nonsense; the characters every report uses tell the two apart.
  const big5 = decodeBig5(bytes);
  if (big5 !== null && countReplacement(big5) <= gbBad && commonScore(big5) > 2 * commonScore(gb) + 5) {
    return { text: big5, encoding: 'big5' };
  }
  return { text: gb, encoding: 'gb18030' };
}

let big5Decoder: TextDecoder | null | undefined;

function decodeBig5(bytes: Uint8Array): string | null {
  if (big5Decoder === undefined) {
    try {
      big5Decoder = new TextDecoder('big5');
    } catch {
      big5Decoder = null; // a runtime without Big5 support: GB18030 it is
    }
  }
  return big5Decoder ? big5Decoder.decode(bytes) : null;
}

/** Characters frequent in any report, in both scripts. */
const COMMON = new Set(
  '的政府信息公开開年报報告工作情况況人民申请請和在有为為中一了是不本部门門务務理处處行法规規关關于於等及进進合计計件条條项項主动動',
);

function commonScore(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (COMMON.has(text[i])) n++;
  return n;
}

function byBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    utf8Lossy ??= new TextDecoder('utf-8');
    // ignoreBOM is false by default, so the decoder drops the BOM itself.
    return { text: utf8Lossy.decode(bytes), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2);
  return null;
}

/**
 * UTF-16 without a BOM shows itself by NUL bytes: every ASCII character (spaces, digits, line breaks)
 * has a zero high byte, at odd offsets in little-endian and even offsets in big-endian. NUL bytes
 * without that regularity mean binary data.
 */
function byNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'binary' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i & 1) odd++;
      else even++;
    }
  }
  const nul = even + odd;
  if (nul === 0) return null;
  // a stray NUL or two in a long text file (a scraping accident) does not make it binary
  if (nul <= 2 && n >= 1000) return null;
  if (bytes.length % 2 === 0 || bytes.length > SNIFF_BYTES) {
    // CJK characters U+xx00 put a few NULs on the other parity; binary data spreads them evenly.
    if (odd >= 4 && even * 4 <= odd) return 'utf-16le';
    if (even >= 4 && odd * 4 <= even) return 'utf-16be';
  }
  return 'binary';
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', offset: number): Decoded {
  const body = bytes.subarray(offset);
  const text = encoding === 'utf-16le' ? new TextDecoder('utf-16le').decode(body) : decodeUtf16be(body);
  const bad = countReplacement(text);
  if (bad * 50 > text.length + 1) {
    return refuse({
      zh: `文件看似 UTF-16 文本，但有 ${bad} 个字符无法解码；可能是二进制数据`,
      en: `the file looks like UTF-16 text but ${bad} characters cannot be decoded; it may be binary data`,
    });
  }
  return { text, encoding };
}

// TextDecoder('utf-16be') is not in every runtime's ICU build; swapping bytes is trivial and safe.
function decodeUtf16be(body: Uint8Array): string {
  const even = body.length & ~1;
  const swapped = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = body[i + 1];
    swapped[i + 1] = body[i];
  }
  return new TextDecoder('utf-16le').decode(swapped) + (body.length > even ? '\ufffd' : '');
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
