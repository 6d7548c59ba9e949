// What a downloaded workbook holds, as plain data: one sheet per table, each with a title row, a
// source row, one or two header rows and typed cells. The view builders (compareSheet, trendsSheet …)
// produce this; only writeXlsx.ts turns it into an .xlsx file, so the specs are tested without exceljs.

/** A cell: a number (stored as a number), text, or null (left empty: "not reported"). N/a is the text `/`. */
export type CellValue = number | string | null;

/** How a column's numbers are shown (Excel number formats in writeXlsx.ts). */
export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'percent';

export interface ColumnSpec {
  header: string;
  /** Upper header over a run of adjacent columns with the same group (two header rows when any column has one). */
  group?: string;
  format: ColumnFormat;
  /** in characters */
  width: number;
}

export interface SheetSpec {
  /** ≤ 31 characters, none of []:*?/\ (see sheetName) */
  name: string;
  title: string;
  /** the source row: dataset, report year, extractor version, export date, 口径 notes */
  source: string;
  columns: ColumnSpec[];
  rows: CellValue[][];
}

export interface WorkbookSpec {
  fileName: string;
  sheets: SheetSpec[];
}

/** N/a in a table cell (the official tables' `/`); never 0. */
export const NA_CELL = '/';

/** How many header rows a sheet has (1, or 2 when some column has a group). */
export function headerRows(s: Pick<SheetSpec, 'columns'>): 1 | 2 {
  return s.columns.some((c) => c.group) ? 2 : 1;
}

/** Rows above the data: title, source, headers. */
export function rowsAboveData(s: Pick<SheetSpec, 'columns'>): number {
  return 2 + headerRows(s);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
}

/** `年报数据_对比_收到申请数_2024.xlsx`: parts joined by `_`, characters no file system accepts removed. */
export function workbookFileName(parts: readonly (string | number | null | undefined)[]): string {
  const clean = parts.filter((p) => p !== null && p !== undefined && String(p).trim() !== '')
    .map((p) => String(p).replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim());
  return `${clean.join('_')}.xlsx`;
}

/** A column width (characters) that fits its header and the longest of its first rows; CJK counts double. */
export function fitWidth(header: string, cells: readonly CellValue[], min = 6, max = 60): number {
  const len = (v: CellValue) => (v === null ? 0 : [...String(typeof v === 'number' ? v.toLocaleString('en') : v)]
    .reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0));
  const widest = Math.max(len(header), ...cells.slice(0, 200).map(len));
  return Math.min(max, Math.max(min, widest + 2));
}
