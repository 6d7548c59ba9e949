// The review's rows: the units query's rows (reported, missing) joined with their findings, plus
// units a list of expected units names that have no row yet (the region tree's units with no report);
// then scored and ranked with the rubric. Pure: the view, the workbook and the tests share it.
import type { ReviewFindingRow, ReviewUnitRow } from '../../data/queries';
import { rankUnits, type ReviewUnit, type ScoredUnit } from '../../domain/reviewScore';
import type { Weights } from '../../domain/rubric';

export interface ReviewRow extends ReviewUnit, Omit<ReviewUnitRow, 'unit' | 'status'> {}

export function reviewRows(units: readonly ReviewUnitRow[], findings: readonly ReviewFindingRow[], expectedMissing: readonly string[] = []): ReviewRow[] {
  const byReport = new Map<string, ReviewFindingRow[]>();
  for (const f of findings) byReport.set(f.report_id, [...(byReport.get(f.report_id) ?? []), f]);
  const rows: ReviewRow[] = units.map((u) => ({ ...u, findings: u.report_id ? byReport.get(u.report_id) ?? [] : [] }));
  const known = new Set(rows.map((r) => r.unit));
  for (const name of expectedMissing) {
    if (known.has(name)) continue;
    known.add(name);
    rows.push({
      unit: name, status: 'missing', findings: [], report_id: null, agency: null, level: null, province: null,
      published_on: null, deadline: null, timeliness: null, days_late: null, last_report_id: null,
    });
  }
  return rows;
}

export function scoredReview(units: readonly ReviewUnitRow[], findings: readonly ReviewFindingRow[], weights: Weights, expectedMissing: readonly string[] = []): ScoredUnit<ReviewRow>[] {
  return rankUnits(reviewRows(units, findings, expectedMissing), weights);
}

export interface ReviewCounts { n: number; reported: number; late: number; missing: number }

export function reviewCounts(rows: readonly ReviewRow[]): ReviewCounts {
  return {
    n: rows.length,
    reported: rows.filter((r) => r.status === 'reported').length,
    late: rows.filter((r) => r.timeliness === 'late' || r.timeliness === 'warn_window').length,
    missing: rows.filter((r) => r.status === 'missing').length,
  };
}
