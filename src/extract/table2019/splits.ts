// Where run-together digits (`640020470`) could be cut into cells. Every way of cutting the value
// tokens of a row into exactly `cells` cells is enumerated, subject to what a printed cell can look
// like (no leading zero except `0` itself, at most `maxDigits` digits, a sign only at the front, a
// decimal part and a unit only at the end), and to an optional rule checked on each completed group
// of cells (a row total, a table-四 group total) so impossible branches die early. Separators in the
// text are hard boundaries: a cell never spans two tokens. Results are memoised per token sequence.
import type { ValueTok } from './tokens';

export interface SplitCell {
  kind: 'num' | 'blank' | 'na';
  raw: string;
  value: number | null;
  /** the line the cell's text is on (1-based) */
  line: number;
  /** not printed: a cell a short row left out, decided by the table's identities */
  inferred?: true;
}

export interface SplitOptions {
  cells: number;
  maxDigits: number;
  /** cells per rule group (7 for a table-三 row, 5 for a table-四 group) */
  groupSize?: number;
  /** checked on each completed group; returning false discards the branch */
  rule?: (group: readonly SplitCell[]) => boolean;
  /** a name for the rule, part of the memo key */
  ruleId?: string;
  /** stop after this many results (the caller treats a capped list as ambiguous) */
  cap?: number;
  /** tokens (by index) that are one cell each, never cut */
  whole?: readonly boolean[];
}

/** Cells tried before a search gives up (reported as capped): bounds the time a pathological digit
 * run can take, far above what any real row needs (a 20-digit row takes a few thousand). */
const MAX_STEPS = 200_000;

export interface SplitResult {
  candidates: SplitCell[][];
  capped: boolean;
}

interface Piece {
  kind: 'num' | 'blank' | 'na';
  raw: string;
  /** splittable digits of a number token ('' for atomic tokens) */
  digits: string;
  sign: string;
  /** decimal part and unit, kept on the last cut */
  tail: string;
  atomic: boolean;
  line: number;
}

const NUM_PARTS = /^([+-]?)(\d+)((?:\.\d+)?(?:万元|元|万)?)$/;
const MEMO_LIMIT = 4000;
const memo = new Map<string, SplitResult>();

function toPiece(v: ValueTok, index: number): Piece {
  const line = index;
  if (v.kind !== 'num') return { kind: v.kind, raw: v.raw, digits: '', sign: '', tail: '', atomic: true, line };
  const m = NUM_PARTS.exec(v.raw);
  if (!m) return { kind: 'num', raw: v.raw, digits: '', sign: '', tail: '', atomic: true, line }; // 1,234
  return { kind: 'num', raw: v.raw, digits: m[2], sign: m[1], tail: m[3], atomic: false, line };
}

/** A number token that is a valid printed cell by itself (no leading zero): with separators that may
 * be real cell boundaries, such a token is not evidence of run-together cells. */
export function validAlone(v: ValueTok): boolean {
  return v.kind !== 'num' || !/^[+-]?0\d/.test(v.raw);
}

/** A cell as printed, with its numeric value where it has one. */
export function cellOf(kind: SplitCell['kind'], raw: string, line: number): SplitCell {
  if (kind !== 'num') return { kind, raw, value: null, line };
  const n = Number(raw.replace(/,/g, '').replace(/(?:万元|元|万)$/, ''));
  return { kind, raw, value: Number.isFinite(n) ? n : null, line };
}

export function enumerateSplits(values: readonly ValueTok[], opts: SplitOptions): SplitResult {
  const whole = opts.whole ? opts.whole.map((w) => (w ? 1 : 0)).join('') : '';
  const key = `${opts.cells}|${opts.maxDigits}|${opts.groupSize ?? 0}|${opts.ruleId ?? ''}|${opts.cap ?? 0}|${whole}|${values.map((v) => v.raw || '∅').join(' ')}`;
  let result = memo.get(key);
  if (!result) {
    // memoised by the printed digits alone: lines are put back per call (cell.line holds the piece index)
    result = run(values.map((v, i) => {
      const piece = toPiece(v, i);
      return opts.whole?.[i] ? { ...piece, digits: '', atomic: true } : piece;
    }), opts);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, result);
  }
  return {
    capped: result.capped,
    // SplitCell's fields spelled out: a spread plus a field is slow in V8, and this runs per cell
    candidates: result.candidates.map((cells) => cells.map((c) => ({ kind: c.kind, raw: c.raw, value: c.value, line: values[c.line].line }))),
  };
}

function run(pieces: Piece[], opts: SplitOptions): SplitResult {
  const { cells: target, maxDigits } = opts;
  const cap = opts.cap ?? 5000;
  const group = opts.groupSize ?? 0;
  const out: SplitCell[][] = [];
  let capped = false;
  // capacity of pieces[i..]: fewest and most cells they can yield
  const minLeft = new Array<number>(pieces.length + 1).fill(0);
  const maxLeft = new Array<number>(pieces.length + 1).fill(0);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    minLeft[i] = minLeft[i + 1] + 1;
    maxLeft[i] = maxLeft[i + 1] + (p.atomic ? 1 : p.digits.length);
  }
  if (target < minLeft[0] || target > maxLeft[0]) return { candidates: [], capped: false };
  const cellsSoFar: SplitCell[] = [];
  let steps = 0;

  const emit = (cell: SplitCell): boolean => {
    if (++steps > MAX_STEPS) {
      capped = true;
      return false;
    }
    cellsSoFar.push(cell);
    const n = cellsSoFar.length;
    if (group && opts.rule && n % group === 0 && !opts.rule(cellsSoFar.slice(n - group, n))) {
      cellsSoFar.pop();
      return false;
    }
    return true;
  };

  const walk = (pi: number, off: number): void => {
    if (capped) return;
    if (pi === pieces.length) {
      if (cellsSoFar.length === target) {
        if (out.length >= cap) capped = true;
        else out.push(cellsSoFar.slice());
      }
      return;
    }
    const p = pieces[pi];
    const made = cellsSoFar.length;
    if (p.atomic) {
      if (made + 1 + minLeft[pi + 1] > target) return;
      if (emit(cellOf(p.kind, p.raw, p.line))) {
        walk(pi + 1, 0);
        cellsSoFar.pop();
      }
      return;
    }
    const d = p.digits;
    for (let end = off + 1; end <= d.length && end - off <= maxDigits; end++) {
      const cut = d.slice(off, end);
      if (cut.length > 1 && cut.charCodeAt(0) === 48) break; // 07 is not a printed cell; longer cuts neither
      const lastCut = end === d.length;
      // cells still needed after this one must fit in what is left
      const left = target - made - 1;
      const restMin = (lastCut ? 0 : 1) + minLeft[pi + 1];
      const restMax = (d.length - end) + maxLeft[pi + 1];
      if (left < restMin || left > restMax) continue;
      const raw = (off === 0 ? p.sign : '') + cut + (lastCut ? p.tail : '');
      if (!emit(cellOf('num', raw, p.line))) continue;
      walk(lastCut ? pi + 1 : pi, lastCut ? 0 : end);
      cellsSoFar.pop();
      if (capped) return;
    }
  };
  walk(0, 0);
  return { candidates: out, capped };
}

/** A group of cells whose last cell is the sum of the others; unverifiable (blank, `/`) passes. */
export function lastIsSum(group: readonly SplitCell[]): boolean {
  let s = 0;
  for (let i = 0; i < group.length - 1; i++) {
    const v = group[i].value;
    if (group[i].kind !== 'num' || v === null) return true;
    s += v;
  }
  const t = group[group.length - 1];
  if (t.kind !== 'num' || t.value === null) return true;
  return Math.abs(s - t.value) < 1e-6;
}

/** Cells on which every candidate agrees (null where they differ). */
export function consensus(candidates: readonly SplitCell[][]): (SplitCell | null)[] {
  if (candidates.length === 0) return [];
  const first = candidates[0];
  return first.map((c, i) => (candidates.every((k) => k[i].raw === c.raw && k[i].kind === c.kind) ? c : null));
}

/**
 * Drops blank cells that are layout, not table cells, while there are more values than cells: first
 * at the end (markdown `| |` padding), then at the start (the empty cells an HTML colspan label
 * leaves before the values). A blank inside the expected width is a real blank cell.
 */
export function trimPadding<T extends { kind: string }>(values: T[], cells: number): T[] {
  let start = 0;
  let end = values.length;
  while (end - start > cells && values[end - 1].kind === 'blank') end--;
  while (end - start > cells && values[start].kind === 'blank') start++;
  return start === 0 && end === values.length ? values : values.slice(start, end);
}
