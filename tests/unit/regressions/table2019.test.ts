// Regressions in the standard-table parser, each named after the bug it pins (found by the property
// tests, tests/unit/property.test.ts). Invented reports only.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extractReport';
import { inventReport, type Layout } from '../../../scripts/invented/reports';
import { provenanceProblems } from '../../support/provenance';

const LAYOUTS: Layout[] = ['lines', 'pipes', 'spaces'];

describe('table2019 regressions', () => {
  it('a total that a short row left out is decided by the identities and its excerpt says 推定 (the property tests found an inferred 6 printed nowhere)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = inventReport('2021', seed, 'spaces');
      const lines = r.text.split('\n');
      const at = lines.findIndex((l) => l.trim().startsWith('（七）总计'));
      if (at < 0) continue;
      // the row's 总计 cell is lost: six values where seven cells belong (single-digit cells, so no
      // value can be read as two run-together cells instead)
      const cells = lines[at].trim().split(/\s+/).slice(1);
      if (cells.length !== 7 || cells.slice(0, 6).some((c) => c.length > 1) || Number(cells[6]) < 10) continue;
      lines[at] = `（七）总计 ${cells.slice(0, 6).join(' ')}`;
      const x = extractReport({ name: r.fileName, text: lines.join('\n') });
      expect(provenanceProblems(x)).toEqual([]);
      const f = x.metrics.find((m) => m.key === 'outcome_total');
      if (f && f.state === 'number') {
        expect(f.value).toBe(r.truth.outcome_total);
        expect(f.source.excerpt).toMatch(/推定/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  for (const layout of LAYOUTS) {
    it(`2021 (六)其他处理 is a sum of 3 sub-rows but its excerpt printed the sum as a cell (${layout})`, () => {
      for (const seed of [7919, 15838, 23757]) {
        const r = inventReport('2021', seed, layout);
        const x = extractReport({ name: r.fileName, text: r.text });
        const f = x.metrics.find((m) => m.key === 'outcome_other');
        expect(f, r.fileName).toBeDefined();
        expect(f!.value).toBe(r.truth.outcome_other);
        // reads like the other derived totals: `(三)不予公开 1–8 | 总计 | 4`
        expect(f!.source.excerpt).toBe(`(六)其他处理 1–3 | 总计 | ${f!.value}`);
        expect(provenanceProblems(x).filter((p) => p.includes('outcome_other'))).toEqual([]);
      }
    });
  }

  it('2019 (六)其他处理 is one printed row: its excerpt names no sub-row range', () => {
    const r = inventReport('2019', 7919, 'lines');
    const x = extractReport({ name: r.fileName, text: r.text });
    const f = x.metrics.find((m) => m.key === 'outcome_other')!;
    expect(f.value).toBe(r.truth.outcome_other);
    expect(f.source.excerpt).toBe(`(六)其他处理 | 总计 | ${f.value}`);
  });
});
