// Normalised text is what every parser reads and what `line` numbers in provenance refer to.
// Contract: line breaks are kept (one input line = one output line), CRLF/CR → LF, full-width ASCII
// (FF01–FF5E) → half-width, so （一） reads (一) and ：reads :, ideographic and other wide spaces →
// space, zero-width characters removed. Then, in this order (each step needs the previous one):
//   1. the known GBK/UTF-8 mojibake of brackets is repaired (mojibake.ts);
//   2. pinyin readings after characters are dropped (pinyin.ts);
//   3. traditional script becomes simplified (traditional.ts);
//   4. spaces between two CJK characters go (`完 善` → `完善`), spaces next to digits stay
//      (`规章 0 0 0` is a table row);
//   5. page-number lines (`— 1 —`, `第 3 页 共 5 页`) become empty lines;
//   6. a line longer than MAX_LINE_CHARS (no report's) is broken into several (longLines.ts), counted
//      in `cuts`: the one exception to one line out per line in.
// Every step is a single linear pass and skips itself when its trigger is absent.
import type { NormalizedDoc } from '../types';
import type { InputCuts } from './inputCuts';
import { breakLongLines } from './longLines';
import { fixKnownMojibake } from './mojibake';
import { blankPageFurniture } from './pageFurniture';
import { stripPinyinResidue } from './pinyin';
import { toSimplified } from './traditional';

/** CJK ideographs, CJK punctuation (。、《》「」【】), kana and radicals: text where a space is an artefact. */
const CJK_CLASS = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const SPACE_IN_CJK = new RegExp(`([${CJK_CLASS}]) +(?=[${CJK_CLASS}])`, 'g');

/**
 * The character-level part of the contract in one pass: CRLF/CR → LF, full-width ASCII → half-width,
 * wide spaces → space, zero-width characters and NULs dropped. Unchanged stretches are copied as slices.
 */
export function mapCharacters(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0 && c !== 0x0d && c !== 0) continue;
    if (c >= 0x3001 && c <= 0xfefe) continue; // CJK text: nothing to map, decided in one test
    let rep: string;
    if (c === 0x0d) rep = s.charCodeAt(i + 1) === 0x0a ? '' : '\n';
    else if (c === 0) rep = '';
    else if (c >= 0xff01 && c <= 0xff5e) rep = String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) rep = ' ';
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) rep = '';
    else continue;
    out += s.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

export function collapseCjkSpaces(text: string): string {
  return text.replace(SPACE_IN_CJK, '$1');
}

export function normalizeText(raw: string, cuts?: InputCuts): NormalizedDoc {
  let text = mapCharacters(raw);
  text = fixKnownMojibake(text);
  text = stripPinyinResidue(text);
  text = toSimplified(text);
  text = collapseCjkSpaces(text);
  text = blankPageFurniture(text);
  text = breakLongLines(text, cuts);
  return { text, lines: text.split('\n') };
}
