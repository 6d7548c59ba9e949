// 数据 Data as workbooks: a loaded table (the columns shown, as stored: headers are the schema's
// column names) and a SQL console result (its columns, the statement in the source row).
import type { I18n } from '../i18n';
import { sourceLine, type ExportSource } from './source';
import { tableSheet } from './tableSheet';
import { workbookFileName, type WorkbookSpec } from './workbookSpec';

/** Excel holds 1,048,576 rows a sheet; a table this long is cut, and its title says so. */
export const MAX_SHEET_ROWS = 1_000_000;

export function dataTableWorkbook(table: string, columns: readonly string[], rows: readonly Record<string, unknown>[], i: I18n, src: ExportSource): WorkbookSpec {
  const cut = rows.length > MAX_SHEET_ROWS;
  return {
    fileName: workbookFileName([i.t('appTitle'), i.t('data'), table]),
    sheets: [tableSheet({
      name: table, title: `${table}${cut ? ` (${MAX_SHEET_ROWS.toLocaleString(i.locale)} / ${rows.length.toLocaleString(i.locale)})` : ''}`,
      source: sourceLine(src, i), columns, rows: cut ? rows.slice(0, MAX_SHEET_ROWS) : rows,
    })],
  };
}

export function queryResultWorkbook(statement: string, columns: readonly string[], rows: readonly Record<string, unknown>[], i: I18n, src: ExportSource): WorkbookSpec {
  const sqlText = statement.replace(/\s+/g, ' ').trim();
  return {
    fileName: workbookFileName([i.t('appTitle'), i.t('xlsx.sqlResult')]),
    sheets: [tableSheet({
      name: i.t('xlsx.sqlResult'), title: i.t('xlsx.sqlResult'),
      source: `${sourceLine(src, i)} · SQL: ${sqlText.length > 500 ? `${sqlText.slice(0, 500)}…` : sqlText}`,
      columns, rows: rows.slice(0, MAX_SHEET_ROWS),
    })],
  };
}
