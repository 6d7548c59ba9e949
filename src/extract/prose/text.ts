// Small helpers over the normalised text shared by the prose parsers.
import { lineAt } from '../table2008/lines';
import type { NormalizedDoc } from '../types';

/** A numbered heading: `四、`, `(二)`, `3.` at the start of a line. */
export const NUMBERED = /^(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])/;
const HEADING_MAX = 40;
/** How far above a sentence its section heading may be (a paragraph wrapped over a few lines). */
const HEADING_REACH = 6;

// Stop characters as sets of UTF-16 code units: the span walks test one character at a time, and a
// regex test per character cost more than the rest of the prose parser's bookkeeping.
const SENTENCE_END = new Set([...'。；;!?！？\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...'。；;，,!?！？\n'].map((c) => c.charCodeAt(0)));

export function lineOf(doc: NormalizedDoc, offset: number): number {
  return lineAt(doc, offset);
}

function spanAround(text: string, at: number, len: number, stop: ReadonlySet<number>, reach: number): [number, number] {
  let s = at;
  const min = Math.max(0, at - reach);
  while (s > min && !stop.has(text.charCodeAt(s - 1))) s--;
  let e = at + len;
  const max = Math.min(text.length, at + len + reach);
  while (e < max && !stop.has(text.charCodeAt(e))) e++;
  return [s, e];
}

/** The sentence around a match (bounded to a few hundred characters either side). */
export function sentenceAround(text: string, at: number, len: number): string {
  const [s, e] = spanAround(text, at, len, SENTENCE_END, 200);
  return text.slice(s, e);
}

/** The clause around a match; `before` is its part that precedes the match. */
export function clauseAround(text: string, at: number, len: number): { all: string; before: string } {
  const [s, e] = spanAround(text, at, len, CLAUSE_END, 80);
  return { all: text.slice(s, e), before: text.slice(s, at) };
}

/** The numbered heading of the section holding `offset` (the nearest heading line above it, within a
 * few lines), or '' when there is none. `四、政府信息公开的收费及减免情况` ⏎ `未收取任何费用。`: the
 * sentence is about disclosure fees because its heading says so. */
export function headingAbove(doc: NormalizedDoc, offset: number): string {
  // a heading run into the same line (flattened pages) and the heading line above, one per line of
  // the result: a test passes when either names the subject
  const inline = headingInline(doc.text, offset);
  const line = lineAt(doc, offset) - 1;
  for (let i = line - 1; i >= 0 && i >= line - HEADING_REACH; i--) {
    const t = doc.lines[i].trim();
    if (t.length > 0 && t.length <= HEADING_MAX && NUMBERED.test(t) && !/[。；;]./.test(t)) return inline ? `${inline}\n${t}` : t;
  }
  return inline;
}

/** How far back on the same line a section heading may stand before the sentence it governs. */
const INLINE_REACH = 300;
/** A top-level heading written into running text (`…办结。三、依申请公开政府信息情况2017年度…`):
 * a Chinese numeral and 、 right after a line start, a space or the end of the previous sentence. */
const INLINE_HEADING = /(?:^|[\s。；;!！?？）)])[一二三四五六七八九十]{1,2}\s*[、．.]\s*[^\d。；;\n]{2,40}/g;

/** The numbered heading that opens the section holding `offset` on the same line, when pages were
 * flattened so heading and body share one line (the line-based search of headingAbove cannot see
 * it there). Only the heading's own words are returned, up to the first digit or sentence end. */
export function headingInline(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const from = Math.max(lineStart, offset - INLINE_REACH);
  const window = text.slice(from, offset);
  let last = '';
  INLINE_HEADING.lastIndex = 0;
  for (let m = INLINE_HEADING.exec(window); m; m = INLINE_HEADING.exec(window)) last = m[0];
  return last.replace(/^[\s。；;!！?？）)]/, '');
}
