// Table 三 (收到和处理政府信息公开申请情况): 23 (2019) or 25 (2021) value rows × 7 columns.
// The block runs from row 一 (after the 勾稽关系 caption) to table 四. Value groups are matched to
// rows by their labels; groups whose label is missing or garbled (PDF conversions) fill the rows
// between two recognised ones in order, when the counts agree. Run-together digits are cut by the
// row rule (总计 = the six applicant columns); when a row still has several valid cuts, the column
// rules (一 + 二 = 三(七) + 四, 三(七) = Σ outcomes) break the tie, and what stays open is reported
// as ambiguous, never guessed.
import type { CellValue, Figure, Finding, GridCell, MetricKey } from '../types';
import { DOC_START, findFirst, findFrom } from './find';
import { ambiguousFinding, cellFinding, digitsOf, excerpt, figure, readCell, sumCells, unreadableFinding } from './figures';
import { foldLabel } from './fold';
import { buildGroups, matchGroup, type ValueGroup } from './groups';
import { APPEAL_HEADER, APPEAL_START, REQUEST_2021_MARKER, REQUEST_CAPTION, REQUEST_FIRST_ROW } from './layout';
import type { TableEra } from '../../domain/eras';
import {
  NEW_BY_COLUMN, REQUEST_COLUMNS, REQUEST_ROWS, REQUEST_TOTALS, outcomeRows, rowMetric, type RequestRow,
} from '../../domain/table3';
import { cellOf, consensus, enumerateSplits, trimPadding, lastIsSum, validAlone, type SplitCell } from './splits';
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

/**
 * Some tables print a 小计 column for the legal persons (法人或其他组织: 商业企业 科研机构 社会公益组织
 * 法律服务机构 其他 + 小计): eight printed cells per row. 小计 is not a column of the grid (it is the
 * sum of five of them); it is read to cut run-together digits and checked against its own group.
 */
interface PrintedLayout {
  /** printed cells per row: 7, or 8 with a 小计 column */
  width: number;
  /** index of the 小计 cell among the printed cells, or null */
  sub: number | null;
}

const PLAIN: PrintedLayout = { width: WIDTH, sub: null };
const LEGAL_COLUMN_WORDS = [/商业企业/, /科研机构/, /社会公益组织/, /法律服务机构/, /其他/];

/** The printed layout from the header text between the caption and row 一. */
function printedLayout(header: string): PrintedLayout {
  const h = foldLabel(header);
  const at = h.indexOf('小计');
  if (at < 0) return PLAIN;
  // 小计 after the five legal-person columns (the usual place) or before them
  const before = LEGAL_COLUMN_WORDS.filter((re) => { const m = re.exec(h); return m !== null && m.index < at; }).length;
  return { width: WIDTH + 1, sub: before === 0 ? 1 : WIDTH - 1 };
}

/** The legal-person cells of a printed row with a 小计 column (all but 自然人, 小计 and 总计). */
function legalCells<T>(cells: readonly T[], sub: number): T[] {
  return cells.filter((_, i) => i !== 0 && i !== sub && i !== cells.length - 1);
}

/** Row rule with a 小计 column: 小计 = the five legal-person cells, 总计 = 自然人 + 小计. */
function subtotalRule(sub: number): (g: readonly SplitCell[]) => boolean {
  return (g) => {
    const legal = legalCells(g, sub);
    const num = (c: SplitCell) => (c.kind === 'num' && c.value !== null ? c.value : null);
    const parts = legal.map(num);
    const s = num(g[sub]);
    const t = num(g[g.length - 1]);
    const n = num(g[0]);
    if (s !== null && parts.every((x) => x !== null) && parts.reduce((a, b) => a! + b!, 0) !== s) return false;
    if (s !== null && n !== null && t !== null && n + s !== t) return false;
    return true;
  };
}

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
  /** the row prints one value fewer than it has cells: its cuts into WIDTH − 1 cells, placed later */
  short?: SplitCell[][];
  /** cells left open (no figure) after a short row was placed */
  open?: boolean[];
}

export function parseRequests(lines: readonly string[], era: TableEra, from: Pos = DOC_START): RequestsResult {
  const none: RequestsResult = { found: false, grid: [], figures: [], findings: [], end: null };
  const caption = findFrom(lines, REQUEST_CAPTION, from);
  const first = caption ? findFrom(lines, REQUEST_FIRST_ROW, caption.end) : findFrom(lines, FIRST_ROW_STRICT, from);
  if (!first) return none;
  const start: Pos = inPipeRow(lines[first.start.line], first.start.col) ? { line: first.start.line, col: 0 } : first.start;
  const endMatch = findFirst(lines, BLOCK_END, first.end);
  const end: Pos = endMatch ? endMatch.start : { line: lines.length - 1, col: lines[lines.length - 1].length };
  const groups = buildGroups(tokenize(lines, start, end));
  if (groups.length === 0) return { ...none, end };
  const layout = caption ? printedLayout(textBetween(lines, caption.end, first.start)) : PLAIN;

  const findings: Finding[] = [];
  const variant = tableVariant(groups, era, layout.width);
  const rows = REQUEST_ROWS[variant];
  const empty = splitEmptyRows(groups, rows);
  const placed = placeGroups(groups, rows, findings, layout.width);
  const resolved: Resolved[] = [];
  for (const p of placed) {
    const r = resolveRow(p, findings, layout);
    if (r) resolved.push(r);
  }
  for (const e of empty) {
    if (placed.some((p) => p.row.key === e.row.key)) continue;
    const blank = Array.from({ length: WIDTH }, () => cellOf('blank', '', e.line));
    resolved.push({ row: e.row, group: { labels: [], ownLabel: false, cellRow: false, values: [], line: e.line }, candidates: [blank], capped: false });
  }
  resolved.sort((a, b) => rows.indexOf(a.row) - rows.indexOf(b.row));
  breakTies(resolved, variant);
  fillShortRows(resolved, variant, findings);
  const raws = new Map<GridCell, string>();
  const grid = toGrid(resolved, findings, raws);
  return { found: true, grid, figures: toFigures(grid, variant, raws), findings, end };
}

/** Row 一 sits in a markdown/pipe row (`| 一、本年新收… | 5 |`): the row is read from its first cell.
 * A `|` somewhere earlier on a long flattened line (a title quoted in the prose) does not make the
 * whole line part of the table. */
function inPipeRow(line: string, col: number): boolean {
  const before = line.slice(0, col);
  return /\|\s*(?:[一1]\s*[、.．]\s*)?$/.test(before) || /^\s*\|/.test(line);
}

function textBetween(lines: readonly string[], from: Pos, to: Pos): string {
  if (from.line === to.line) return lines[from.line].slice(from.col, to.col);
  return [lines[from.line].slice(from.col), ...lines.slice(from.line + 1, to.line), lines[to.line].slice(0, to.col)].join('\n');
}

function tableVariant(groups: readonly ValueGroup[], era: TableEra, width: number): TableEra {
  for (const g of groups) if (REQUEST_2021_MARKER.test(foldLabel(g.labels.join('')))) return '2021';
  const viable = groups.filter((g) => !isNoise(g, width) && g.values.some((v) => v.kind !== 'blank')).length;
  if (viable === REQUEST_ROWS['2021'].length) return '2021';
  if (viable === REQUEST_ROWS['2019'].length) return '2019';
  return era;
}

/** A group that cannot hold a 7-cell row whatever the cuts (a stray number in a PDF conversion). */
function isNoise(g: ValueGroup, width: number): boolean {
  return capacityOf(g) < width;
}

/** The most cells a group's values can be cut into. */
function capacityOf(g: ValueGroup): number {
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
  return capacity;
}

/** A row of empty cells that names no value row: what an HTML colspan group header leaves behind. */
function isPadding(g: ValueGroup, rows: readonly RequestRow[]): boolean {
  return g.values.every((v) => v.kind === 'blank') && matchGroup(g, rows) < 0;
}

/**
 * Rows printed with no cells at all. In flattened text an empty row leaves only its label, which runs
 * into the next row's label (`2.申请人逾期未按收费通知…3.其他(七)总计5000005`): one label piece names
 * several rows, in table order, and the values after it belong to the last of them, the one nearest
 * the values. The earlier rows are rows whose cells are all empty (blank, not zero). The group keeps
 * only the last row's label so that it is placed there. Only free text is read this way: a markdown
 * row without label cells is a PDF conversion's detached row, whose run-together labels are sorted
 * out by placement.
 */
function splitEmptyRows(groups: readonly ValueGroup[], rows: readonly RequestRow[]): { row: RequestRow; line: number }[] {
  const out: { row: RequestRow; line: number }[] = [];
  for (const g of groups) {
    if (g.cellRow || g.labels.length === 0) continue;
    const piece = foldLabel(g.labels[g.labels.length - 1]);
    const hits: { i: number; at: number }[] = [];
    rows.forEach((r, i) => {
      const m = r.pattern.exec(piece);
      if (m) hits.push({ i, at: m.index });
    });
    if (hits.length < 2) continue;
    hits.sort((a, b) => a.at - b.at);
    if (!hits.every((h, k) => k === 0 || h.i > hits[k - 1].i)) continue;
    const last = hits[hits.length - 1];
    for (const h of hits.slice(0, -1)) out.push({ row: rows[h.i], line: g.line });
    g.labels = [...g.labels.slice(0, -1), piece.slice(lastLabelStart(piece, last.at))];
  }
  return out;
}

/** Where the last row's label starts: back over its list number (`3.`, `(七)`) before the pattern. */
function lastLabelStart(piece: string, at: number): number {
  const m = /(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、]?)$/.exec(piece.slice(0, at));
  return m ? m.index : at;
}

function placeGroups(groups: readonly ValueGroup[], rows: readonly RequestRow[], findings: Finding[], width: number): Placed[] {
  // Drop noise; its label (if the group after it has none) belongs to what follows.
  const kept: ValueGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (isPadding(g, rows)) continue;
    // A labelled row one cell short is kept: fillShortRows may still place its cells.
    if (!isNoise(g, width) || (capacityOf(g) === width - 1 && matchGroup(g, rows) >= 0)) {
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
        zh: `有${g.values.length}个数值“${digitsOf(g.values.map((v) => v.raw))}”，而应有${width}个单元格`,
        en: `${g.values.length} value(s) "${digitsOf(g.values.map((v) => v.raw))}" where ${width} cells are expected`,
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

function resolveRow(p: Placed, findings: Finding[], layout: PrintedLayout = PLAIN): Resolved | null {
  const r = resolvePrinted(p, findings, layout);
  if (!r || layout.sub === null) return r;
  // 小计 checked against its own group, then dropped: it is not a column of the grid
  const sub = layout.sub;
  const agreed = r.capped ? [] : consensus(r.candidates);
  const legal = legalCells(agreed, sub);
  const st = agreed[sub];
  if (st && st.kind === 'num' && st.value !== null && legal.every((c) => c && c.kind === 'num' && c.value !== null)) {
    const s = legal.reduce((a, c) => a + (c!.value as number), 0);
    if (s !== st.value) {
      findings.push(cellFinding('T3-ROW-TOTAL', 'error', {
        zh: `表三“${p.row.label}”行（第${st.line}行）：法人或其他组织小计为${st.value}，但商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和为${s}`,
        en: `table 三 row ${p.row.label} (line ${st.line}): the legal-person 小计 is ${st.value} but 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他 add up to ${s}`,
      }, rowMetrics(p.row.key)));
    }
  }
  return { ...r, candidates: r.candidates.map((c) => c.filter((_, i) => i !== sub)) };
}

function resolvePrinted(p: Placed, findings: Finding[], layout: PrintedLayout): Resolved | null {
  const W = layout.width;
  const rule = layout.sub === null ? lastIsSum : subtotalRule(layout.sub);
  const ruleId = layout.sub === null ? 'sum' : `subtotal${layout.sub}`;
  const values = trimPadding(p.group.values, W);
  const raws = values.map((v) => v.raw);
  if (values.length > W) {
    findings.push(unreadableFinding(TABLE, p.row.label, {
      zh: `有${values.length}个数值“${digitsOf(raws)}”，而应有${W}个单元格`,
      en: `${values.length} values "${digitsOf(raws)}" where ${W} cells are expected`,
    }, rowMetrics(p.row.key)));
    return null;
  }
  if (values.length === W) {
    const cells = values.map((v) => cellOf(v.kind, v.raw, v.line));
    return { row: p.row, group: p.group, candidates: [cells], capped: false };
  }
  const valid = enumerateSplits(values, { cells: W, maxDigits: MAX_CELL_DIGITS, groupSize: W, rule, ruleId, cap: 200 });
  let candidates = valid.candidates;
  let capped = valid.capped;
  const glued = values.every((v, i) => i === 0 || !v.sep);
  if (candidates.length === 0) {
    // No cut satisfies the row total: the printed cells themselves may be wrong (the checks report
    // it). Run-together digits: only what every cut agrees on is taken. Cells spaced irregularly
    // (`100 0 0 00`, spaces are hard boundaries in every cut): only a cut that is the only one.
    const all = enumerateSplits(values, { cells: W, maxDigits: MAX_CELL_DIGITS, cap: 50 });
    if (glued || (all.candidates.length === 1 && !all.capped)) {
      candidates = all.candidates;
      capped = all.capped;
    }
  }
  if (candidates.length === 0 && layout.sub === null) {
    // One cell short (`000000`, `12 0 0 0 0 12`): placed by the column identities (fillShortRows).
    // Spaced values that are valid cells by themselves are not cut here.
    const six = enumerateSplits(values, { cells: W - 1, maxDigits: MAX_CELL_DIGITS, cap: 50, whole: glued ? undefined : values.map(validAlone) });
    if (six.candidates.length > 0 && !six.capped) return { row: p.row, group: p.group, candidates: [], capped: false, short: six.candidates };
  }
  if (candidates.length === 0) {
    findings.push(unreadableFinding(TABLE, p.row.label, {
      zh: `数值“${digitsOf(raws)}”无法读作${W}个单元格`,
      en: `the values "${digitsOf(raws)}" cannot be read as ${W} cells`,
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

/**
 * Rows that print one value fewer than their seven cells (`000000`, `0 0 0 0 0 0`: an empty cell
 * lost in the page's text). Which cell is missing is not printed, so every position is tried. The
 * missing cell takes the value the column identities give it (一 + 二 = 三(七) + 四; (七) = the sum of
 * the outcomes; counts are never negative, so outcomes that must add up to 0 are each 0); where the
 * identities do not decide it, it stays unknown. A position survives when the printed cells agree
 * with every value the identities decide and the completed row adds up. Only cells on which all
 * surviving positions (and all cuts) agree are taken; the rest are reported as ambiguous.
 */
function fillShortRows(resolved: Resolved[], variant: TableEra, findings: Finding[]): void {
  const shortRows = resolved.filter((r) => r.short);
  if (shortRows.length === 0) return;
  const known = new Map<string, (number | null)[]>();
  for (const r of resolved) {
    if (r.short) continue;
    const agreed = r.capped ? [] : consensus(r.candidates);
    known.set(r.row.key, Array.from({ length: WIDTH }, (_, c) => {
      const x = agreed[c];
      return x && x.kind === 'num' && x.value !== null ? x.value : null;
    }));
  }
  const outcomes = outcomeRows(variant);
  for (const r of shortRows) {
    const derived = Array.from({ length: WIDTH }, (_, c) => derive(r.row.key, c, known, outcomes));
    const options: SplitCell[][] = [];
    for (const cut of r.short!) {
      for (let p = 0; p < WIDTH; p++) {
        const cells = [...cut.slice(0, p), cellOf('blank', '', cut[0].line), ...cut.slice(p)];
        const d = derived[p];
        // The inferred cell was never printed: its excerpt says so (推定, in toGrid), so provenance
        // does not claim the page shows it (regression: the property tests found an inferred 6 whose
        // digit appears nowhere near its row).
        cells[p] = d === null ? cellOf('blank', '', cut[0].line) : { kind: 'num', raw: String(d), value: d, line: cut[0].line, inferred: true };
        const agrees = cells.every((x, c) => c === p || derived[c] === null || (x.kind === 'num' && x.value === derived[c]));
        if (agrees && (d === null || lastIsSum(cells))) options.push(d === null ? cells.map((x, c) => (c === p ? { ...x, raw: '?' } : x)) : cells);
      }
    }
    const raws = r.group.values.map((v) => v.raw);
    r.short = undefined;
    if (options.length === 0) {
      findings.push(unreadableFinding(TABLE, r.row.label, {
        zh: `有${WIDTH - 1}个数值“${digitsOf(raws)}”，而应有${WIDTH}个单元格，且无论缺的是哪一格都不符合表内勾稽关系`,
        en: `${WIDTH - 1} values "${digitsOf(raws)}" where ${WIDTH} cells are expected, and no position of the missing cell fits the table's identities`,
      }, rowMetrics(r.row.key)));
      continue;
    }
    const agreed = consensus(options).map((c) => (c && c.raw !== '?' ? c : null));
    const taken = agreed.filter((c) => c !== null).length;
    findings.push(cellFinding('CELL-MISSING-INFERRED', 'info', {
      zh: `${TABLE}“${r.row.label}”：有${WIDTH - 1}个数值“${digitsOf(raws)}”，而应有${WIDTH}个单元格；按表内勾稽关系确定了${taken}个单元格${taken < WIDTH ? '，其余不予采用' : ''}`,
      en: `${TABLE} "${r.row.label}": ${WIDTH - 1} values "${digitsOf(raws)}" where ${WIDTH} cells are expected; the table's identities decide ${taken} of the cells${taken < WIDTH ? ', the rest are left out' : ''}`,
    }, rowMetrics(r.row.key)));
    // Cells that stay open are dropped from the grid (no figure), like an ambiguous cut.
    r.candidates = [agreed.map((c) => c ?? cellOf('blank', '', r.group.line))];
    r.open = agreed.map((c) => c === null);
  }
  const keep = resolved.filter((r) => r.candidates.length > 0);
  resolved.splice(0, resolved.length, ...keep);
}

/** The value of row `row`, column `c` that the column identities force, or null. */
function derive(row: string, c: number, known: ReadonlyMap<string, (number | null)[]>, outcomes: readonly string[]): number | null {
  const v = (r: string): number | null => known.get(r)?.[c] ?? null;
  const n = v('new');
  const co = v('carried_over');
  const t = v('total');
  const cf = v('carried_forward');
  // (七) from the outcomes: the sum of the outcome rows when all are known
  const outcomeSum = (skip: string): { sum: number; unknown: number } => {
    let sum = 0;
    let unknown = 0;
    for (const o of outcomes) {
      if (o === skip) continue;
      const x = v(o);
      if (x === null) unknown++;
      else sum += x;
    }
    return { sum, unknown };
  };
  if (row === 'carried_forward') return n !== null && co !== null && t !== null ? n + co - t : null;
  if (row === 'new') return t !== null && cf !== null && co !== null ? t + cf - co : null;
  if (row === 'carried_over') return t !== null && cf !== null && n !== null ? t + cf - n : null;
  if (row === 'total') {
    if (n !== null && co !== null && cf !== null) return n + co - cf;
    const o = outcomeSum('');
    return o.unknown === 0 ? o.sum : null;
  }
  if (outcomes.includes(row)) {
    const total = t ?? (n !== null && co !== null && cf !== null ? n + co - cf : null);
    if (total === null) return null;
    const o = outcomeSum(row);
    const rest = total - o.sum;
    if (o.unknown === 0) return rest;
    // other outcomes are unknown too, but non-negative counts that add up to 0 are each 0
    return rest === 0 ? 0 : null;
  }
  return null;
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
      if (!c || r.open?.[i]) return;
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
      raws.set(g, c.inferred ? `${c.raw}（推定）` : c.raw);
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
  const key = rowMetric(row);
  return key ? [key] : [];
}
