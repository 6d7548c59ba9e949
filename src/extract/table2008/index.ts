// The 2008-era statistical table (政府信息公开情况统计表, docs/formats.md §2.2–2.3) and its local variants:
// rows are found by label (catalogue.ts), whatever the layout — one cell per line, `|` rows, tab or
// space separated, or cells run together with no separators at all. Two-column tables (this year |
// 历年累计/本年累计, or 本期实际 | 本年累计) report this year's column only; run-together digits are cut
// where the table's own sums say (split.ts), or where the report's prose states this year's figure
// (an exact figure that is one of the cuts), and left out with a finding when they cannot be decided.
import { metricDef } from '../../domain/metrics';
import { roundMoney } from '../text/numbers';
import type { Figure, Finding, MetricKey, NormalizedDoc, Source } from '../types';
import { rowKey, type CatalogueRow, type Section } from './catalogue';
import { readCell } from './cells';
import { lineAt } from './lines';
import { statRegionOf, TABLE_GATE } from './region';
import { SECTION_RULES, TABLE_RULES } from './rules';
import { solveSplits, splitCandidates, type Split } from './split';

export interface TableResult {
  figures: Figure[];
  findings: Finding[];
  /** whether a statistical table was found at all */
  found: boolean;
}

const NOTHING: TableResult = { figures: [], findings: [], found: false };
const NA_TOKEN = /^(?:—+|-+|\/|／|不适用)$/;
const NUMBER_TOKEN = /^(\d[\d,]*(?:\.\d+)?)(万元|元)?$/;

interface RowCell {
  id: string;
  key: MetricKey | null;
  row: CatalogueRow;
  core: string;
  /** document offset of the value */
  at: number;
  unit: string | null;
  state: 'number' | 'blank' | 'na' | 'unreadable';
  candidates: Split[];
  /** the cell's digits as printed (for messages) */
  raw: string;
  /** the digits ran straight into the next label (cells.ts) */
  glued: boolean;
  /** the candidates are cuts of one run of digits (this year | cumulative run together) */
  cuts?: boolean;
  /** why no figure could be read, when candidates is empty */
  why?: { zh: string; en: string };
}

export interface StatTableOptions {
  /** Figures the report's prose states (parseProseFigures). A run-together cell that the table's
   * own rules leave open is decided when the prose states this year's figure and exactly that
   * figure is one of the cell's cuts: the document itself says where the cut is. The prose never
   * overrides a cell the rules decide, except to show a rule wrong (see `ordered` below). */
  stated?: readonly Figure[];
}

export function parseStatTable(doc: NormalizedDoc, opts: StatTableOptions = {}): TableResult {
  if (!TABLE_GATE.test(doc.text)) return NOTHING;
  const region = statRegionOf(doc);
  if (!region) return NOTHING;
  const text = doc.text;
  const twoColumns = /累计/.test(region.header);
  const cumulativeFirst = twoColumns && cumulativeColumnFirst(region.header);
  const codeColumn = /代码/.test(region.header);

  const cells: RowCell[] = [];
  const seen = new Set<string>();
  let section: Section | null = null;
  region.hits.forEach((hit, i) => {
    const row = hit.row;
    const sectional = row.key !== null && typeof row.key === 'object';
    // 被依法纠错数 / 其他情形数 belong to the last 四/五 heading; any other row ends that section.
    if (row.opens) section = row.opens;
    else if (!sectional && !row.within) section = null;
    if (row.group) return;
    const id = sectional ? `${section ?? 'none'}:${row.id}` : row.id;
    if (seen.has(id)) return;
    const cellEnd = i + 1 < region.hits.length ? region.hits[i + 1].start : region.end;
    const cell = readCell(text.slice(hit.end, cellEnd), { codeColumn });
    const state = cell.tokens.length === 0 ? (cell.blank ? 'blank' : null) : NA_TOKEN.test(cell.tokens[0]) ? 'na' : 'number';
    // A label with no cell after it (the introduction's 在…网站公开应当主动公开的… before the table
    // proper) is not the row: it must not keep the table's own row of that label from being read.
    if (!state) return;
    seen.add(id);
    // One literal, not `{ ...base, state }`: V8 builds spread-plus-fields objects through a slow
    // generic path, and that alone was most of this parser's time.
    cells.push({
      id,
      key: rowKey(row, section),
      row,
      core: hit.core,
      at: cell.at >= 0 ? hit.end + cell.at : hit.start,
      unit: cell.unit,
      raw: cell.tokens.join(' '),
      glued: cell.glued,
      state,
      candidates: [],
    });
  });

  // A table whose rows show two separate values is a separated table: a lone value there is a
  // collapsed empty cell, not two numbers run together — unless it runs straight into the next
  // label (`数条 4087112.政府…`): that row lost its separators like a run-together table.
  const separated = twoColumns && region.hits.length > 0 && cells.some((c) => c.raw.includes(' '));
  // A two-column table whose zero rows print a single 0 (never 00) fills one column only: each
  // lone run of digits is one value, not two run together (`条148` is not 1 | 48). Which column
  // that value is in cannot be told from the table (see the anchor below).
  const zeros = cells.filter((c) => c.state === 'number' && /^0$/.test(c.raw)).length;
  const doubleZeros = cells.filter((c) => c.state === 'number' && /^0+(?: 0+)?$/.test(c.raw) && c.raw !== '0').length;
  const anchors = statedFigures(opts.stated ?? [], text.slice(region.start, region.end));
  // The prose can show it too, in a table with no zero rows: it states a row's whole run of digits
  // (`条148`, prose 148) as this year's figure, which no cut of the run can be.
  const wholeStated = cells.some((c) => c.state === 'number' && /^\d{2,}$/.test(c.raw) && c.key !== null &&
    anchors.get(c.key) === Number(c.raw) && Number(c.raw) !== 0);
  const oneValue = twoColumns && !separated && ((zeros >= 2 && doubleZeros === 0) || wholeStated);
  // A one-value table (above) whose value the prose states for some row (主动公开 148, prose 148) has
  // its filled column shown to be this year's: every lone value is then this year's figure.
  let oneValueThisYear = false;
  for (const c of cells) {
    const stated = c.key ? anchors.get(c.key) : undefined;
    if (oneValue && c.state === 'number' && stated !== undefined && stated !== 0 && /^\d+$/.test(c.raw) && Number(c.raw) === stated) {
      oneValueThisYear = true;
    }
  }
  // The report breaks "cumulative ≥ this year" itself when the prose states a figure that is a cut
  // of a row's digits only that rule excluded (prose 107 in `10774`: 107 | 74). That rule then
  // decides nothing in this table: the cuts are taken in any order, and the sums and the prose decide.
  const runTogether = (c: RowCell): boolean =>
    twoColumns && c.state === 'number' && /^\d+$/.test(c.raw) && !oneValue && (!separated || c.glued);
  let ordered = true;
  for (const c of cells) {
    const stated = c.key ? anchors.get(c.key) : undefined;
    if (stated === undefined || !runTogether(c)) continue;
    const cuts = (o: boolean) => splitCandidates(c.raw, cumulativeFirst, o).map((s) => s.a);
    if (!cuts(true).includes(stated) && cuts(false).includes(stated)) ordered = false;
  }
  for (const c of cells) {
    if (c.state !== 'number') continue;
    const tokens = c.raw.split(' ');
    const nums = tokens.map((t) => NUMBER_TOKEN.exec(t));
    if (!nums[0]) {
      c.state = 'unreadable';
      c.why = { zh: '不是数字', en: 'not a number' };
      continue;
    }
    const first = Number(nums[0][1].replace(/,/g, ''));
    if (!c.unit && nums[0][2]) c.unit = nums[0][2];
    if (!twoColumns) {
      c.candidates = [{ a: first, c: null }];
    } else if (tokens.length >= 2 && nums[1]) {
      const second = Number(nums[1][1].replace(/,/g, ''));
      c.candidates = [cumulativeFirst ? { a: second, c: first } : { a: first, c: second }];
    } else if (!runTogether(c)) {
      // one value in a two-column row: 0 is 0 in either column; another value is this year's only
      // when the prose says so (for this row, or for the one-value table as a whole)
      const stated = c.key ? anchors.get(c.key) : undefined;
      c.candidates = first === 0 || stated === first || oneValueThisYear ? [{ a: first, c: null }] : [];
      if (c.candidates.length === 0) c.why = { zh: '两栏的行中只有一个数值：无法判断是本年数还是累计数', en: 'one value in a two-column row: this year or cumulative cannot be told' };
    } else {
      c.candidates = splitCandidates(nums[0][1], cumulativeFirst, ordered);
      c.cuts = true;
      if (c.candidates.length === 0) c.why = { zh: '没有一种拆分能使累计数 ≥ 本年数', en: 'no split gives cumulative ≥ this year' };
    }
    if (c.candidates.length === 0) c.state = 'unreadable';
  }

  const rules = [...TABLE_RULES, ...SECTION_RULES];
  const solvable = () => new Map(cells.filter((c) => c.candidates.length > 0).map((c) => [c.id, c.candidates]));
  let solved = solveSplits(solvable(), rules);
  // The prose as a further rule: a run-together cell left open, whose cuts include the figure the
  // prose states for that row, takes that cut; the table's sums then carry it to the rows bound to
  // it (主动公开 457837 stated as 457 decides 政府网站公开 457787 as 457 | 787). Solved again so the
  // rules see the anchored row. A cell the rules decide keeps its figure: a prose that disagrees
  // with it is the merge's PROSE-TABLE-MISMATCH.
  let anchored = false;
  for (const c of cells) {
    const stated = c.key ? anchors.get(c.key) : undefined;
    if (stated === undefined || !c.cuts) continue;
    if (solved.open.get(c.id)?.includes(stated)) {
      c.candidates = c.candidates.filter((s) => s.a === stated);
      anchored = true;
    }
  }
  if (anchored) solved = solveSplits(solvable(), rules);

  const figures: Figure[] = [];
  const findings: Finding[] = [];
  for (const c of cells) {
    if (!c.key) continue;
    const line = lineAt(doc, c.at);
    const label = trimLabel(c.core);
    if (c.state === 'blank' || c.state === 'na') {
      const source: Source = { kind: 'table', line, excerpt: `${label} | ${c.raw}`.trim() };
      figures.push(c.state === 'blank'
        ? { state: 'blank', value: null, approx: false, key: c.key, source }
        : { state: 'na', value: null, approx: false, key: c.key, source });
      continue;
    }
    const split = solved.decided.get(c.id);
    if (c.state === 'unreadable' || !split) {
      const options = solved.open.get(c.id);
      findings.push({
        code: options ? 'CELL-AMBIGUOUS' : 'CELL-UNREADABLE',
        severity: 'warning',
        message: options
          ? `统计表“${label}”行：粘连数字“${c.raw}”（本年数与累计数）有${options.length}种拆分方式，` +
            `均符合表内合计关系（本年数 ${options.join(' / ')}）；该单元格不予采用（第${line}行）`
          : `统计表“${label}”行：无法从“${c.raw}”读出本年数` +
            `（${c.why?.zh ?? '无法读取'}）；该单元格不予采用（第${line}行）`,
        message_en: options
          ? `statistical table row "${label}": the run-together digits "${c.raw}" (this year and cumulative) ` +
            `split ${options.length} ways that all satisfy the table's sums (this year ${options.join(' / ')}); ` +
            `the cell is left out (line ${line})`
          : `statistical table row "${label}": this year's figure cannot be read from "${c.raw}" ` +
            `(${c.why?.en ?? 'unreadable'}); the cell is left out (line ${line})`,
        metrics: [c.key],
      });
      continue;
    }
    const money = metricDef(c.key)?.unit === 'yuan';
    const unit = c.unit === '元' || c.unit === '万元' ? c.unit : c.row.unit;
    const value = money && unit === '万元' ? roundMoney(split.a * 1e4) : split.a;
    const shown = money ? `${split.a}${unit}` : String(split.a);
    figures.push({
      state: 'number',
      value,
      approx: false,
      key: c.key,
      source: { kind: 'table', line, excerpt: `${label} | ${shown}` },
    });
  }
  return { figures, findings, found: true };
}

/** this year's figure per key, as the prose states it exactly (no 余/约), from outside the table:
 * a phrase whose excerpt is found inside the table's own text is the table read twice, not the prose */
function statedFigures(stated: readonly Figure[], tableText: string): Map<MetricKey, number> {
  const out = new Map<MetricKey, number>();
  const flat = tableText.replace(/\s+/g, '');
  for (const f of stated) {
    if (f.state !== 'number' || f.approx || f.source.kind !== 'text' || out.has(f.key)) continue;
    const excerpt = f.source.excerpt.replace(/…/g, '').replace(/\s+/g, '');
    if (excerpt && flat.includes(excerpt)) continue;
    out.set(f.key, f.value);
  }
  return out;
}

function cumulativeColumnFirst(header: string): boolean {
  const cum = header.search(/(?:历年|本年)?累计/);
  const own = header.search(/本期实际|\d{4}\s*年度|本年度|统计数/);
  return cum >= 0 && own >= 0 && cum < own;
}

function trimLabel(core: string): string {
  const t = core.replace(/\s+/g, '');
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}
