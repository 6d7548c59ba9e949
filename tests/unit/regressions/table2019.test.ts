// Regressions in the standard-table parser, each named after the bug it pins (found by the property
// tests, tests/unit/property.test.ts). Invented reports only.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/extractReport';
import { inventReport, type Layout } from '../../../scripts/invented/reports';
import { provenanceProblems } from '../../support/provenance';

const LAYOUTS: Layout[] = ['lines', 'pipes', 'spaces'];

describe('table2019 regressions', () => {
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
