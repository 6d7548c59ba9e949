// Invented reports with known figures (scripts/invented), every format and layout: the
// extractor must find each figure the fixture prints, with its value, and nothing it does not print
// may take a fixture's phone number or postcode. A complement to gold.test.ts that needs no ../shared.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import type { Extraction } from '../../src/extract/types';
import { inventReport, type InventedFormat, type InventedReport, type Layout } from '../../scripts/invented/reports';

const CASES: { format: InventedFormat; layout: Layout }[] = [
  { format: '2008-table', layout: 'lines' },
  { format: '2019', layout: 'lines' },
  { format: '2019', layout: 'pipes' },
  { format: '2019', layout: 'spaces' },
  { format: '2021', layout: 'lines' },
  { format: '2021', layout: 'pipes' },
  { format: '2021', layout: 'spaces' },
  { format: 'prose', layout: 'lines' },
  { format: 'html', layout: 'lines' },
];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

function mismatches(r: InventedReport, x: Extraction, requireAll: boolean): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(r.truth)) {
    const m = x.metrics.find((f) => f.key === key);
    if (!m) {
      if (requireAll) out.push(`${key}: missing (want ${want === null ? 'blank/na' : want})`);
      continue;
    }
    if (want === null) {
      if (m.state === 'number') out.push(`${key}: ${m.value}, want a blank or n/a cell`);
    } else if (m.state !== 'number' || Math.abs((m.value ?? NaN) - want) > 1e-6) {
      out.push(`${key}: ${m.value} (${m.state}), want ${want}`);
    }
  }
  for (const m of x.metrics) {
    if (m.value !== null && r.neverValues.includes(m.value)) out.push(`${m.key}: ${m.value} is a phone number or postcode`);
  }
  return out;
}

for (const c of CASES) {
  describe(`invented ${c.format} (${c.layout})`, () => {
    const docs = SEEDS.map((s) => inventReport(c.format, s * 7919, c.layout));
    const run = (r: InventedReport) => extractReport({ name: r.fileName, text: r.text });

    it('is read as an annual report of the right year', () => {
      const wrong = docs.map((r) => [r, run(r)] as const)
        .filter(([r, x]) => x.kind !== 'annual_report' || x.report_year !== r.year)
        .map(([r, x]) => `${r.fileName}: ${x.kind} ${x.report_year} (${x.reason ?? ''})`);
      expect(wrong).toEqual([]);
    });

    it('extracts no wrong figure', () => {
      const wrong = docs.flatMap((r) => mismatches(r, run(r), false).map((m) => `seed ${r.fileName}: ${m}`));
      expect(wrong).toEqual([]);
    });

    it('extracts every figure the report prints', () => {
      const wrong = docs.flatMap((r) => mismatches(r, run(r), true).map((m) => `${r.fileName}: ${m}`));
      expect(wrong.slice(0, 40)).toEqual([]);
    });
  });
}
