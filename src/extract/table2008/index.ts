// The 2008-era statistical table (政府信息公开情况统计表, formats.md §2.3–2.4) and its local variants:
// rows are found by label (catalogue.ts), whatever the layout — one cell per line, `|` rows, tab or
// space separated, or cells run together with no separators at all. Two-column tables (this year |
// 历年累计/本年累计, or 本期实际 | 本年累计) report this year's column only; run-together digits are cut
// where the table's own sums say (split.ts) and left out with a finding when they cannot be decided.
import { metricDef } from '../../domain/metrics';
import { roundMoney } from '../text/numbers';
import type { Figure, Finding, MetricKey, NormalizedDoc, Source } from '../types';
import { rowKey, type CatalogueRow, type Section } from './catalogue';
import { readCell } from './cells';
import { lineAt } from './lines';
import { statRegionOf } from './region';
import { SECTION_RULES, TABLE_RULES } from './rules';
import { solveSplits, splitCandidates, type Split } from './split';

export interface TableResult {
  figures: Figure[];
  findings: Finding[];
  /** whether a statistical table was found at all */
  found: boolean;
}

const NOTHING: TableResult = { figures: [], findings: [], found: false };
const QUICK_GATE = /统计(?:报)?表/;
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
  /** why no figure could be read, when candidates is empty */
  why?: { zh: string; en: string };
}

export function parseStatTable(doc: NormalizedDoc): TableResult {
  if (!QUICK_GATE.test(doc.text)) return NOTHING;
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
    seen.add(id);
    const cellEnd = i + 1 < region.hits.length ? region.hits[i + 1].start : region.end;
    const cell = readCell(text.slice(hit.end, cellEnd), { codeColumn });
    const state = cell.tokens.length === 0 ? (cell.blank ? 'blank' : null) : NA_TOKEN.test(cell.tokens[0]) ? 'na' : 'number';
    if (!state) return;
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
      state,
      candidates: [],
    });
  });

  // A table whose rows show two separate values is a separated table: a lone value there is a
  // collapsed empty cell, not two numbers run together.
  const separated = twoColumns && region.hits.length > 0 && cells.some((c) => c.raw.includes(' '));
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
    } else if (separated || !/^\d+$/.test(nums[0][1])) {
      c.candidates = first === 0 ? [{ a: 0, c: null }] : [];
      if (first !== 0) c.why = { zh: '两栏的行中只有一个数值：无法判断是本年数还是累计数', en: 'one value in a two-column row: this year or cumulative cannot be told' };
    } else {
      c.candidates = splitCandidates(nums[0][1], cumulativeFirst);
      if (c.candidates.length === 0) c.why = { zh: '没有一种拆分能使累计数 ≥ 本年数', en: 'no split gives cumulative ≥ this year' };
    }
    if (c.candidates.length === 0) c.state = 'unreadable';
  }

  const solved = solveSplits(
    new Map(cells.filter((c) => c.candidates.length > 0).map((c) => [c.id, c.candidates])),
    [...TABLE_RULES, ...SECTION_RULES],
  );

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

function cumulativeColumnFirst(header: string): boolean {
  const cum = header.search(/(?:历年|本年)?累计/);
  const own = header.search(/本期实际|\d{4}\s*年度|本年度|统计数/);
  return cum >= 0 && own >= 0 && cum < own;
}

function trimLabel(core: string): string {
  const t = core.replace(/\s+/g, '');
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}
