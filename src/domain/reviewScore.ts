// A region's review scored with the rubric (rubric.ts): pure functions from units and their findings
// to scores, deductions, ranks and the list of what each unit must fix, most serious first.
import { codesOfFacet, type Severity } from './checks';
import { effectiveWeights, MAX_SCORE, RUBRIC, ruleCounts, type UnitStatus, type Weights } from './rubric';

export interface ReviewFinding {
  code: string;
  severity: Severity;
  message: string;
  message_en: string;
}

export interface ReviewUnit {
  /** the unit's name (its lineage or short name) */
  unit: string;
  status: UnitStatus;
  findings: readonly ReviewFinding[];
}

export interface Deduction { rule: string; count: number; points: number }

export interface ScoredUnit<U extends ReviewUnit = ReviewUnit> {
  unit: U;
  score: number;
  deductions: Deduction[];
  /** competition ranking: equal scores share a rank (1, 1, 3) */
  rank: number;
}

/** One unit's score: 100 less every rule's weight × min(occurrences, the rule's cap), never below 0. */
export function scoreUnit(u: ReviewUnit, weights: Weights = effectiveWeights()): { score: number; deductions: Deduction[] } {
  const deductions: Deduction[] = [];
  for (const rule of RUBRIC) {
    const n = rule.basis.kind === 'status'
      ? (u.status === rule.basis.status ? 1 : 0)
      : u.findings.filter((f) => ruleCounts(rule, f.code, f.severity)).length;
    const count = Math.min(n, rule.maxCount);
    const points = count * (weights[rule.id] ?? rule.weight);
    if (count > 0) deductions.push({ rule: rule.id, count, points });
  }
  const lost = deductions.reduce((s, d) => s + d.points, 0);
  return { score: Math.max(0, Math.round((MAX_SCORE - lost) * 10) / 10), deductions };
}

/** Every unit scored and ranked, best first (ties by name). */
export function rankUnits<U extends ReviewUnit>(units: readonly U[], weights: Weights = effectiveWeights()): ScoredUnit<U>[] {
  const scored = units.map((unit) => ({ unit, ...scoreUnit(unit, weights), rank: 0 }))
    .sort((a, b) => b.score - a.score || a.unit.unit.localeCompare(b.unit.unit, 'zh-CN'));
  scored.forEach((s, k) => { s.rank = k > 0 && scored[k - 1].score === s.score ? scored[k - 1].rank : k + 1; });
  return scored;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the unit must fix: the findings some rule counts (info only where a rule names it), most
 * points first, then by severity and code. */
export function mustFix(findings: readonly ReviewFinding[], weights: Weights = effectiveWeights()): (ReviewFinding & { rule: string; points: number })[] {
  const out: (ReviewFinding & { rule: string; points: number })[] = [];
  for (const f of findings) {
    const rule = RUBRIC.find((r) => ruleCounts(r, f.code, f.severity));
    if (rule) out.push({ ...f, rule: rule.id, points: weights[rule.id] ?? rule.weight });
  }
  return out.sort((a, b) => b.points - a.points || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

/** The scorecard's columns for one report (as the Compliance scorecard query computes them): on time
 * from its timeliness (null when unknown), and each facet passed when no error or warning of the facet. */
export const CARD_FACETS = ['sections', 'balance', 'prose', 'copied'] as const;
export type CardFacet = (typeof CARD_FACETS)[number];

export function scorecardOf(findings: readonly Pick<ReviewFinding, 'code' | 'severity'>[], timeliness: string | null):
  { on_time: boolean | null } & Record<CardFacet, boolean> {
  const failed = (facet: CardFacet) => findings.some((f) => f.severity !== 'info' && codesOfFacet(facet).includes(f.code));
  return {
    on_time: timeliness === 'on_time' ? true : timeliness === 'late' || timeliness === 'warn_window' ? false : null,
    sections: !failed('sections'), balance: !failed('balance'), prose: !failed('prose'), copied: !failed('copied'),
  };
}
