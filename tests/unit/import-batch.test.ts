// The compact batch preview's pure parts: one row per document (status, counts), sorting and
// filtering, and the bulk rules that settle same-agency-and-year clashes when "add all" is pressed.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract';
import type { PendingDoc } from '../../src/app/import/useImportQueue';
import type { UserReport } from '../../src/app/import/userReport';
import { clashes, pendingToReport, planBatch } from '../../src/app/import/batchPlan';
import { batchRow, filterCounts, filterRows, sortRows } from '../../src/app/import/batchRows';

let n = 0;
function extraction(agency: string, year: number, more: Partial<Extraction> = {}): Extraction {
  return {
    kind: 'annual_report', agency, agency_short: agency, level: 'township', report_year: year, published_on: null, era: '2021',
    division_code: null, metrics: [], findings: [], reason: null, reason_en: null, ...more,
  } as unknown as Extraction;
}
function doc(name: string, x: Extraction | null, problem = false): PendingDoc {
  const id = `r${++n}`;
  return {
    key: `k-${name}`, corrections: {}, conflictWith: null,
    doc: { fileId: 'f', name, format: 'text', bytes: 10, reportId: id, extraction: x, problem: problem ? { code: 'empty' } : null },
  } as PendingDoc;
}
function saved(agency: string, year: number, more: Partial<Extraction> = {}): UserReport {
  return { reportId: `s${++n}`, file: `${agency}${year}.txt`, format: 'text', bytes: 10, addedAt: '2026-01-01T00:00:00Z', extraction: extraction(agency, year, more), corrections: {} };
}
const metric = (value: number) => ({ key: 'requests_received', value, state: 'number', approx: false, source: { kind: 'text', line: 1, excerpt: '' } });
const finding = { code: 'x', severity: 'warning', message: '', message_en: '' };
const NOW = '2026-12-04T00:00:00Z';

describe('batch rows', () => {
  const docs = [
    doc('b.txt', extraction('乙镇', 2022, { metrics: [metric(1), metric(2)] as never, findings: [finding] as never })),
    doc('a.txt', extraction('甲镇', 2021, { era: '2019' })),
    doc('notice.txt', { ...extraction('', 2022), kind: 'not_a_report' } as Extraction),
    doc('scan.pdf', null, true),
    doc('c.txt', extraction('丙镇', 2023, { findings: [finding, finding] as never })),
  ];
  const rows = docs.map((d) => batchRow(d, d.doc.name === 'c.txt'));

  it('gives each document its status, counted figures and findings', () => {
    expect(rows.map((r) => r.status)).toEqual(['report', 'report', 'not_report', 'unreadable', 'conflict']);
    expect(rows[0]).toMatchObject({ agency: '乙镇', year: 2022, figures: 2, findings: 1, era: '2021', level: 'township' });
    expect(rows[3]).toMatchObject({ agency: null, year: null, figures: 0 });
  });

  it('shows the corrected identity', () => {
    const d = { ...docs[1], corrections: { agency: '甲乡', report_year: 2020 } };
    expect(batchRow(d, false)).toMatchObject({ agency: '甲乡', year: 2020 });
  });

  it('filters: not a report (and unreadable), with findings, conflicts', () => {
    expect(filterRows(rows, 'not_report').map((r) => r.name)).toEqual(['notice.txt', 'scan.pdf']);
    expect(filterRows(rows, 'findings').map((r) => r.name)).toEqual(['b.txt', 'c.txt']);
    expect(filterRows(rows, 'conflicts').map((r) => r.name)).toEqual(['c.txt']);
    expect(filterCounts(rows)).toEqual({ all: 5, not_report: 2, findings: 2, conflicts: 1 });
  });

  it('sorts numbers as numbers, text by collation, empty values last in both directions', () => {
    expect(sortRows(rows, { column: 'year', desc: false }).map((r) => r.name)).toEqual(['a.txt', 'b.txt', 'c.txt', 'notice.txt', 'scan.pdf']);
    expect(sortRows(rows, { column: 'year', desc: true }).map((r) => r.name)).toEqual(['c.txt', 'b.txt', 'a.txt', 'notice.txt', 'scan.pdf']);
    expect(sortRows(rows, { column: 'findings', desc: true }).map((r) => r.name)).toEqual(['c.txt', 'b.txt', 'a.txt', 'notice.txt', 'scan.pdf']);
    expect(sortRows(rows, { column: 'name', desc: false }).map((r) => r.name)).toEqual(['a.txt', 'b.txt', 'c.txt', 'notice.txt', 'scan.pdf']);
    // status: what needs attention first
    expect(sortRows(rows, { column: 'status', desc: false }).map((r) => r.status)).toEqual(['conflict', 'unreadable', 'not_report', 'report', 'report']);
    // ties keep file order
    expect(sortRows(rows, { column: 'figures', desc: false }).map((r) => r.name)).toEqual(['a.txt', 'notice.txt', 'scan.pdf', 'c.txt', 'b.txt']);
  });
});

describe('bulk conflict rules', () => {
  const old = saved('甲镇', 2022, { published_on: '2023-01-20' });
  const newerDoc = doc('甲-new.txt', extraction('甲镇', 2022, { published_on: '2023-01-25' }));
  const olderDoc = doc('甲-old.txt', extraction('甲镇', 2022, { published_on: '2023-01-10' }));
  const twinA = doc('乙-1.txt', extraction('乙镇', 2022));
  const twinB = doc('乙-2.txt', extraction('乙镇', 2022));
  const alone = doc('丙.txt', extraction('丙镇', 2022));
  const notReport = doc('notice.txt', { ...extraction('', 2022), kind: 'not_a_report' } as Extraction);
  const unreadable = doc('scan.pdf', null, true);
  const batch = [newerDoc, olderDoc, twinA, twinB, alone, notReport, unreadable];
  const names = (rs: UserReport[]) => rs.map((r) => r.file).sort();
  const reasons = (p: ReturnType<typeof planBatch>) => Object.fromEntries(p.skipped.map((s) => [s.name, s.reason]));

  it('finds clashes with saved reports and inside the batch', () => {
    const c = clashes(batch.filter((d) => d.doc.extraction?.kind === 'annual_report').map((d) => ({ key: d.key, report: pendingToReport(d, NOW) })), [old]);
    expect(c.get(newerDoc.key)).toBe(old);
    expect(c.get(olderDoc.key)).toBe(old);
    expect(c.get(twinA.key)).toBe('batch');
    expect(c.get(twinB.key)).toBe('batch');
    expect(c.has(alone.key)).toBe(false);
  });

  it('keep the newer publication: by published_on, else the later file; the saved one is replaced when older', () => {
    const p = planBatch(batch, [old], 'newer', NOW);
    expect(names(p.add)).toEqual(['丙.txt', '乙-2.txt', '甲-new.txt']);
    expect(p.replaces).toEqual([old.reportId]);
    expect(reasons(p)).toEqual({ '甲-old.txt': 'older', '乙-1.txt': 'older', 'notice.txt': 'not_report', 'scan.pdf': 'unreadable' });
    expect(p.waiting).toEqual([]);
    // non-reports stay in the preview with their message; everything else is settled
    expect(p.settled.sort()).toEqual([newerDoc, olderDoc, twinA, twinB, alone].map((d) => d.key).sort());
  });

  it('keep the newer publication keeps the saved report when it was published later', () => {
    const late = saved('甲镇', 2022, { published_on: '2023-02-01' });
    const p = planBatch([newerDoc, olderDoc], [late], 'newer', NOW);
    expect(p.add).toEqual([]);
    expect(p.replaces).toEqual([]);
    expect(p.skipped.map((s) => s.reason)).toEqual(['older', 'older']);
  });

  it('keep what is there: the saved report stays; inside the batch the first document', () => {
    const p = planBatch(batch, [old], 'existing', NOW);
    expect(names(p.add)).toEqual(['丙.txt', '乙-1.txt']);
    expect(p.replaces).toEqual([]);
    expect(reasons(p)).toMatchObject({ '甲-new.txt': 'kept_existing', '甲-old.txt': 'kept_existing', '乙-2.txt': 'duplicate_in_batch' });
  });

  it('one by one: clashes wait, each with the report it clashes with', () => {
    const p = planBatch(batch, [old], null, NOW);
    expect(names(p.add)).toEqual(['丙.txt', '乙-1.txt']);
    expect(p.waiting.map((w) => [w.key, w.with?.file])).toEqual([
      [newerDoc.key, old.file], [olderDoc.key, old.file], [twinB.key, '乙-1.txt'],
    ]);
    expect(p.settled).not.toContain(newerDoc.key);
  });

  it('two bodies of one name with different known division codes never clash', () => {
    const a = doc('城关-1.txt', extraction('城关镇', 2022, { division_code: '430181100000' }));
    const b = doc('城关-2.txt', extraction('城关镇', 2022, { division_code: '430121100000' }));
    const p = planBatch([a, b], [], 'existing', NOW);
    expect(names(p.add)).toEqual(['城关-1.txt', '城关-2.txt']);
  });

  it('the same bytes chosen again are not a clash with their own saved copy', () => {
    const again = saved('丁镇', 2022);
    const d = { ...doc('丁.txt', extraction('丁镇', 2022)) };
    d.doc = { ...d.doc, reportId: again.reportId };
    expect(planBatch([d], [again], 'existing', NOW).add.map((r) => r.file)).toEqual(['丁.txt']);
  });
});
