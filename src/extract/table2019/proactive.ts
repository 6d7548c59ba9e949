// Table 二 (主动公开政府信息情况, the article-20 blocks), 2019 or 2021 version by its own headers.
// Each row is found by its label; its values follow until the next label. Unlike tables 三 and 四,
// table 二 has no sums, so run-together digits are cut only when the cut is forced (`000` → 0 0 0,
// `35-15` → 35 −15) or, in the 2019 item rows, when exactly one cut makes 处理决定数量 =
// 上一年项目数量 + 本年增/减 (the column misuse B-SUCCESSOR that many reports share). Anything
// else is ambiguous and left out.
import type { Figure, Finding, MetricKey } from '../types';
import { DOC_START, findFirst, findFrom } from './find';
import { ambiguousFinding, cellFinding, digitsOf, excerpt, figure, readCell, unreadableFinding } from './figures';
import { foldLabel } from './fold';
import { buildGroups, matchGroupAll, type ValueGroup } from './groups';
import {
  PROACTIVE_ERA_MARKERS, PROACTIVE_ROWS, PROACTIVE_START, REQUEST_CAPTION, REQUEST_FIRST_ROW, type ProactiveRow,
} from './layout';
import type { TableEra } from '../../domain/eras';
import { cellOf, consensus, enumerateSplits, trimPadding, validAlone, type SplitCell } from './splits';
import { tokenize, type Pos, type Tok } from './tokens';

export interface ProactiveResult {
  found: boolean;
  figures: Figure[];
  findings: Finding[];
}

const TABLE = '表二';
const BLOCK_END = [REQUEST_CAPTION, /收到和处理政府信息公开申请/, REQUEST_FIRST_ROW];
/** Table 二 is short; without a table-三 anchor it ends this many lines after its start. */
const MAX_LINES = 150;
const MAX_CELL_DIGITS = 12;
const MARKERS_G: Record<TableEra, RegExp> = {
  '2019': new RegExp(PROACTIVE_ERA_MARKERS['2019'].source, 'g'),
  '2021': new RegExp(PROACTIVE_ERA_MARKERS['2021'].source, 'g'),
};

export function parseProactive(lines: readonly string[], era: TableEra, from: Pos = DOC_START): ProactiveResult {
  const none: ProactiveResult = { found: false, figures: [], findings: [] };
  const startMatch = findFrom(lines, PROACTIVE_START, from);
  if (!startMatch) return none;
  const start = startMatch.start;
  const endMatch = findFirst(lines, BLOCK_END, startMatch.end);
  const lastLine = Math.min(lines.length - 1, start.line + MAX_LINES);
  const end: Pos = endMatch && endMatch.start.line <= lastLine ? endMatch.start : { line: lastLine, col: lines[lastLine].length };
  const tokens = tokenize(lines, start, end);
  const rows = PROACTIVE_ROWS[tableVariant(tokens, era)];
  const groups = buildGroups(tokens);

  const figures: Figure[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    // the first row this group can name that no earlier group has taken
    const ri = matchGroupAll(g, rows).find((i) => !seen.has(rows[i].id));
    const row = ri === undefined ? null : rows[ri];
    if (!row) continue;
    seen.add(row.id);
    readRow(row, g, figures, findings);
  }
  return { found: seen.size > 0, figures, findings };
}

function tableVariant(tokens: readonly Tok[], era: TableEra): TableEra {
  let text = '';
  for (const t of tokens) if (t.t === 'label') text += t.text;
  const folded = foldLabel(text);
  const hits = (e: TableEra) => (folded.match(MARKERS_G[e]) ?? []).length;
  const b = hits('2019');
  const c = hits('2021');
  return b > c ? '2019' : c > b ? '2021' : era;
}

function rowKeys(row: ProactiveRow): MetricKey[] {
  return row.cells.map((c) => c.key).filter((k): k is MetricKey => k !== null);
}

function readRow(row: ProactiveRow, g: ValueGroup, figures: Figure[], findings: Finding[]): void {
  const n = row.cells.length;
  const values = trimPadding(g.values, n);
  const raws = values.map((v) => v.raw);
  let candidates: SplitCell[][];
  let capped = false;
  if (values.length === n) {
    candidates = [values.map((v) => cellOf(v.kind, v.raw, v.line))];
  } else if (values.length < n) {
    // Run-together digits, or cells spaced irregularly (`00 0` for three cells). Where spaces
    // separate the values, a value that is a valid cell by itself (`12 3`) may be a whole cell next
    // to one left empty, so only values that cannot be one cell (`00`, `05`) are cut: `00 0` reads
    // 0 0 0, `12 3` is left out.
    const glued = values.every((v, i) => i === 0 || !v.sep);
    const whole = glued ? undefined : values.map(validAlone);
    const r = enumerateSplits(values, { cells: n, maxDigits: MAX_CELL_DIGITS, cap: 500, whole });
    candidates = r.candidates;
    capped = r.capped;
  } else {
    findings.push(unreadableFinding(TABLE, row.label, {
      zh: `有${values.length}个数值“${digitsOf(raws)}”，而应有${n}个单元格`,
      en: `${values.length} value(s) "${digitsOf(raws)}" where ${n} cells are expected`,
    }, rowKeys(row)));
    return;
  }
  if (candidates.length === 0) {
    findings.push(unreadableFinding(TABLE, row.label, {
      zh: `数值“${digitsOf(raws)}”无法读作${n}个单元格`,
      en: `the values "${digitsOf(raws)}" cannot be read as ${n} cells`,
    }, rowKeys(row)));
    return;
  }
  if (candidates.length > 1 && !capped && row.items) {
    const successor = candidates.filter(isSuccessor);
    if (successor.length === 1) {
      candidates = successor;
      const cut = successor[0].map((c) => c.raw).join(' / ');
      findings.push(cellFinding('CELL-SPLIT-HINT', 'info', {
        zh: `${TABLE}“${row.label}”：粘连数字“${digitsOf(raws)}”拆分为${cut}，这是唯一满足 处理决定数量 = 上一年项目数量 + 本年增/减 的拆分`,
        en: `${TABLE} "${row.label}": the run-together digits "${digitsOf(raws)}" were cut as ${cut}, the only cut where 处理决定数量 = 上一年项目数量 + 本年增/减`,
      }, rowKeys(row)));
    }
  }
  const agreed = capped ? candidates[0].map(() => null) : consensus(candidates);
  if (agreed.some((c) => c === null)) {
    findings.push(ambiguousFinding(TABLE, row.label, digitsOf(raws), rowKeys(row), capped ? 'many' : candidates.length, false));
  }
  agreed.forEach((c, i) => {
    const def = row.cells[i];
    if (!c || !def.key) return;
    const cell = readCell(c, def.kind);
    if (!cell) {
      findings.push(unreadableFinding(TABLE, row.label, {
        zh: `单元格“${c.raw}”（${def.column}）不是${def.kind === 'count' ? '计数' : '该列的有效数值'}`,
        en: `the cell "${c.raw}" (${def.column}) is not a ${def.kind === 'count' ? 'count' : 'value of this column'}`,
      }, [def.key]));
      return;
    }
    figures.push(figure(def.key, cell, c.line, excerpt(row.label, def.column, c.raw)));
  });
}

/** 处理决定数量 = 上一年项目数量 + 本年增/减, with last year's items > 0. */
function isSuccessor(cells: readonly SplitCell[]): boolean {
  const [a, b, c] = cells.map((x) => (x.kind === 'num' ? Number(x.raw) : NaN));
  return a > 0 && Number.isFinite(b) && a + b === c;
}
