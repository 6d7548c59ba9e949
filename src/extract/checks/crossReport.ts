// Checks across the reports of one agency (same agency_short), run at ingest: the carry-over chain
// of table 三 (T3-CARRY-CHAIN), the chain of documents in force (C-VALID-CHAIN, 2021 format),
// unusually large swings from one year to the next (info) and text copied from the previous year's
// report (雷同: section 五 and the whole text, shingled Jaccard ≥ 0.9 warning, ≥ 0.97 error).
// Returns findings by index into `reports`; a finding goes to the later report of a pair.
import { canonicalAgency, lineageId } from '../../domain/lineage';
import { metricDef } from '../../domain/metrics';
import type { Extraction, Finding, MetricJson, NormalizedDoc } from '../types';
import { finding, fmtNum } from './finding';
import { jaccard, shingles } from './shingles';

export const COPY_WARN = 0.9;
export const COPY_ERROR = 0.97;
/** Section 五 shorter than this (e.g. "无") is identical by nature, not copied. */
const MIN_SECTION_CHARS = 60;
const SWING_KEYS = [
  'requests_received', 'proactive_total', 'outcome_total', 'reconsideration_total', 'litigation_total',
  'licensing_decisions', 'penalties_decisions', 'coercion_decisions',
] as const;
const SWING_RATIO = 10;
const SWING_MIN = 50;

interface Prepared {
  index: number;
  x: Extraction;
  year: number;
  metrics: Map<string, MetricJson>;
  whole?: Set<number>;
  problems?: Set<number> | null;
}

export function crossReportChecks(reports: Extraction[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  const groups = new Map<string, Prepared[]>();
  reports.forEach((x, index) => {
    if (x.kind !== 'annual_report' || !x.agency_short || x.report_year === null) return;
    // one agency across renames (src/domain/lineage.ts): 平潭县工商局 2013 → 市场监督管理局 2016
    const id = lineageId(x.agency_short)!;
    const g = groups.get(id) ?? [];
    g.push({ index, x, year: x.report_year, metrics: new Map(x.metrics.map((m) => [m.key, m])) });
    groups.set(id, g);
  });
  for (const [index, f] of sameYearFindings(reports)) out.set(index, [...(out.get(index) ?? []), ...f]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.year - b.year || a.index - b.index);
    for (const cur of group) {
      // The latest earlier year; two copies of one year are duplicates, not a sequence. When two
      // bodies of the chain both reported that year, the one under the same name comes first.
      const earlier = group.filter((p) => p.year < cur.year);
      if (earlier.length === 0) continue;
      const prevYear = Math.max(...earlier.map((p) => p.year));
      const prev = earlier.find((p) => p.year === prevYear && p.x.agency_short === cur.x.agency_short) ??
        earlier.find((p) => p.year === prevYear)!;
      const found: Finding[] = [];
      if (prevYear === cur.year - 1) {
        found.push(...carryChain(prev, cur), ...validChain(prev, cur));
      }
      found.push(...swings(prev, cur), ...copied(prev, cur));
      if (found.length > 0) out.set(cur.index, [...(out.get(cur.index) ?? []), ...found]);
    }
  }
  return out;
}

function exactValue(m: MetricJson | undefined): number | null {
  return m && m.state === 'number' && !m.approx && m.value !== null ? m.value : null;
}

const where = (p: Prepared) => `${p.year} report (${p.x.file})`;
const whereZh = (p: Prepared) => `${p.year}年度报告（${p.x.file}）`;

function carryChain(prev: Prepared, cur: Prepared): Finding[] {
  const co = exactValue(cur.metrics.get('requests_carried_over'));
  const cf = exactValue(prev.metrics.get('requests_carried_forward'));
  if (co === null || cf === null || co === cf) return [];
  return [finding('T3-CARRY-CHAIN', {
    zh: `上年（${prev.year}）结转申请为${fmtNum(co)}（第${cur.metrics.get('requests_carried_over')!.source.line}行），但${whereZh(prev)}结转下年度${fmtNum(cf)}`,
    en: `requests carried over from ${prev.year} are ${fmtNum(co)} (line ${cur.metrics.get('requests_carried_over')!.source.line}), but the ${where(prev)} carried ${fmtNum(cf)} forward`,
  }, ['requests_carried_over', 'requests_carried_forward'])];
}

function validChain(prev: Prepared, cur: Prepared): Finding[] {
  // Only between two reports in the 2021 format: before it, 对外公开总数量 was another concept.
  if (prev.x.era !== '2021' || cur.x.era !== '2021') return [];
  const out: Finding[] = [];
  for (const kind of ['rules', 'normative'] as const) {
    const before = exactValue(prev.metrics.get(`${kind}_in_force`));
    const made = exactValue(cur.metrics.get(`${kind}_new`));
    const repealed = exactValue(cur.metrics.get(`${kind}_repealed`));
    const now = exactValue(cur.metrics.get(`${kind}_in_force`));
    if (before === null || made === null || repealed === null || now === null) continue;
    const expected = before + made - repealed;
    if (expected === now) continue;
    out.push(finding('C-VALID-CHAIN', {
      zh: `现行有效${kind === 'rules' ? '规章' : '行政规范性文件'}：${prev.year}年${fmtNum(before)} + 本年制发${fmtNum(made)} − 废止${fmtNum(repealed)} = ${fmtNum(expected)}，但报告为${fmtNum(now)}（通常是因为有文件失效）`,
      en: `${kind === 'rules' ? '规章' : '行政规范性文件'} in force: ${fmtNum(before)} in ${prev.year} + ${fmtNum(made)} made − ${fmtNum(repealed)} repealed = ${fmtNum(expected)}, but the report says ${fmtNum(now)} (documents that expired are the usual explanation)`,
    }, [`${kind}_in_force`, `${kind}_new`, `${kind}_repealed`]));
  }
  return out;
}

function swings(prev: Prepared, cur: Prepared): Finding[] {
  const out: Finding[] = [];
  for (const key of SWING_KEYS) {
    const a = exactValue(prev.metrics.get(key));
    const b = exactValue(cur.metrics.get(key));
    if (a === null || b === null || Math.max(a, b) < SWING_MIN) continue;
    // A break in the concept between the two years explains the change by itself.
    if ((metricDef(key)?.breaks ?? []).some((y) => y > prev.year && y <= cur.year)) continue;
    const ratio = Math.min(a, b) === 0 ? Infinity : Math.max(a, b) / Math.min(a, b);
    if (ratio < SWING_RATIO) continue;
    const times = Number.isFinite(ratio) ? fmtNum(Math.round((b >= a ? ratio : 1 / ratio) * 100) / 100) : '';
    out.push(finding('EV-09-SWING', {
      zh: `${key}从${fmtNum(a)}（${prev.year}年）变为${fmtNum(b)}（${cur.year}年）${times ? `，×${times}` : ''}：请核实报告是否说明了变化原因`,
      en: `${key} went from ${fmtNum(a)} (${prev.year}) to ${fmtNum(b)} (${cur.year})${times ? `, ×${times}` : ''}: check that the report explains the change`,
    }, [key]));
  }
  return out;
}

function copied(prev: Prepared, cur: Prepared): Finding[] {
  const out: Finding[] = [];
  prepareText(prev);
  prepareText(cur);
  if (prev.problems && cur.problems) {
    const j = jaccard(prev.problems, cur.problems);
    if (j >= COPY_WARN) {
      out.push(finding('EV-10', {
        zh: `第五部分（存在的主要问题及改进情况）与${whereZh(prev)}的相同程度为${pct(j)}（内容雷同）`,
        en: `section 五 (problems and improvements) is ${pct(j)} identical to the ${where(prev)} (内容雷同)`,
      }, [], j >= COPY_ERROR ? 'error' : 'warning'));
    }
  }
  const j = jaccard(prev.whole!, cur.whole!);
  if (j >= COPY_WARN) {
    out.push(finding('EV-10', {
      zh: `全文与${whereZh(prev)}的相同程度为${pct(j)}（内容雷同）`,
      en: `the whole text is ${pct(j)} identical to the ${where(prev)} (内容雷同)`,
    }, [], j >= COPY_ERROR ? 'error' : 'warning'));
  }
  return out;
}

const pct = (j: number) => `${Math.floor(j * 1000) / 10}%`;

function prepareText(p: Prepared): void {
  if (p.whole) return;
  p.whole = shingles(p.x.doc.text);
  const section = problemsSection(p.x.doc);
  p.problems = section && section.replace(/\s/g, '').length >= MIN_SECTION_CHARS ? shingles(section) : null;
}

/** The problems-and-improvements section: from its numbered heading to the next numbered heading. */
export function problemsSection(doc: NormalizedDoc): string | null {
  const text = doc.text;
  const head = /[一二三四五六七八九十]{1,2}\s*[、.]\s*[^。\n]{0,16}?(?:问题|不足)[^。\n]{0,16}/u.exec(text);
  if (!head) return null;
  const start = head.index + head[0].length;
  const next = /[一二三四五六七八九十]{1,2}\s*、/u.exec(text.slice(start));
  return text.slice(start, next ? start + next.index : undefined);
}

// ---- the same report twice ------------------------------------------------------------------------

/** Two files of one agency (lineage) and year are one report posted twice (two portal columns, a
 * crawl that kept a copy) when at least this share of the shorter text's shingles is in the other
 * (overlap, not Jaccard: each copy carries its own page furniture, and a copy cut short is still the
 * same report) and no figure both give differs (a corrected re-issue keeps the text but not the
 * numbers: it is a different document). */
export const DUPLICATE_MIN = 0.9;

export interface Duplicate {
  /** index of the file left out */
  dropped: number;
  /** index of the file kept in its place */
  kept: number;
  similarity: number;
}

export interface SameYearPair {
  a: number;
  b: number;
  similarity: number;
  /** keys of figures both give with different values */
  differing: string[];
}

/** Reports of one agency and year: near-identical copies (`duplicates`, the more
 * complete one kept: more figures, else the earlier file in input order) and different documents of
 * the same agency and year that both stay (`distinct`, e.g. a report and a corrected re-issue). */
export function sameReportTwice(reports: readonly Extraction[]): { duplicates: Duplicate[]; distinct: SameYearPair[] } {
  const groups = new Map<string, number[]>();
  reports.forEach((x, i) => {
    if (x.kind !== 'annual_report' || !x.agency_short || x.report_year === null) return;
    // By the agency itself (aliases already resolved by identity), not by lineage: in a merger year
    // two bodies of one chain both reported (平潭县财政局 and 财政金融局 in 2012), and county bureaus
    // of 2009 often filed the same boilerplate with the same zeros; those are different reports.
    const key = `${canonicalAgency(x.agency_short)}\u0000${x.report_year}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const duplicates: Duplicate[] = [];
  const distinct: SameYearPair[] = [];
  const text = new Map<number, Set<number>>();
  const sh = (i: number) => text.get(i) ?? text.set(i, shingles(reports[i].doc.text)).get(i)!;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const order = [...members].sort((a, b) => completeness(reports[b]) - completeness(reports[a]) || a - b);
    const kept: number[] = [];
    for (const i of order) {
      let best: { k: number; j: number } | null = null;
      for (const k of kept) {
        if (differingFigures(reports[i], reports[k]).length > 0) continue;
        const j = overlap(sh(i), sh(k));
        if (!best || j > best.j) best = { k, j };
      }
      if (best && best.j >= DUPLICATE_MIN) duplicates.push({ dropped: i, kept: best.k, similarity: best.j });
      else kept.push(i);
    }
    for (let x = 0; x < kept.length; x++) {
      for (let y = x + 1; y < kept.length; y++) {
        const [a, b] = [kept[x], kept[y]].sort((p, q) => p - q);
        distinct.push({ a, b, similarity: overlap(sh(a), sh(b)), differing: differingFigures(reports[a], reports[b]) });
      }
    }
  }
  return { duplicates, distinct };
}

/** Share of the smaller set that is in the larger. */
function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const h of small) if (large.has(h)) inter++;
  return inter / small.size;
}

/** Figures both reports give as exact numbers, with different values. */
function differingFigures(x: Extraction, y: Extraction): string[] {
  const other = new Map(y.metrics.filter((m) => m.state === 'number').map((m) => [m.key, m.value]));
  return x.metrics.filter((m) => m.state === 'number' && other.has(m.key) && other.get(m.key) !== m.value).map((m) => m.key);
}

/** More figures is more complete; numbers count before blanks and n/a. */
function completeness(x: Extraction): number {
  return x.metrics.filter((m) => m.state === 'number').length * 2 + x.metrics.length;
}

/** SAME-YEAR-TWICE on both reports of every distinct pair (duplicates are removed before the checks
 * run, so whatever pairs remain here are different documents). */
function sameYearFindings(reports: readonly Extraction[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const p of sameReportTwice(reports).distinct) {
    for (const [self, other] of [[p.a, p.b], [p.b, p.a]]) {
      const o = reports[other];
      const why = p.differing.length > 0
        ? { zh: `，${p.differing.length}个数字不同`, en: `, ${p.differing.length} figure(s) differ` }
        : { zh: '', en: '' };
      const f = finding('SAME-YEAR-TWICE', {
        zh: `同一机构${reports[self].report_year}年度还有另一份报告（${o.file}，${o.agency_short}）：文本相同程度为${pct(p.similarity)}${why.zh}，不是同一报告的副本，两份都保留，比较和汇总时请只取其一`,
        en: `the same agency has another ${reports[self].report_year} report (${o.file}, ${o.agency_short}): the texts are ${pct(p.similarity)} alike${why.en}, so it is not a copy of this one; both are kept: use only one in comparisons and totals`,
      }, p.differing);
      out.set(self, [...(out.get(self) ?? []), f]);
    }
  }
  return out;
}
