import { describe, expect, it } from 'vitest';
import { agrees, mergeFigures, withinQualifier } from '../../src/extract/merge';
import { fig } from './checksFixtures';

describe('mergeFigures', () => {
  it('keeps the table figure and reports a prose figure that disagrees, naming both values and lines', () => {
    const table = [fig('reading_points', 1, { line: 210, excerpt: '(二)设置政府信息公开查阅点数 1' })];
    const text = [fig('reading_points', 6, { kind: 'text', line: 40, excerpt: '设置查阅点6个' })];
    const { figures, findings } = mergeFigures(table, text);
    expect(figures).toHaveLength(1);
    expect(figures[0].value).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'PROSE-TABLE-MISMATCH', severity: 'warning', metrics: ['reading_points'] });
    expect(findings[0].message_en).toContain('reading_points: the prose says 6, the statistical table says 1');
    expect(findings[0].message_en).toContain('line 40');
    expect(findings[0].message_en).toContain('line 210');
    expect(findings[0].message).toContain('reading_points：正文为6，统计表为1');
    expect(findings[0].message).toContain('正文第40行');
    expect(findings[0].message).toContain('统计表第210行');
  });

  it('describes the staff split on both sides', () => {
    const table = [fig('staff_total', 3, { line: 208 }), fig('staff_full_time', 1, { line: 211 }), fig('staff_part_time', 2, { line: 214 })];
    const text = [fig('staff_total', 70, { kind: 'text', line: 30 }), fig('staff_part_time', 70, { kind: 'text', line: 30 })];
    const { findings } = mergeFigures(table, text);
    const staff = findings.find((f) => f.metrics[0] === 'staff_total')!;
    expect(staff.message_en).toContain('staff_total: the prose says 70 (all part-time), the statistical table says 3 (1 full-time, 2 part-time)');
    expect(staff.message).toContain('staff_total：正文为70（均为兼职），统计表为3（专职1，兼职2）');
    expect(findings.map((f) => f.metrics[0]).sort()).toEqual(['staff_part_time', 'staff_total']);
  });

  it('keeps prose figures for keys the table lacks, first mention only', () => {
    const table = [fig('requests_received', 0)];
    const text = [fig('meetings', 4, { kind: 'text', line: 5 }), fig('meetings', 5, { kind: 'text', line: 9 }), fig('requests_received', 0, { kind: 'text' })];
    const { figures, findings } = mergeFigures(table, text);
    expect(figures.map((f) => [f.key, f.value])).toEqual([['requests_received', 0], ['meetings', 4]]);
    expect(findings).toEqual([]);
  });

  it('compares money in yuan: 10000元 in prose equals 1 万元 in the table (stored as 10000)', () => {
    const { findings } = mergeFigures([fig('special_funds', 10000)], [fig('special_funds', 10000, { kind: 'text' })]);
    expect(findings).toEqual([]);
    // a table in 万元 with two decimals is exact to 50 yuan
    expect(agrees('special_funds', 9200, fig('special_funds', 9180, { kind: 'text' }))).toBe(true);
    expect(agrees('special_funds', 10000, fig('special_funds', 8000, { kind: 'text' }))).toBe(false);
  });

  it('accepts an approximate prose figure within its qualifier and rejects one outside it', () => {
    expect(agrees('proactive_total', 3287, fig('proactive_total', 3287, { kind: 'text', approx: true, excerpt: '3287余条' }))).toBe(true);
    expect(withinQualifier(1850, 1800, '1800余篇')).toBe(true);
    expect(withinQualifier(1790, 1800, '1800余篇')).toBe(false); // 余 means at least
    expect(withinQualifier(4950, 5000, '近5000条')).toBe(true);
    expect(withinQualifier(5100, 5000, '近5000条')).toBe(false); // 近 means not quite
    expect(withinQualifier(43, 44, '约44条')).toBe(true);
    const { findings } = mergeFigures([fig('proactive_total', 120)], [fig('proactive_total', 230, { kind: 'text', approx: true, excerpt: '230余条' })]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message_en).toContain('the prose says ~230');
  });

  // (an n/a cell is different: the prose figure replaces it, see prose-mechanisms.test.ts)
  it('does not compare a blank table cell with prose (cannot verify, no finding, table kept)', () => {
    const { figures, findings } = mergeFigures([fig('meetings', 'blank')], [fig('meetings', 3, { kind: 'text' })]);
    expect(findings).toEqual([]);
    expect(figures).toHaveLength(1);
    expect(figures[0].state).toBe('blank');
  });

  it('an n/a cell gives way to a stated prose zero, silently, and keeps its place among the table figures', () => {
    const table = [fig('requests_received', 'na', { line: 20 }), fig('requests_answered', 'na', { line: 21 })];
    const { figures, findings } = mergeFigures(table, [fig('requests_received', 0, { kind: 'text', line: 6 })]);
    expect(findings).toEqual([]);
    expect(figures.map((f) => [f.key, f.state, f.source.kind])).toEqual([
      ['requests_received', 'number', 'text'],
      ['requests_answered', 'na', 'table'],
    ]);
  });
});
