// Correcting a report's identity in the import preview re-runs the checks that depend on it: the
// findings of the guessed identity go, those of the corrected one come (issue 9 item 4).
import { describe, expect, it } from 'vitest';
import { extractReport, recheckIdentity, type Extraction } from '../../src/extract';
import { inventReport2021 } from '../../scripts/invented/reports';

function published(): Extraction {
  for (let seed = 1; seed < 200; seed++) {
    const r = inventReport2021(seed);
    const x = extractReport({ name: `${seed}.txt`, bytes: new TextEncoder().encode(r.text) });
    if (x.kind === 'annual_report' && x.published_on && x.report_year && !x.findings.some((f) => f.code === 'EV-01')) return x;
  }
  throw new Error('no invented report with a publication date');
}

describe('recheckIdentity', () => {
  const x = published();
  const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();

  it('gives the same findings for the same identity', () => {
    expect(codes(recheckIdentity(x, x))).toEqual(codes(x.findings));
  });

  it('a year corrected to long before the publication makes the report late, and back again', () => {
    const year = Number(x.published_on!.slice(0, 4)) - 3;
    const moved = recheckIdentity(x, { ...x, report_year: year });
    expect(codes(moved)).toContain('EV-01');
    // the figure checks are untouched: everything not identity-dependent is still there
    const back = recheckIdentity({ ...x, findings: moved, report_year: year }, x);
    expect(codes(back)).toEqual(codes(x.findings));
  });

  it('without the text (as the import worker posts it) the deadline check still follows the corrected year', () => {
    const slim = { ...x, doc: { text: '', lines: [] } };
    const year = Number(x.published_on!.slice(0, 4)) - 3;
    const moved = recheckIdentity(slim, { ...x, report_year: year });
    expect(codes(moved)).toEqual(codes([...x.findings, { code: 'EV-01' }]));
  });
});
