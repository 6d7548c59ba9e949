// The review's rubric (src/domain/rubric.ts) and its scoring (src/domain/reviewScore.ts): every rule
// deducts what it says, weights change the scores, a unit with no findings keeps 100, a missing unit 0.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, effectiveWeights, parseWeights, RUBRIC, ruleCodes, serializeWeights } from '../../src/domain/rubric';
import { mustFix, rankUnits, scorecardOf, scoreUnit, type ReviewFinding, type ReviewUnit } from '../../src/domain/reviewScore';
import { CHECKS, checkDef, type Severity } from '../../src/domain/checks';

const f = (code: string, severity: Severity = checkDef(code)!.severity): ReviewFinding => ({ code, severity, message: `${code}问题`, message_en: `${code} problem` });
const unit = (name: string, findings: ReviewFinding[], status: ReviewUnit['status'] = 'reported'): ReviewUnit => ({ unit: name, status, findings });

/** One finding each rule counts (its first code, at a severity the rule takes). */
const EXAMPLE: Record<string, ReviewFinding> = {
  late: f('EV-01', 'error'), grace: f('EV-01', 'warning'), no_section: f('EV-04'), no_table: f('EV-05'), placeholder: f('EV-13'),
  thin: f('SECTIONS-A'), unbalanced: f('T3-BALANCE'), doubtful: f('A1-REFUSAL-REASONS'), prose: f('PROSE-TABLE-MISMATCH'),
  copied: f('EV-10'), cells: f('TABLE-BLANK-CELLS'), identity: f('EV-12'),
};

describe('rubric', () => {
  it('every rule names finding codes of the checks registry (or the unit status)', () => {
    for (const r of RUBRIC) {
      if (r.basis.kind === 'status') continue;
      expect(ruleCodes(r).length, r.id).toBeGreaterThan(0);
      for (const c of ruleCodes(r)) expect(CHECKS.has(c), `${r.id}: ${c}`).toBe(true);
    }
    expect(new Set(RUBRIC.map((r) => r.id)).size).toBe(RUBRIC.length);
  });

  it('a unit with no findings keeps the full score', () => {
    expect(scoreUnit(unit('甲', []))).toEqual({ score: 100, deductions: [] });
  });

  it('a missing unit (no report) scores 0 and only the missing rule applies', () => {
    const s = scoreUnit(unit('乙', [], 'missing'));
    expect(s.score).toBe(0);
    expect(s.deductions).toEqual([{ rule: 'missing', count: 1, points: 100 }]);
  });

  for (const r of RUBRIC.filter((x) => x.basis.kind !== 'status')) {
    it(`rule ${r.id}: one finding costs its weight, repeats count up to ${r.maxCount}`, () => {
      const one = scoreUnit(unit('甲', [EXAMPLE[r.id]]));
      expect(one.deductions).toEqual([{ rule: r.id, count: 1, points: r.weight }]);
      expect(one.score).toBe(100 - r.weight);
      const many = scoreUnit(unit('甲', Array.from({ length: r.maxCount + 2 }, () => EXAMPLE[r.id])));
      expect(many.deductions).toEqual([{ rule: r.id, count: r.maxCount, points: r.weight * r.maxCount }]);
    });
  }

  it('info findings and -UNVERIFIED twins cost nothing', () => {
    expect(scoreUnit(unit('甲', [f('EV-08', 'info'), f('T3-BALANCE-UNVERIFIED', 'info'), f('EV-09-SWING'), f('PERIOD-NOT-STATED')])).score).toBe(100);
  });

  it('late and within the grace period are different rules (EV-01 error vs warning)', () => {
    expect(scoreUnit(unit('甲', [f('EV-01', 'error')])).deductions.map((d) => d.rule)).toEqual(['late']);
    expect(scoreUnit(unit('甲', [f('EV-01', 'warning')])).deductions.map((d) => d.rule)).toEqual(['grace']);
  });

  it('changed weights change the score; the score never goes below 0', () => {
    const u = unit('甲', [EXAMPLE.late, EXAMPLE.copied]);
    expect(scoreUnit(u).score).toBe(80);
    expect(scoreUnit(u, effectiveWeights({ late: 25 })).score).toBe(65);
    expect(scoreUnit(u, effectiveWeights({ late: 0, copied: 0 })).score).toBe(100);
    expect(scoreUnit(u, effectiveWeights({ late: 100, copied: 100 })).score).toBe(0);
    // a missing unit weighted lower keeps the rest
    expect(scoreUnit(unit('乙', [], 'missing'), effectiveWeights({ missing: 60 })).score).toBe(40);
  });

  it('ranks best first; equal scores share a rank (then by name, pinyin order); a missing unit comes last', () => {
    const ranked = rankUnits([
      unit('丙', [EXAMPLE.late]), unit('甲', []), unit('丁', [], 'missing'), unit('乙', []), unit('戊', [EXAMPLE.copied]),
    ]);
    expect(ranked.map((r) => [r.unit.unit, r.score, r.rank])).toEqual([
      ['甲', 100, 1], ['乙', 100, 1], ['丙', 90, 3], ['戊', 90, 3], ['丁', 0, 5],
    ]);
    // weights change the order
    const w = effectiveWeights({ late: 1 });
    expect(rankUnits([unit('丙', [EXAMPLE.late]), unit('戊', [EXAMPLE.copied])], w).map((r) => r.unit.unit)).toEqual(['丙', '戊']);
    expect(rankUnits([unit('丙', [EXAMPLE.late]), unit('戊', [EXAMPLE.copied])], effectiveWeights({ copied: 1 })).map((r) => r.unit.unit)).toEqual(['戊', '丙']);
  });

  it('what must be fixed: counted findings only, most points first, then severity', () => {
    const list = mustFix([f('SECTIONS-A'), f('EV-09-SWING'), f('T3-BALANCE'), f('EV-10', 'warning'), f('EV-05')]);
    expect(list.map((x) => x.code)).toEqual(['EV-10', 'EV-05', 'T3-BALANCE', 'SECTIONS-A']);
    expect(mustFix([f('SECTIONS-A'), f('EV-10', 'warning')], effectiveWeights({ copied: 0.5 })).map((x) => x.code)).toEqual(['SECTIONS-A', 'EV-10']);
    expect(mustFix([])).toEqual([]);
  });

  it('weights in the URL: only changed, known, sane values are kept, in rubric order', () => {
    expect(parseWeights('late:20|copied:10|nope:3|prose:-1|thin:abc|identity:200')).toEqual({ late: 20 });
    expect(serializeWeights({ copied: 4, late: 20, thin: DEFAULT_WEIGHTS.thin })).toBe('late:20|copied:4');
    expect(serializeWeights({})).toBe('');
    expect(parseWeights(serializeWeights({ late: 12.5, missing: 50 }))).toEqual({ missing: 50, late: 12.5 });
    expect(effectiveWeights({ late: 20, bogus: 5 } as Record<string, number>)).toEqual({ ...DEFAULT_WEIGHTS, late: 20 });
  });

  it('the report scorecard: each facet fails on an error or warning of that facet, on time from timeliness', () => {
    expect(scorecardOf([], 'on_time')).toEqual({ on_time: true, sections: true, balance: true, prose: true, copied: true });
    expect(scorecardOf([f('T3-BALANCE'), f('EV-08', 'info')], 'late')).toEqual({ on_time: false, sections: true, balance: false, prose: true, copied: true });
    expect(scorecardOf([f('EV-10'), f('EV-04')], null)).toEqual({ on_time: null, sections: false, balance: true, prose: true, copied: false });
  });
});
