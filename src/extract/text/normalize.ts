// Normalised text is what every parser reads and what `line` numbers in provenance refer to.
// Contract: line breaks are kept (one input line = one output line), CRLF/CR → LF, full-width ASCII
// (FF01–FF5E) → half-width, so （一） reads (一) and ：reads :, ideographic space → space,
// zero-width characters removed.
// TODO(normalize helper): traditional → simplified, pinyin residue after characters, GBK/UTF-8
// mojibake of brackets, spaces inside CJK runs.
import type { NormalizedDoc } from '../types';

export function normalizeText(raw: string): NormalizedDoc {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u3000/g, ' ')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return { text, lines: text.split('\n') };
}
