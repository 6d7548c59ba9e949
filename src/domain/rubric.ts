// The review's scoring rubric, as data: each rule names what it counts (finding codes, a scorecard
// facet of src/domain/checks.ts, or the unit's publication status), how many points one occurrence
// costs, and how many occurrences count at most. A unit starts at 100 and loses points; the weights
// are the user's to change (kept in the URL), the defaults below are documented in the README.
//
// Why these defaults: provincial reviews of the annual reports (年度报告质量通报, third-party
// evaluations) score on the same handful of things — whether the report came out, whether it came out
// on time, whether the statutory sections and tables are there, whether the tables add up, whether the
// prose agrees with the tables, and whether the text was written for this year. A missing report loses
// everything; lateness, a missing table or copied text each cost about a tenth; a table that does not
// balance or prose that contradicts it costs a few points per instance, capped so one bad table cannot
// outweigh a missing one.
import { checkDef, codesOfFacet, type CheckFacet, type Severity } from './checks';

export type UnitStatus = 'reported' | 'missing';

export interface RubricRule {
  id: string;
  zh: string;
  en: string;
  /** What the rule counts. */
  basis:
    | { kind: 'status'; status: UnitStatus }
    | { kind: 'codes'; codes: readonly string[]; severities?: readonly Severity[] }
    | { kind: 'facet'; facet: CheckFacet; severities: readonly Severity[] };
  /** Points one occurrence costs (the default weight). */
  weight: number;
  /** At most this many occurrences count (1: once per report, however many findings). */
  maxCount: number;
}

export const MAX_SCORE = 100;

export const RUBRIC: readonly RubricRule[] = [
  { id: 'missing', zh: '未发布年度报告', en: 'No annual report published', basis: { kind: 'status', status: 'missing' }, weight: 100, maxCount: 1 },
  { id: 'late', zh: '逾期发布', en: 'Published late', basis: { kind: 'codes', codes: ['EV-01'], severities: ['error'] }, weight: 10, maxCount: 1 },
  { id: 'grace', zh: '宽限期内发布', en: 'Published within the grace period', basis: { kind: 'codes', codes: ['EV-01'], severities: ['warning'] }, weight: 3, maxCount: 1 },
  { id: 'no_section', zh: '缺少规定章节', en: 'A required section is missing', basis: { kind: 'codes', codes: ['EV-04'] }, weight: 5, maxCount: 3 },
  { id: 'no_table', zh: '缺少规定统计表', en: 'A required table is missing', basis: { kind: 'codes', codes: ['EV-05'] }, weight: 8, maxCount: 3 },
  { id: 'placeholder', zh: '含模板占位符', en: 'Placeholder text left in', basis: { kind: 'codes', codes: ['EV-13'] }, weight: 10, maxCount: 1 },
  { id: 'thin', zh: '内容不完整（缺少法定内容、截断、问题部分空泛）', en: 'Incomplete content (statutory topic missing, truncated, empty problems section)',
    basis: { kind: 'codes', codes: ['SECTIONS-A', 'TRUNCATED', 'SECTION-EMPTY'] }, weight: 2, maxCount: 5 },
  { id: 'unbalanced', zh: '统计表勾稽关系不成立', en: 'Tables do not balance', basis: { kind: 'facet', facet: 'balance', severities: ['error'] }, weight: 3, maxCount: 5 },
  { id: 'doubtful', zh: '统计表数据存疑', en: 'Doubtful table figures', basis: { kind: 'facet', facet: 'balance', severities: ['warning'] }, weight: 1, maxCount: 5 },
  { id: 'prose', zh: '正文与统计表矛盾', en: 'Prose contradicts the tables', basis: { kind: 'facet', facet: 'prose', severities: ['error', 'warning'] }, weight: 3, maxCount: 4 },
  { id: 'copied', zh: '与上年报告雷同', en: 'Text copied from last year', basis: { kind: 'codes', codes: ['EV-10'] }, weight: 10, maxCount: 1 },
  { id: 'cells', zh: '表格单元格空白或无法读取', en: 'Table cells left blank or unreadable', basis: { kind: 'facet', facet: 'cells', severities: ['warning'] }, weight: 1, maxCount: 5 },
  { id: 'identity', zh: '标题、期限、格式或机关名称有误', en: 'Title, period, format or agency name wrong', basis: { kind: 'facet', facet: 'identity', severities: ['warning'] }, weight: 2, maxCount: 3 },
];

export type Weights = Readonly<Record<string, number>>;

export const DEFAULT_WEIGHTS: Weights = Object.fromEntries(RUBRIC.map((r) => [r.id, r.weight]));

export function ruleOf(id: string): RubricRule | undefined {
  return RUBRIC.find((r) => r.id === id);
}

/** The default weights with the user's changes; unknown rules and values that are not numbers in 0…100 are ignored. */
export function effectiveWeights(changes: Readonly<Record<string, number>> = {}): Weights {
  const w: Record<string, number> = { ...DEFAULT_WEIGHTS };
  for (const [id, v] of Object.entries(changes)) if (ruleOf(id) && Number.isFinite(v) && v >= 0 && v <= MAX_SCORE) w[id] = v;
  return w;
}

/** Whether a finding (code, severity) is counted by a rule. `-UNVERIFIED` twins are info and never count. */
export function ruleCounts(rule: RubricRule, code: string, severity: Severity): boolean {
  const b = rule.basis;
  if (b.kind === 'status') return false;
  // a rule counts info findings only where it names the severity: info never costs points by default
  if (b.kind === 'codes') return b.codes.includes(code) && (b.severities ?? ['error', 'warning']).includes(severity);
  return checkDef(code)?.facet === b.facet && b.severities.includes(severity) && codesOfFacet(b.facet).includes(code);
}

/** The codes a rule names (for the legend and the README): its own list, or its facet's. */
export function ruleCodes(rule: RubricRule): string[] {
  const b = rule.basis;
  if (b.kind === 'status') return [];
  return b.kind === 'codes' ? [...b.codes] : codesOfFacet(b.facet);
}

/** The URL's `w=late:20|copied:5`: changed weights only; unknown rules, bad numbers and defaults are dropped. */
export function parseWeights(s: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (s ?? '').split('|')) {
    const m = /^([a-z_]+):(\d+(?:\.\d+)?)$/.exec(part.trim());
    if (!m) continue;
    const rule = ruleOf(m[1]);
    const v = Number(m[2]);
    if (rule && v <= MAX_SCORE && v !== rule.weight) out[rule.id] = v;
  }
  return out;
}

/** The changed weights in rubric order, or '' when all are the defaults. */
export function serializeWeights(w: Readonly<Record<string, number>>): string {
  return RUBRIC.filter((r) => w[r.id] !== undefined && w[r.id] !== r.weight && Number.isFinite(w[r.id]))
    .map((r) => `${r.id}:${w[r.id]}`).join('|');
}
