// A line longer than any report's (the longest in our corpus is about 17,000 characters: a page
// saved without line breaks) is broken into lines of at most MAX_LINE_CHARS, so that no per-line
// step of a parser ever sees a megabyte on one line. Breaks fall after punctuation or a space, else
// between a digit and a non-digit, so a number is never cut in two; only a run of digits longer
// than the limit itself (not a figure of any report) is cut where it must be.
import type { InputCuts } from './inputCuts';

export const MAX_LINE_CHARS = 50_000;

const BREAK_AFTER = new Set([...' \t|。，；;,、:：'].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export function breakLongLines(text: string, cuts?: InputCuts): string {
  if (text.length <= MAX_LINE_CHARS) return text;
  const parts: string[] = [];
  let start = 0;
  let changed = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_CHARS) {
      changed = true;
      if (cuts) {
        cuts.longLines++;
        cuts.longestLine = Math.max(cuts.longestLine, end - start);
      }
      let from = start;
      while (end - from > MAX_LINE_CHARS) {
        const cut = breakPoint(text, from, from + MAX_LINE_CHARS);
        parts.push(text.slice(from, cut));
        from = cut;
      }
      parts.push(text.slice(from, end));
    } else {
      parts.push(text.slice(start, end));
    }
    start = end + 1;
  }
  return changed ? parts.join('\n') : text;
}

/** Where to end a piece of text[from, limit): after its last break character, else at its last
 * digit/non-digit boundary, else at the limit. (A short piece is followed by a full one, so the
 * scans stay linear overall.) */
function breakPoint(text: string, from: number, limit: number): number {
  for (let k = limit; k > from + 1; k--) if (BREAK_AFTER.has(text.charCodeAt(k - 1))) return k;
  for (let k = limit; k > from + 1; k--) if (!isDigit(text.charCodeAt(k - 1)) || !isDigit(text.charCodeAt(k))) return k;
  return limit;
}
