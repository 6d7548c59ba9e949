// Table 三 (收到和处理政府信息公开申请情况): 23 (2019) or 25 (2021) value rows × 7 columns.
// The block runs from row 一 (after the 勾稽关系 caption) to table 四. Value groups are matched to
// rows by their labels; groups whose label is missing or garbled (PDF conversions) fill the rows
// between two recognised ones in order, when the counts agree. Run-together digits are cut by the
// row rule (总计 = the six applicant columns); when a row still has several valid cuts, the column
// rules (一 + 二 = 三(七) + 四, 三(七) = Σ outcomes) break the tie, and what stays open is reported
// as ambiguous, never guessed.
import type { CellValue, Figure, Finding, GridCell, MetricKey } from '../types';
import { DOC_START, findFirst, findFrom } from './find';
import { ambiguousFinding, digitsOf, excerpt, figure, readCell, sumCells, unreadableFinding } from './figures';
import { foldLabel } from './fold';
import { buildGroups, matchGroup, type ValueGroup } from './groups';
import {
  APPEAL_HEADER, APPEAL_START, NEW_BY_COLUMN, REQUEST_2021_MARKER, REQUEST_CAPTION, REQUEST_COLUMNS,
  REQUEST_FIRST_ROW, REQUEST_ROWS, REQUEST_TOTALS, outcomeRows, type RequestRow, type TableEra,
} from './layout';
import { cellOf, consensus, enumerateSplits, trimPadding, lastIsSum, type SplitCell } from './splits';
import { tokenize, type Pos } from './tokens';

export interface RequestsResult {
  found: boolean;
  grid: GridCell[];
  figures: Figure[];
  findings: Finding[];
  /** where table 三 ends (table 四 is searched from here) */
  end: Pos | null;
}

const TABLE = '表三';
const WIDTH = REQUEST_COLUMNS.length; // 7
const FIRST_ROW_STRICT = /[一1]\s*[、.．]\s*本年新收/;
const BLOCK_END = [APPEAL_START, APPEAL_HEADER, /五\s*、/];
const MAX_CELL_DIGITS = 7;
const TIE_BREAK_LIMIT = 5000;

interface Placed {
  row: RequestRow;
  group: ValueGroup;
}

interface Resolved {
  row: RequestRow;
  group: ValueGroup;
  candidates: SplitCell[][];
  /** more valid cuts exist than were listed */
  capped: boolean;
}

export function parseRequests(lines: readonly string[], era: TableEra, from: Pos = DOC_START): RequestsResult {
  const none: RequestsResult = { found: false, grid: [], figures: [], findings: [], end: null };
  const caption = findFrom(lines, REQUEST_CAPTION, from);
  const first = caption ? findFrom(lines, REQUEST_FIRST_ROW, caption.end) : findFrom(lines, FIRST_ROW_STRICT, from);
  if (!first) return none;
  const start: Pos = lines[first.start.line].lastIndexOf('|', first.start.col) >= 0 ? { line: first.start.line, col: 0 } : first.start;
  const endMatch = findFirst(lines, BLOCK_END, first.end);
  const end: Pos = endMatch ? endMatch.start : { line: lines.length - 1, col: lines[lines.length - 1].length };
  const groups = buildGroups(tokenize(lines, start, end));
  if (groups.length === 0) return { ...none, end };

  const findings: Finding[] = [];
  const variant = tableVariant(groups, era);
  const rows = REQUEST_ROWS[variant];
  const placed = placeGroups(groups, rows, findings);
  const resolved: Resolved[] = [];
  for (const p of placed) {
    const r = resolveRow(p, findings);
    if (r) resolved.push(r);
  }
  breakTies(resolved, variant);
  const raws = new Map<GridCell, string>();
  const grid = toGrid(resolved, findings, raws);
  return { found: true, grid, figures: toFigures(grid, variant, raws), findings, end };
}

function tableVariant(groups: readonly ValueGroup[], era: TableEra): TableEra {
  for (const g of groups) if (REQUEST_2021_MARKER.test(foldLabel(g.labels.join('')))) return '2021';
  const viable = groups.filter((g) => !isNoise(g) && g.values.some((v) => v.kind !== 'blank')).length;
  if (viable === REQUEST_ROWS['2021'].length) return '2021';
  if (viable === REQUEST_ROWS['2019'].length) return '2019';
  return era;
}

/** A group that cannot hold a 7-cell row whatever the cuts (a stray number in a PDF conversion). */
function isNoise(g: ValueGroup): boolean {
  let capacity = 0;
  for (const v of g.values) {
    if (v.kind !== 'num') {
      capacity++;
      continue;
    }
    for (let i = 0; i < v.raw.length; i++) {
      const c = v.raw.charCodeAt(i);
      if (c >= 48 && c <= 57) capacity++;
    }
  }
  return capacity < WIDTH;
}

/** A row of empty cells that names no value row: what an HTML colspan group header leaves behind. */
function isPadding(g: ValueGroup, rows: readonly RequestRow[]): boolean {
  return g.values.every((v) => v.kind === 'blank') && matchGroup(g, rows) < 0;
}

function placeGroups(groups: readonly ValueGroup[], rows: readonly RequestRow[], findings: Finding[]): Placed[] {
  // Drop noise; its label (if the group after it has none) belongs to what follows.
  const kept: ValueGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (isPadding(g, rows)) continue;
    if (!isNoise(g)) {
      kept.push(g);
      continue;
    }
    const next = groups[i + 1];
    if (next && !next.ownLabel && next.labels.length === 0 && g.labels.length > 0) {
      next.labels = g.labels;
      continue;
    }
    const ri = matchGroup(g, rows);
    if (ri >= 0) {
      findings.push(unreadableFinding(TABLE, rows[ri].label, {
        zh: `有${g.values.length}个数值“${digitsOf(g.values.map((v) => v.raw))}”，而应有${WIDTH}个单元格`,
        en: `${g.values.length} value(s) "${digitsOf(g.values.map((v) => v.raw))}" where ${WIDTH} cells are expected`,
      }, rowMetrics(rows[ri].key)));
    }
  }
  const idx = kept.map((g) => matchGroup(g, rows));
  const anchors = increasingAnchors(idx);
  const placed: Placed[] = [];
  let prevG = -1;
  let prevR = -1;
  for (const a of [...anchors, kept.length]) {
    const g = a === kept.length ? kept.length : a;
    const r = a === kept.length ? rows.length : idx[a];
    const gapGroups = kept.slice(prevG + 1, g);
    const gapRows = rows.slice(prevR + 1, r);
    if (gapGroups.length === gapRows.length) {
      gapGroups.forEach((gg, k) => placed.push({ row: gapRows[k], group: gg }));
    } else if (gapGroups.length > 0 && gapRows.length > 0) {
      findings.push(unreadableFinding(TABLE, gapRows.map((x) => x.label).join(' / '), {
        zh: `${gapGroups.length}行无标签的数值无法与这${gapRows.length}行对应`,
        en: `${gapGroups.length} unlabelled value row(s) cannot be matched to these ${gapRows.length} row(s)`,
      }, gapRows.flatMap((x) => rowMetrics(x.key))));
    }
    if (a !== kept.length) placed.push({ row: rows[idx[a]], group: kept[a] });
    prevG = g;
    prevR = r;
  }
  return placed;
}

/** Indexes of the labelled groups that form the longest run of strictly increasing rows: a label
 * out of order (a header repeated mid-table, a stray caption) is not trusted. */
function increasingAnchors(idx: readonly number[]): number[] {
  const n = idx.length;
  const len = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  let bestEnd = -1;
  for (let i = 0; i < n; i++) {
    if (idx[i] < 0) continue;
    len[i] = 1;
    for (let j = 0; j < i; j++) {
      if (idx[j] >= 0 && idx[j] < idx[i] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
    if (bestEnd < 0 || len[i] > len[bestEnd]) bestEnd = i;
  }
  const out: number[] = [];
  for (let i = bestEnd; i >= 0; i = prev[i]) out.push(i);
  return out.reverse();
}

function resolveRow(p: Placed, findings: Finding[]): Resolved | null {
  const values = trimPadding(p.group.values, WIDTH);
  const raws = values.map((v) => v.raw);
  if (values.length > WIDTH) {
    findings.push(unreadableFinding(TABLE, p.row.label, {
      zh: `有${values.length}个数值“${digitsOf(raws)}”，而应有${WIDTH}个单元格`,
      en: `${values.length} values "${digitsOf(raws)}" where ${WIDTH} cells are expected`,
    }, rowMetrics(p.row.key)));
    return null;
  }
  if (values.length === WIDTH) {
    const cells = values.map((v) => cellOf(v.kind, v.raw, v.line));
    return { row: p.row, group: p.group, candidates: [cells], capped: false };
  }
  const valid = enumerateSplits(values, { cells: WIDTH, maxDigits: MAX_CELL_DIGITS, groupSize: WIDTH, rule: lastIsSum, ruleId: 'sum', cap: 200 });
  let candidates = valid.candidates;
  let capped = valid.capped;
  const glued = values.every((v, i) => i === 0 || !v.sep);
  if (candidates.length === 0 && glued) {
    // No cut satisfies the row total: the digits themselves may be wrong; only a forced cut is taken.
    const all = enumerateSplits(values, { cells: WIDTH, maxDigits: MAX_CELL_DIGITS, cap: 50 });
    candidates = all.candidates;
    capped = all.capped;
  }
  if (candidates.length === 0) {
    findings.push(unreadableFinding(TABLE, p.row.label, {
      zh: `数值“${digitsOf(raws)}”无法读作${WIDTH}个单元格`,
      en: `the values "${digitsOf(raws)}" cannot be read as ${WIDTH} cells`,
    }, rowMetrics(p.row.key)));
    return null;
  }
  return { row: p.row, group: p.group, candidates, capped };
}

/** Column rules pick among the cuts of rows that still have several. */
function breakTies(resolved: Resolved[], variant: TableEra): void {
  const open = resolved.filter((r) => r.candidates.length > 1 && !r.capped);
  if (open.length === 0) return;
  let combos = 1;
  for (const r of open) combos *= r.candidates.length;
  if (combos > TIE_BREAK_LIMIT) return;
  const chosen = new Map<string, SplitCell[]>();
  for (const r of resolved) if (r.candidates.length === 1) chosen.set(r.row.key, r.candidates[0]);
  const outcomes = outcomeRows(variant);
  let bestScore = -1;
  let best: number[][] = [];
  const pick = new Array<number>(open.length).fill(0);
  const visit = (k: number): void => {
    if (k === open.length) {
      const s = columnScore(chosen, outcomes);
      if (s > bestScore) {
        bestScore = s;
        best = [pick.slice()];
      } else if (s === bestScore) best.push(pick.slice());
      return;
    }
    for (let c = 0; c < open[k].candidates.length; c++) {
      pick[k] = c;
      chosen.set(open[k].row.key, open[k].candidates[c]);
      visit(k + 1);
    }
    chosen.delete(open[k].row.key);
  };
  visit(0);
  open.forEach((r, k) => {
    const keep = [...new Set(best.map((b) => b[k]))].map((c) => r.candidates[c]);
    r.candidates = keep;
  });
}

/** How many per-column identities hold (only those whose cells are all numbers count). */
function columnScore(chosen: ReadonlyMap<string, SplitCell[]>, outcomes: readonly string[]): number {
  let score = 0;
  for (let c = 0; c < WIDTH; c++) {
    const v = (row: string): number | null => {
      const cells = chosen.get(row);
      const cell = cells?.[c];
      return cell && cell.kind === 'num' && cell.value !== null ? cell.value : null;
    };
    const a = v('new');
    const b = v('carried_over');
    const t = v('total');
    const f = v('carried_forward');
    if (a !== null && b !== null && t !== null && f !== null && a + b === t + f) score++;
    if (t !== null) {
      let s = 0;
      let ok = true;
      for (const o of outcomes) {
        const x = v(o);
        if (x === null) {
          ok = false;
          break;
        }
        s += x;
      }
      if (ok && s === t) score++;
    }
  }
  return score;
}

function toGrid(resolved: readonly Resolved[], findings: Finding[], raws: Map<GridCell, string>): GridCell[] {
  const grid: GridCell[] = [];
  for (const r of resolved) {
    const cands = r.candidates;
    const agreed = r.capped ? cands[0].map(() => null) : consensus(cands);
    if (agreed.some((c) => c === null)) {
      findings.push(ambiguousFinding(TABLE, r.row.label, digitsOf(r.group.values.map((v) => v.raw)), rowMetrics(r.row.key), r.capped ? 'many' : cands.length, true));
    }
    agreed.forEach((c, i) => {
      if (!c) return;
      const cell = readCell(c, 'count');
      if (!cell) {
        findings.push(unreadableFinding(TABLE, r.row.label, {
          zh: `单元格“${c.raw}”（${REQUEST_COLUMNS[i].label}）不是计数`,
          en: `the cell "${c.raw}" (${REQUEST_COLUMNS[i].label}) is not a count`,
        }, rowMetrics(r.row.key)));
        return;
      }
      const g: GridCell = { row: r.row.key, rowLabel: r.row.label, column: REQUEST_COLUMNS[i].key, cell, line: c.line };
      grid.push(g);
      raws.set(g, c.raw);
    });
  }
  return grid;
}

/** raws: the printed text of each grid cell, for excerpts. */
function toFigures(grid: readonly GridCell[], variant: TableEra, raws: ReadonlyMap<GridCell, string>): Figure[] {
  const totals = new Map<string, GridCell>();
  const fromNew = new Map<string, GridCell>();
  for (const g of grid) {
    if (g.column === 'total') totals.set(g.row, g);
    if (g.row === 'new') fromNew.set(g.column, g);
  }
  const figures: Figure[] = [];
  for (const t of REQUEST_TOTALS) {
    const rows = t.rows(variant);
    const cells = rows.map((r) => totals.get(r));
    if (cells.some((c) => !c)) continue;
    const present = cells as GridCell[];
    if (present.length === 1) {
      const g = present[0];
      figures.push(figure(t.key, g.cell, g.line, excerpt(t.label, '总计', raws.get(g) ?? cellText(g.cell))));
      continue;
    }
    const s = sumCells(present.map((g) => g.cell));
    if (!s) continue;
    figures.push(figure(t.key, s, present[0].line, excerpt(t.sumLabel ?? t.label, '总计', cellText(s))));
  }
  for (const col of REQUEST_COLUMNS) {
    const key = NEW_BY_COLUMN[col.key];
    const g = fromNew.get(col.key);
    if (!key || !g) continue;
    figures.push(figure(key, g.cell, g.line, excerpt('一、本年新收政府信息公开申请数量', col.label, raws.get(g) ?? cellText(g.cell))));
  }
  return figures;
}

function cellText(c: CellValue): string {
  return c.state === 'number' ? String(c.value) : c.state === 'na' ? '/' : '';
}

/** Metrics that depend on a row's cells (for findings). */
export function rowMetrics(row: string): MetricKey[] {
  if (row === 'new') return ['requests_received', ...(Object.values(NEW_BY_COLUMN) as MetricKey[])];
  for (const t of REQUEST_TOTALS) if (t.rows('2019').includes(row) || t.rows('2021').includes(row)) return [t.key];
  return [];
}
