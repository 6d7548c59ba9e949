// Tokens → value groups: each group is the run of values that follows one label (free text) or the
// values of one markdown/tab row. A group carries the label text that names it: the row's own label
// cells if it has them, otherwise the free text since the previous group.
import { foldLabel } from './fold';
import type { Tok, ValueTok } from './tokens';

export interface ValueGroup {
  /** the label pieces (tokens or cells) in order; empty when nothing names the group */
  labels: string[];
  /** the label came from the row's own cells (markdown/tab rows), not from text around it */
  ownLabel: boolean;
  /** the values came from one markdown/tab row */
  cellRow: boolean;
  values: ValueTok[];
  /** line of the first value (1-based) */
  line: number;
}

export function buildGroups(tokens: readonly Tok[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  let pending: string[] = [];
  let current: ValueGroup | null = null;
  let inRow = false;
  let rowLabels: string[] = [];
  let rowValues: ValueTok[] = [];
  for (const tok of tokens) {
    if (tok.t === 'rowStart') {
      current = null;
      inRow = true;
      rowLabels = [];
      rowValues = [];
      continue;
    }
    if (tok.t === 'rowEnd') {
      inRow = false;
      if (rowValues.length > 0) {
        const own = rowLabels.length > 0;
        groups.push({ labels: own ? rowLabels : pending, ownLabel: own, cellRow: true, values: rowValues, line: rowValues[0].line });
        pending = [];
      } else {
        pending.push(...rowLabels); // a header row or a label-only row names what follows
      }
      continue;
    }
    if (inRow) {
      if (tok.t === 'label') rowLabels.push(tok.text);
      else if (tok.t === 'value') rowValues.push(tok);
      continue;
    }
    if (tok.t === 'label') {
      current = null;
      pending.push(tok.text);
      continue;
    }
    if (tok.t !== 'value') continue;
    if (!current) {
      current = { labels: pending, ownLabel: false, cellRow: false, values: [], line: tok.line };
      groups.push(current);
      pending = [];
    }
    current.values.push(tok);
  }
  return groups;
}

/**
 * Which of `rows` name a group, best first. A group's own label, or the free text just before its
 * values, is read from the last piece backwards (the piece nearest the values names them: an empty
 * row's label may come first). Text before a markdown row that has no label cell of its own is what
 * a PDF conversion detached from its rows, often several labels run together: there the earliest
 * label comes first, and the caller's ordering rules sort out the rest. Within a piece, the earliest
 * pattern comes first (group headers such as (三)不予公开 name no value row).
 */
export function matchGroupAll<T extends { pattern: RegExp }>(g: ValueGroup, rows: readonly T[]): number[] {
  if (g.labels.length === 0) return [];
  const out: number[] = [];
  const add = (text: string) => {
    for (const i of byPosition(foldLabel(text), rows)) if (!out.includes(i)) out.push(i);
  };
  if (g.cellRow && !g.ownLabel) {
    add(g.labels.join(''));
    return out;
  }
  for (let i = g.labels.length - 1; i >= 0; i--) add(g.labels[i]);
  // a label wrapped over several lines matches only when joined again
  add(g.labels.join(''));
  return out;
}

/** The best row naming a group, or -1. */
export function matchGroup<T extends { pattern: RegExp }>(g: ValueGroup, rows: readonly T[]): number {
  const all = matchGroupAll(g, rows);
  return all.length > 0 ? all[0] : -1;
}

// The same folded labels recur in every report and are matched against the same row tables several
// times per document (padding, noise and placement each ask): remember the answer per row table.
// Only for patterns without `g`/`y`, whose exec keeps no state between calls, and for label-sized
// texts (long free text is seldom repeated and would only fill memory).
const POSITIONS = new WeakMap<readonly unknown[], Map<string, number[]>>();
const POSITIONS_LIMIT = 5000;
const POSITIONS_MAX_LENGTH = 200;

function byPosition<T extends { pattern: RegExp }>(text: string, rows: readonly T[]): number[] {
  if (text.length > POSITIONS_MAX_LENGTH) return positionsOf(text, rows);
  let cache = POSITIONS.get(rows);
  if (!cache) {
    if (rows.some((r) => r.pattern.global || r.pattern.sticky)) return positionsOf(text, rows);
    cache = new Map();
    POSITIONS.set(rows, cache);
  }
  let found = cache.get(text);
  if (!found) {
    found = positionsOf(text, rows);
    if (cache.size >= POSITIONS_LIMIT) cache.clear();
    cache.set(text, found);
  }
  return found;
}

function positionsOf<T extends { pattern: RegExp }>(text: string, rows: readonly T[]): number[] {
  const hits: { i: number; at: number }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const m = rows[i].pattern.exec(text);
    if (m) hits.push({ i, at: m.index });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.i);
}
