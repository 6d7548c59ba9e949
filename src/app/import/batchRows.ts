// The compact preview's rows: one per document of the batch, with what the list sorts and filters on.
// Pure; the list (BatchList.tsx) draws only the visible rows.
import type { Era, Level } from '../../extract';
import type { PendingDoc } from './useImportQueue';
import { corrected } from './userReport';
import { previewReport } from './batchPlan';

export type RowStatus = 'report' | 'not_report' | 'unreadable' | 'conflict';
export type RowFilter = 'all' | 'not_report' | 'findings' | 'conflicts';
export const ROW_FILTERS: readonly RowFilter[] = ['all', 'not_report', 'findings', 'conflicts'];
export type RowColumn = 'name' | 'agency' | 'level' | 'year' | 'era' | 'figures' | 'findings' | 'status';
export const ROW_COLUMNS: readonly RowColumn[] = ['name', 'agency', 'level', 'year', 'era', 'figures', 'findings', 'status'];
export interface RowSort { column: RowColumn; desc: boolean }

export interface BatchRow {
  key: string;
  name: string;
  agency: string | null;
  level: Level | null;
  year: number | null;
  era: Era | null;
  figures: number;
  findings: number;
  status: RowStatus;
}

const rows = new WeakMap<PendingDoc, { clashing: boolean; row: BatchRow }>();

/** The row of one pending document, as the user corrected it; `clashing` from batchPlan.clashes.
 * Kept per document object and clash (a change makes a new document): the list of a county's batch
 * is redrawn many times while it is read. */
export function batchRow(p: PendingDoc, clashing: boolean): BatchRow {
  const kept = rows.get(p);
  if (kept && kept.clashing === clashing) return kept.row;
  const row = makeRow(p, clashing);
  rows.set(p, { clashing, row });
  return row;
}

function makeRow(p: PendingDoc, clashing: boolean): BatchRow {
  const x = p.doc.extraction;
  const base = { key: p.key, name: p.doc.name, agency: null, level: null, year: null, era: null, figures: 0, findings: 0 };
  if (!x || p.doc.problem) return { ...base, status: 'unreadable' };
  if (x.kind !== 'annual_report') return { ...base, status: 'not_report' };
  const c = corrected(previewReport(p));
  return {
    ...base, agency: c.agency_short ?? c.agency, level: c.level, year: c.report_year, era: c.era,
    figures: x.metrics.filter((m) => m.state === 'number').length, findings: (p.checked ?? x.findings).length,
    status: clashing || p.conflictWith ? 'conflict' : 'report',
  };
}

export function filterRows(rows: readonly BatchRow[], filter: RowFilter): BatchRow[] {
  switch (filter) {
    case 'not_report': return rows.filter((r) => r.status === 'not_report' || r.status === 'unreadable');
    case 'findings': return rows.filter((r) => r.findings > 0);
    case 'conflicts': return rows.filter((r) => r.status === 'conflict');
    default: return [...rows];
  }
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
/** Status sorts what needs attention first (ascending): clashes, then documents that cannot be added. */
const STATUS_RANK: Record<RowStatus, number> = { conflict: 0, unreadable: 1, not_report: 2, report: 3 };
const sortValue = (r: BatchRow, c: RowColumn) => (c === 'status' ? STATUS_RANK[r.status] : r[c]);

/** Sorted by one column; empty values last in either direction, ties kept in file order. */
export function sortRows(rows: readonly BatchRow[], sort: RowSort): BatchRow[] {
  const dir = sort.desc ? -1 : 1;
  return rows.map((r, i) => ({ r, i })).sort((a, b) => {
    const va = sortValue(a.r, sort.column), vb = sortValue(b.r, sort.column);
    if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
    const d = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return d !== 0 ? d * dir : a.i - b.i;
  }).map((x) => x.r);
}

/** How many rows each filter would show, for the filter buttons. */
export function filterCounts(rows: readonly BatchRow[]): Record<RowFilter, number> {
  return Object.fromEntries(ROW_FILTERS.map((f) => [f, filterRows(rows, f).length])) as Record<RowFilter, number>;
}
