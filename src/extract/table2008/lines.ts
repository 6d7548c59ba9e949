// Offsets in the normalised text → 1-based line numbers (provenance). The line starts of a document
// are computed once per document and kept in a WeakMap, so many lookups stay cheap.
import type { NormalizedDoc } from '../types';

const STARTS = new WeakMap<NormalizedDoc, Int32Array>();

function lineStarts(doc: NormalizedDoc): Int32Array {
  let starts = STARTS.get(doc);
  if (!starts) {
    starts = new Int32Array(doc.lines.length);
    let off = 0;
    for (let i = 0; i < doc.lines.length; i++) {
      starts[i] = off;
      off += doc.lines[i].length + 1;
    }
    STARTS.set(doc, starts);
  }
  return starts;
}

/** The 1-based line holding `offset`. */
export function lineAt(doc: NormalizedDoc, offset: number): number {
  const starts = lineStarts(doc);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
