import { describe, expect, it } from 'vitest';
import { TABLE_RULES } from '../../src/extract/table2008/rules';
import { solveSplits, splitCandidates, type Split } from '../../src/extract/table2008/split';

describe('splitCandidates', () => {
  it('lists every cut with cumulative ≥ this year and no leading zeros', () => {
    expect(splitCandidates('212210037').map((s) => s.a)).toEqual([2, 21, 212, 2122]);
    expect(splitCandidates('2121')).toEqual([{ a: 2, c: 121 }, { a: 21, c: 21 }]);
    expect(splitCandidates('00')).toEqual([{ a: 0, c: 0 }]);
    expect(splitCandidates('07')).toEqual([{ a: 0, c: 7 }]);
    expect(splitCandidates('90')).toEqual([]); // 9 | 0 would make this year exceed the cumulative
  });
  it('reads a lone 0 as 0 and a lone other digit as undecidable', () => {
    expect(splitCandidates('0')).toEqual([{ a: 0, c: null }]);
    expect(splitCandidates('7')).toEqual([]);
  });
  it('lists the cuts in any order for a report that breaks cumulative ≥ this year itself', () => {
    expect(splitCandidates('20875').map((s) => s.a)).toEqual([20]);
    expect(splitCandidates('20875', false, false).map((s) => s.a)).toEqual([20, 208, 2087]);
    expect(splitCandidates('10', false, false)).toEqual([{ a: 1, c: 0 }]);
  });
  it('honours a cumulative-first column order', () => {
    expect(splitCandidates('1003', true)).toEqual([{ a: 3, c: 100 }]);
  });
});

describe('solveSplits', () => {
  const rows = (o: Record<string, string>) =>
    new Map<string, Split[]>(Object.entries(o).map(([id, d]) => [id, splitCandidates(d)]));

  it('decides received = Σ channels (2121 = 1818 + 33 → 21, 18, 3)', () => {
    const r = solveSplits(rows({ received: '2121', recv_in_person: '1818', recv_email: '33', recv_fax: '00' }), TABLE_RULES);
    expect(r.decided.get('received')).toEqual({ a: 21, c: 21 });
    expect(r.decided.get('recv_in_person')).toEqual({ a: 18, c: 18 });
    expect(r.open.size).toBe(0);
  });

  it('leaves a row open when two splits satisfy every rule', () => {
    const r = solveSplits(rows({ proactive_total: '212210037', via_website: '212210037', via_gazette: '00' }), TABLE_RULES);
    expect(r.decided.has('proactive_total')).toBe(false);
    expect(r.open.get('proactive_total')).toEqual([2, 21, 212, 2122]);
    expect(r.decided.get('via_gazette')).toEqual({ a: 0, c: 0 });
  });

  it('falls back to each row alone when the report’s own sums cannot hold', () => {
    const r = solveSplits(rows({ staff: '55', staff_full: '11', staff_part: '11' }), TABLE_RULES);
    expect(r.decided.get('staff')).toEqual({ a: 5, c: 5 });
    expect(r.decided.get('staff_full')).toEqual({ a: 1, c: 1 });
  });

  it('stays bounded on a long run of wide rows (no exponential search)', () => {
    const many: Record<string, string> = { answered: '123456789012' };
    for (const id of ['ans_public', 'ans_granted', 'ans_partial', 'ans_denied', 'ans_not_agency', 'ans_not_exist', 'ans_clarify', 'ans_other_channel', 'ans_other_type']) {
      many[id] = '1234567890';
    }
    const r = solveSplits(rows(many), TABLE_RULES);
    // whatever it concludes, it returns, and decides nothing it could not check
    expect(r.decided.has('answered')).toBe(false);
  });
});
