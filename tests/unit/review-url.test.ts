// The review's URL state: the view, changed rubric weights (only non-default values written) and the
// print-all-cards page survive a round trip; bad weights fall back to the defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState } from '../../src/app/state/urlState';

describe('review URL state', () => {
  it('writes only changed weights and reads them back', () => {
    const s = { ...DEFAULT_STATE, view: 'review' as const, year: 2024, weights: { copied: 20, late: 10 }, cards: true };
    const q = serializeState(s);
    // late:10 is the default weight: not written
    expect(q).toBe('?view=review&year=2024&w=copied%3A20&cards=1');
    const back = parseState(q);
    expect(back.view).toBe('review');
    expect(back.weights).toEqual({ copied: 20 });
    expect(back.cards).toBe(true);
  });
  it('ignores unknown rules and bad numbers', () => {
    expect(parseState('?view=review&w=bogus:3|late:x|prose:500|grace:1').weights).toEqual({ grace: 1 });
    expect(serializeState(parseState('?view=review'))).toBe('?view=review');
  });
});
