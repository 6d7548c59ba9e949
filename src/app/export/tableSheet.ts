// Any table as a sheet: the Data view's tables, SQL console results, Compliance's tables. Each
// column says its header and format; without a format the column's values decide (all whole
// numbers → integer, other numbers → decimal, else text). A `value` column beside a `state` column
// (the metrics and requests tables) keeps n/a as `/` and blank as empty.
import { figureCell, textCell } from './cells';
import { fitWidth, sheetName, type CellValue, type ColumnFormat, type SheetSpec } from './workbookSpec';

export interface TableColumn<R> {
  key: string;
  header?: string;
  format?: ColumnFormat;
  /** the cell of a row; default: the row's field under `key` */
  cell?: (row: R) => CellValue;
}

function plainCell(v: unknown): CellValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return textCell(v);
}

function inferFormat(cells: readonly CellValue[]): ColumnFormat {
  const nums = cells.filter((c): c is number => typeof c === 'number');
  if (!nums.length || cells.some((c) => typeof c === 'string' && c !== '/')) return 'text';
  return nums.every((n) => Number.isInteger(n)) ? 'integer' : 'decimal';
}

export function tableSheet<R extends object>(o: {
  name: string; title: string; source: string; columns: readonly (TableColumn<R> | string)[]; rows: readonly R[];
}): SheetSpec {
  const cols = o.columns.map((c) => (typeof c === 'string' ? { key: c } as TableColumn<R> : c));
  const rows: CellValue[][] = o.rows.map((r) => cols.map((c) => {
    if (c.cell) return c.cell(r);
    const rec = r as Record<string, unknown>;
    if (c.key === 'value' && 'state' in rec) return figureCell(rec.value, rec.state as string);
    return plainCell(rec[c.key]);
  }));
  return {
    name: sheetName(o.name), title: o.title, source: o.source, rows,
    columns: cols.map((c, n) => {
      const header = c.header ?? c.key;
      const cells = rows.map((r) => r[n]);
      return { header, format: c.format ?? inferFormat(cells), width: fitWidth(header, cells) };
    }),
  };
}
