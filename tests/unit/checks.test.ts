// Arithmetic checks: the 2008 statistical table, tables 二/三/四 of the 2019/2021 formats.
import { describe, expect, it } from 'vitest';
import { runChecks, type CheckContext } from '../../src/extract/checks/index';
import { CHECKS, checkDef } from '../../src/domain/checks';
import type { Figure, GridCell } from '../../src/extract/types';
import { doc, fig, gridRow } from './checksFixtures';

function ctx(over: Partial<CheckContext>): CheckContext {
  return {
    doc: doc(''), era: '2008', formatEra: '2008', level: 'county', agency: null, agencyShort: null,
    reportYear: null, publishedOn: null, figures: [], grid: [], tablesFound: [], ...over,
  };
}
// Only the arithmetic families: the document-level checks (sections, period) would fire on the
// empty document these tests use and are tested in checksText.test.ts.
const ARITHMETIC = /^(A1|T3|T4|B)-/;
const codes = (figures: Figure[], era: '2008' | '2019' | '2021' = '2008', grid: GridCell[] = []) =>
  runChecks(ctx({ figures, era, formatEra: era, grid, tablesFound: era === '2008' ? ['stat2008'] : ['proactive', 'requests', 'appeals'] }))
    .filter((f) => ARITHMETIC.test(f.code));

describe('registry', () => {
  it('describes every code in Chinese and English, and the cannot-verify twins as info', () => {
    for (const d of CHECKS.values()) {
      expect(d.zh.length).toBeGreaterThan(2);
      expect(d.en.length).toBeGreaterThan(5);
    }
    expect(checkDef('A1-STAFF-UNVERIFIED')).toMatchObject({ severity: 'info' });
    expect(checkDef('NO-SUCH-CODE')).toBeUndefined();
  });
});

describe('2008 statistical table identities', () => {
  it('A1-STAFF fails when full + part ≠ total and names the three figures with lines', () => {
    const f = codes([fig('staff_total', 5, { line: 20 }), fig('staff_full_time', 1, { line: 21 }), fig('staff_part_time', 2, { line: 22 })]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'A1-STAFF', severity: 'error', metrics: ['staff_total', 'staff_full_time', 'staff_part_time'] });
    expect(f[0].message_en).toMatch(/5 \(line 20\).*add up to 3/);
  });

  it('all-zero tables pass every identity', () => {
    const zeros: Figure[] = [
      'requests_received', 'requests_received_in_person', 'requests_received_by_fax', 'requests_received_online', 'requests_received_by_letter',
      'requests_completed', 'requests_completed_on_time', 'requests_completed_extended', 'requests_answered', 'answered_already_public',
      'answered_granted', 'answered_partially_granted', 'answered_denied', 'answered_not_this_agency', 'answered_not_exist',
      'answered_clarify', 'answered_other_channel', 'reconsideration_total', 'reconsideration_upheld', 'reconsideration_corrected',
      'reconsideration_other', 'litigation_total', 'litigation_upheld', 'litigation_corrected', 'litigation_other',
      'press_conferences', 'press_conferences_by_head', 'training_sessions', 'training_attendees',
    ].map((k) => fig(k as Figure['key'], 0));
    expect(codes(zeros)).toEqual([]);
  });

  it('A1-APP-CHANNELS, A1-REVIEW and A1-LITIGATION compare totals with their parts', () => {
    const f = codes([
      fig('requests_received', 10), fig('requests_received_in_person', 2), fig('requests_received_by_fax', 0),
      fig('requests_received_online', 7), fig('requests_received_by_letter', 0),
      fig('reconsideration_total', 2), fig('reconsideration_upheld', 1), fig('reconsideration_corrected', 1), fig('reconsideration_other', 0),
      fig('litigation_total', 1), fig('litigation_upheld', 0), fig('litigation_corrected', 0), fig('litigation_other', 0),
    ]);
    expect(f.map((x) => x.code)).toEqual(['A1-APP-CHANNELS', 'A1-LITIGATION']);
  });

  it('before 2014 a channel shortfall is only an info: local tables counted e-mail apart', () => {
    const figs = [fig('requests_received', 21), fig('requests_received_in_person', 18), fig('requests_received_by_fax', 0),
      fig('requests_received_online', 0), fig('requests_received_by_letter', 0)];
    const f = runChecks(ctx({ figures: figs, reportYear: 2012, tablesFound: ['stat2008'] })).filter((x) => x.code === 'A1-APP-CHANNELS');
    expect(f[0].severity).toBe('info');
    const g = runChecks(ctx({ figures: figs, reportYear: 2016, tablesFound: ['stat2008'] })).filter((x) => x.code === 'A1-APP-CHANNELS');
    expect(g[0].severity).toBe('error');
  });

  it('an identity failing on figures read from the prose is a warning, not an error', () => {
    const f = codes([fig('staff_total', 6, { kind: 'text' }), fig('staff_full_time', 2, { kind: 'text' }), fig('staff_part_time', 3, { kind: 'text' })]);
    expect(f[0]).toMatchObject({ code: 'A1-STAFF', severity: 'warning' });
    expect(f[0].message_en).toContain('from the prose');
  });

  it('a blank cell makes the rule "cannot verify" (info), never a failure', () => {
    const f = codes([fig('staff_total', 3), fig('staff_full_time', 'blank', { line: 9 }), fig('staff_part_time', 2)]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'A1-STAFF-UNVERIFIED', severity: 'info' });
    expect(f[0].message_en).toContain('blank (line 9)');
  });

  it('figures simply absent say nothing, and approximate figures never enter an identity', () => {
    expect(codes([fig('staff_total', 6, { kind: 'text' }), fig('staff_part_time', 6, { kind: 'text' })])).toEqual([]);
    expect(codes([fig('staff_total', 70, { approx: true }), fig('staff_full_time', 1), fig('staff_part_time', 2)])).toEqual([]);
  });

  it('A1-LEADER-PRESS and A1-NORMATIVE are part ≤ whole rules', () => {
    const f = codes([fig('press_conferences', 2), fig('press_conferences_by_head', 3), fig('proactive_total', 10), fig('proactive_normative_docs', 4), fig('normative_docs_issued', 3)]);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['A1-LEADER-PRESS', 'error'], ['A1-NORMATIVE', 'warning']]);
  });

  it('A1-CHANNEL-BOUNDS: max(channel) ≤ total ≤ Σ channels, table figures only', () => {
    const channels = (vals: number[], kind: 'table' | 'text' = 'table') =>
      (['proactive_via_gazette', 'proactive_via_website', 'proactive_via_weibo', 'proactive_via_wechat', 'proactive_via_other'] as const)
        .map((k, i) => fig(k, vals[i], { kind }));
    expect(codes([fig('proactive_total', 300), ...channels([0, 200, 10, 70, 50])])).toEqual([]);
    expect(codes([fig('proactive_total', 150), ...channels([0, 200, 10, 70, 50])])[0].code).toBe('A1-CHANNEL-BOUNDS');
    expect(codes([fig('proactive_total', 400), ...channels([0, 200, 10, 70, 50])])[0].message_en).toContain('larger than all channels');
    expect(codes([fig('proactive_total', 20, { kind: 'text' }), ...channels([0, 20, 0, 45, 40], 'text')])).toEqual([]);
  });

  it('A1-TRAINING is an info when attendances are fewer than sessions', () => {
    const f = codes([fig('training_sessions', 4), fig('training_attendees', 2)]);
    expect(f[0]).toMatchObject({ code: 'A1-TRAINING', severity: 'info' });
  });
});

describe('table 三 (grid)', () => {
  const base = (): GridCell[] => [
    ...gridRow('new', [5, 1, 0, 0, 0, 1], 10),
    ...gridRow('carried_over', [1, 0, 0, 0, 0, 0], 11),
    ...gridRow('granted', [2, 1, 0, 0, 0, 0], 12),
    ...gridRow('partial', [1, 0, 0, 0, 0, 0], 13),
    ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => gridRow(`denied_${i}`, [0, 0, 0, 0, 0, 0], 14)),
    ...gridRow('unavailable_1', [2, 0, 0, 0, 0, 1], 15),
    ...gridRow('unavailable_2', [0, 0, 0, 0, 0, 0], 15),
    ...gridRow('unavailable_3', [0, 0, 0, 0, 0, 0], 15),
    ...[1, 2, 3, 4, 5].flatMap((i) => gridRow(`not_processed_${i}`, [0, 0, 0, 0, 0, 0], 16)),
    ...gridRow('other', [0, 0, 0, 0, 0, 0], 17),
    ...gridRow('total', [5, 1, 0, 0, 0, 1], 18),
    ...gridRow('carried_forward', [1, 0, 0, 0, 0, 0], 19),
  ];

  it('a consistent grid passes', () => {
    expect(codes([], '2019', base())).toEqual([]);
  });

  it('T3-RESULT-SUM says what the outcomes add up to and the stated total, with outcome_total', () => {
    const grid = base().map((g) => (g.row === 'granted' && (g.column === 'natural_person' || g.column === 'total')
      ? { ...g, cell: { state: 'number' as const, value: (g.cell.value as number) + 6, approx: false as const } } : g));
    const f = codes([], '2019', grid).filter((x) => x.code === 'T3-RESULT-SUM');
    expect(f.map((x) => x.metrics)).toEqual([['outcome_total'], ['outcome_total']]);
    const total = f.find((x) => x.message_en.includes('column 总计'))!;
    expect(total.message_en).toContain('the handled outcomes add up to 13 but the stated total (七) is 7');
    expect(total.message).toContain('表三“总计”列：办理结果各项之和为13，但（七）总计为7');
    expect(total.severity).toBe('error');
  });

  it('2021: the three (六) sub-rows replace the single row and are not counted twice with a group row', () => {
    const grid = base().filter((g) => g.row !== 'other');
    grid.push(...gridRow('other_1', [0, 0, 0, 0, 0, 0], 17), ...gridRow('other_3', [0, 0, 0, 0, 0, 0], 17));
    expect(codes([], '2021', grid)).toEqual([]);
    grid.push(...gridRow('other', [9, 0, 0, 0, 0, 0], 17)); // a parser that also gave the group header
    expect(codes([], '2021', grid).filter((x) => x.code === 'T3-RESULT-SUM')).toEqual([]);
  });

  it('an outcome row the parser did not read makes the sum "cannot verify", not a failure', () => {
    const grid = base().filter((g) => g.row !== 'unavailable_1');
    const f = codes([], '2019', grid);
    expect(f.map((x) => [x.code, x.severity])).toEqual([['T3-RESULT-SUM-UNVERIFIED', 'info']]);
    expect(f[0].message).toContain('unavailable_1');
  });

  it('T3-ROW-TOTAL flags a row whose 总计 differs from its applicant columns', () => {
    const grid = base().filter((g) => g.row !== 'new');
    grid.push(...gridRow('new', [5, 1, 0, 0, 0, 1], 10, 8));
    const f = codes([], '2019', grid);
    expect(f.map((x) => x.code).sort()).toEqual(['T3-BALANCE', 'T3-ROW-TOTAL']);
    const row = f.find((x) => x.code === 'T3-ROW-TOTAL')!;
    expect(row.message_en).toContain('总计 is 8 but the applicant columns add up to 7');
    expect(row.metrics).toContain('requests_received');
  });

  it('T3-BALANCE: new + carried over = handled + carried forward, per column', () => {
    const grid = base().map((g) => (g.row === 'carried_forward' && (g.column === 'business' || g.column === 'total')
      ? { ...g, cell: { state: 'number' as const, value: (g.cell.value as number) + 2, approx: false as const } } : g));
    const f = codes([], '2019', grid);
    expect(f.map((x) => x.code)).toEqual(['T3-BALANCE', 'T3-BALANCE']);
    expect(f[0].message_en).toContain('column 商业企业');
  });

  it('T3-NONNEG flags negative and fractional cells', () => {
    const grid = base().map((g) => (g.row === 'denied_1' && g.column === 'research' ? { ...g, cell: { state: 'number' as const, value: -1, approx: false as const } } : g));
    expect(codes([], '2019', grid).map((x) => x.code)).toContain('T3-NONNEG');
  });

  it('a grid of all zeros passes; blank applicant cells are "cannot verify", not failures', () => {
    const zeros = base().map((g) => ({ ...g, cell: { state: 'number' as const, value: 0, approx: false as const } }));
    expect(codes([], '2019', zeros)).toEqual([]);
    const blanks = zeros.map((g) => (g.column === 'total' ? g : { ...g, cell: { state: 'blank' as const, value: null, approx: false as const } }));
    const f = codes([], '2019', blanks);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(f.map((x) => x.code)).toContain('T3-ROW-TOTAL-UNVERIFIED');
  });

  it('without a grid the outcome figures are checked', () => {
    const f = codes([
      fig('outcome_total', 21, { line: 10 }), fig('outcome_granted', 7), fig('outcome_partially_granted', 6), fig('outcome_denied', 0),
      fig('outcome_unavailable', 7), fig('outcome_not_processed', 3), fig('outcome_other', 4),
    ], '2019');
    expect(f).toHaveLength(1);
    expect(f[0].message_en).toContain('the handled outcomes add up to 27 but the stated total (七) is 21');
    expect(f[0].message).toContain('办理结果各项之和为27，但（七）总计为21（第10行）');
    expect(f[0].metrics).toEqual(['outcome_total']);
  });
});

describe('tables 二 and 四', () => {
  it('T4-GROUP-SUM checks reconsideration and both litigation sums', () => {
    const f = codes([
      fig('reconsideration_total', 3), fig('reconsideration_upheld', 1), fig('reconsideration_corrected', 0),
      fig('reconsideration_other', 2), fig('reconsideration_pending', 0),
      fig('litigation_total', 12), fig('litigation_direct_total', 10), fig('litigation_after_reconsideration_total', 0),
    ], '2021');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'T4-GROUP-SUM', metrics: ['litigation_total', 'litigation_direct_total', 'litigation_after_reconsideration_total'] });
  });

  it('B-SUCCESSOR flags decisions equal to previous + change (both > 0); B-REG-STOCK published ≤ total', () => {
    const f = codes([
      fig('licensing_previous', 12), fig('licensing_change', 30), fig('licensing_decisions', 42),
      fig('penalties_previous', 5), fig('penalties_change', 5), fig('penalties_decisions', 0),
      fig('coercion_previous', 0), fig('coercion_change', 0), fig('coercion_decisions', 0),
      fig('normative_published', 4), fig('normative_in_force', 3),
    ], '2019');
    expect(f.map((x) => [x.code, x.severity])).toEqual([['B-SUCCESSOR', 'warning'], ['B-REG-STOCK', 'warning']]);
    expect(f[0].metrics).toEqual(['licensing_decisions', 'licensing_previous', 'licensing_change']);
  });

  it('an n/a cell (districts make no 规章) is not compared', () => {
    expect(codes([fig('rules_published', 'na'), fig('rules_in_force', 'na')], '2019')).toEqual([]);
  });
});
