// Anchors: where a pattern first occurs at or after a position, by line and column (a whole table
// may sit on one line, so lines alone are not fine enough).
import type { Pos } from './tokens';

export interface Match {
  start: Pos;
  end: Pos;
}

export function findFrom(lines: readonly string[], re: RegExp, from: Pos, until?: Pos): Match | null {
  const stop = until ? Math.min(until.line, lines.length - 1) : lines.length - 1;
  for (let i = from.line; i <= stop; i++) {
    const line = lines[i];
    const startCol = i === from.line ? from.col : 0;
    const m = re.exec(startCol === 0 ? line : line.slice(startCol));
    if (!m) continue;
    const col = startCol + m.index;
    if (until && i === until.line && col >= until.col) return null;
    return { start: { line: i, col }, end: { line: i, col: col + m[0].length } };
  }
  return null;
}

/** The earliest of several anchors at or after `from`. */
export function findFirst(lines: readonly string[], res: readonly RegExp[], from: Pos, until?: Pos): Match | null {
  let best: Match | null = null;
  for (const re of res) {
    const m = findFrom(lines, re, from, best ? best.start : until);
    if (m && (!best || before(m.start, best.start))) best = m;
  }
  return best;
}

export function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

export const DOC_START: Pos = { line: 0, col: 0 };
