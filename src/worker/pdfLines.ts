// pdf.js gives positioned text runs, not lines. Tables only survive if runs on the same baseline
// become one line, left to right, with a space where the page shows a gap (a cell boundary), so
// `规章 0 0 0` reads as one row. Pure: unit-tested without pdf.js.

export interface PositionedRun {
  str: string;
  /** left edge and baseline in PDF user space (y grows upwards) */
  x: number;
  y: number;
  /** advance width and font height (height 0 from some producers: fall back to a guess) */
  w: number;
  h: number;
}

/** pdf.js TextItem → PositionedRun (TextMarkedContent items have no `str` and are dropped). */
export function toRun(item: unknown): PositionedRun | null {
  const it = item as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof it.str !== 'string' || !Array.isArray(it.transform)) return null;
  const t = it.transform as number[];
  const h = typeof it.height === 'number' && it.height > 0 ? it.height : Math.hypot(t[2] ?? 0, t[3] ?? 0);
  return { str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, w: typeof it.width === 'number' ? it.width : 0, h };
}

const DEFAULT_H = 10;

/** One rebuilt line with the geometry the paragraph reflow needs. */
export interface PdfLine {
  text: string;
  left: number;
  right: number;
  y: number;
  h: number;
  /** widest gap between runs, in font heights: table rows have wide gaps between cells */
  maxGap: number;
}

export function runsToLines(runs: PositionedRun[]): string[] {
  return reflowParagraphs(buildLines(runs));
}

export function buildLines(runs: PositionedRun[]): PdfLine[] {
  const visible = runs.filter((r) => r.str.trim() !== '');
  if (visible.length === 0) return [];
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedRun[][] = [];
  let current: PositionedRun[] = [];
  let refY = sorted[0].y;
  let refH = sorted[0].h || DEFAULT_H;
  for (const r of sorted) {
    const h = r.h || DEFAULT_H;
    // Same line when the baselines differ by less than half the smaller font: keeps sub/superscripts
    // and slightly misaligned table cells on their row, splits rows set at normal leading.
    if (current.length > 0 && Math.abs(r.y - refY) > 0.5 * Math.min(h, refH)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) { refY = r.y; refH = h; }
    current.push(r);
  }
  if (current.length) groups.push(current);
  return groups.map(joinRuns);
}

/** Justified paragraphs wrap at the right margin, which splits phrases the parsers look for
 * (`年度\n报告`, `2023 年 1 月 1 日\n起至`). A line is joined to the next when it runs to the
 * right edge of the page's text, does not end a sentence, has no table-like gaps, and the next
 * line continues at the left margin (a new paragraph is indented), same size, at normal leading. */
export function reflowParagraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const rightEdge = Math.max(...lines.map((l) => l.right));
  const leftMargin = Math.min(...lines.map((l) => l.left));
  const out: string[] = [];
  let acc = lines[0].text;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i];
    const n = lines[i + 1];
    const h = l.h;
    const join =
      l.right >= rightEdge - 1.5 * h &&
      n.left <= leftMargin + 0.5 * h &&
      l.maxGap < 1.5 && n.maxGap < 1.5 &&
      Math.abs(n.h - h) < 0.2 * h &&
      l.y - n.y > 0 && l.y - n.y < 2.2 * h &&
      !/[。！？：；:;!?]$/.test(l.text) &&
      // a table row's label wrapped inside its cell is followed by its numbers: not prose
      !/^[\d\s./—-]+$/.test(n.text);
    if (join) acc += n.text;
    else { out.push(acc); acc = n.text; }
  }
  out.push(acc);
  return out;
}

function joinRuns(line: PositionedRun[]): PdfLine {
  const runs = [...line].sort((a, b) => a.x - b.x);
  let out = '';
  let prevEnd: number | null = null;
  let maxGap = 0;
  const h = Math.max(...runs.map((r) => r.h || DEFAULT_H));
  for (const r of runs) {
    const rh = r.h || DEFAULT_H;
    const text = r.str;
    if (prevEnd !== null) {
      const gap = r.x - prevEnd;
      maxGap = Math.max(maxGap, gap / rh);
      // A gap wider than a fifth of the font height is a visible space or a cell boundary.
      if (gap > 0.2 * rh && !out.endsWith(' ') && !text.startsWith(' ')) out += ' ';
    }
    out += text;
    prevEnd = r.x + r.w;
  }
  const last = runs[runs.length - 1];
  return { text: out.replace(/\s+$/, ''), left: runs[0].x, right: last.x + last.w, y: runs[0].y, h, maxGap };
}
