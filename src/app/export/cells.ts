// A figure as a workbook cell, keeping the four states apart: a number stays a number, a figure the
// report does not give or a cell left blank stays empty, a cell marked `/` (n/a) stays `/` — never 0.
import type { Measure } from '../../domain/measures';
import { NA_CELL, type CellValue, type ColumnFormat } from './workbookSpec';

/** `state` as in metrics.state ('number' | 'blank' | 'na'); undefined when the report has no row. */
export function figureCell(value: unknown, state?: string | null): CellValue {
  if (value !== null && value !== undefined && value !== '') {
    const n = typeof value === 'number' ? value : Number(value);
    if (Number.isFinite(n)) return n;
  }
  return state === 'na' ? NA_CELL : null;
}

/** Percent measures are computed ×100 for display; a workbook stores the fraction with a % format. */
export function measureCell(value: unknown, m: Measure, state?: string | null): CellValue {
  const c = figureCell(value, state);
  return typeof c === 'number' && m.kind === 'ratio' && m.def.display === 'percent' ? c / 100 : c;
}

export function measureFormat(m: Measure): ColumnFormat {
  if (m.kind === 'ratio') return m.def.display === 'percent' ? 'percent' : 'decimal';
  return m.def.unit === 'yuan' ? 'decimal' : 'integer';
}

/** Text or empty; never the string "null". */
export function textCell(v: unknown): CellValue {
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** A count (numbers of findings, reports): a number, or empty when unknown. */
export function countCell(v: unknown): CellValue {
  return figureCell(v);
}
