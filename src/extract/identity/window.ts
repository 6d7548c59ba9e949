// Identity facts sit at the edges of a report: title, page labels and preamble at the top, signature
// and date at the bottom. Reading only those windows keeps identify() fast on long documents; lines
// are capped because some saved pages put the whole body on one line.
import type { NormalizedDoc } from '../types';

export const HEAD_LINES = 60;
export const TAIL_LINES = 30;
const LINE_CAP = 600;

export interface DocWindow {
  /** first HEAD_LINES lines, each cut to LINE_CAP characters; index i is line i + 1 */
  head: string[];
  /** last TAIL_LINES lines (overlapping head in short documents), each keeping its last LINE_CAP
   * characters */
  tail: string[];
  /** head joined with '\n' (for sentence patterns that may cross a line) */
  headText: string;
  tailText: string;
}

export function docWindow(doc: NormalizedDoc): DocWindow {
  const lines = doc.lines;
  const head = lines.slice(0, HEAD_LINES).map((l) => (l.length > LINE_CAP ? l.slice(0, LINE_CAP) : l));
  const tailStart = Math.max(0, lines.length - TAIL_LINES);
  const tail = lines.slice(tailStart).map((l) => (l.length > LINE_CAP ? l.slice(l.length - LINE_CAP) : l));
  return { head, tail, headText: head.join('\n'), tailText: tail.join('\n') };
}

/** Removes all whitespace: PDF text puts spaces around numbers and inside words (`2021 年`, `完 善`). */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}
