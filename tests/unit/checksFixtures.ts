// Builders for the checks tests: figures, grid cells and normalised documents written here by hand.
import type { CellValue, Figure, GridCell, MetricKey } from '../../src/extract/types';
import type { RequestColumn } from '../../src/domain/table3';
import { normalizeText } from '../../src/extract/text/normalize';

export function fig(
  key: MetricKey,
  value: number | 'blank' | 'na',
  opts: { kind?: 'table' | 'text'; line?: number; approx?: boolean; excerpt?: string } = {},
): Figure {
  const source = { kind: opts.kind ?? 'table', line: opts.line ?? 1, excerpt: opts.excerpt ?? key };
  if (value === 'blank') return { key, state: 'blank', value: null, approx: false, source };
  if (value === 'na') return { key, state: 'na', value: null, approx: false, source };
  return { key, state: 'number', value, approx: opts.approx ?? false, source };
}

export const COLUMNS: RequestColumn[] = [
  'natural_person', 'business', 'research', 'nonprofit', 'legal_services', 'other_org', 'total',
];

/** One grid row from six applicant values; the total defaults to their sum. */
export function gridRow(row: string, values: Array<number | '' | '/'>, line: number, total?: number | '' | '/'): GridCell[] {
  const all = [...values];
  all.push(total ?? values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0));
  return all.map((v, i) => ({ row, rowLabel: row, column: COLUMNS[i], cell: cell(v), line }));
}

function cell(v: number | '' | '/'): CellValue {
  if (v === '') return { state: 'blank', value: null, approx: false };
  if (v === '/') return { state: 'na', value: null, approx: false };
  return { state: 'number', value: v, approx: false };
}

export function doc(text: string) {
  return normalizeText(text);
}
