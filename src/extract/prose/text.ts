// Small helpers over the normalised text shared by the prose parsers.
import { lineAt } from '../table2008/lines';
import type { NormalizedDoc } from '../types';

const SENTENCE_END = /[。；;!?！？\n]/;
const CLAUSE_END = /[。；;，,!?！？\n]/;

export function lineOf(doc: NormalizedDoc, offset: number): number {
  return lineAt(doc, offset);
}

function spanAround(text: string, at: number, len: number, stop: RegExp, reach: number): [number, number] {
  let s = at;
  const min = Math.max(0, at - reach);
  while (s > min && !stop.test(text[s - 1])) s--;
  let e = at + len;
  const max = Math.min(text.length, at + len + reach);
  while (e < max && !stop.test(text[e])) e++;
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
