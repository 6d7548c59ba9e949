// 趋势 Trends as a workbook: one row per agency, the years as columns (grouped under their format
// era), the years where the catalogue says the concept changes marked in the header.
import type { TrendRow } from '../../data/queries';
import { measureBreaks, type Measure } from '../../domain/measures';
import { eraOfYear } from '../../domain/eras';
import type { I18n } from '../i18n';
import { measureCell, measureFormat, textCell } from './cells';
import { fileLabel, measureNotes } from './compareSheet';
import { sourceLine, type ExportSource } from './source';
import { fitWidth, sheetName, workbookFileName, type CellValue, type ColumnSpec, type WorkbookSpec } from './workbookSpec';

export interface TrendsExport {
  rows: readonly Pick<TrendRow, 'agency' | 'report_year' | 'report_id' | 'value'>[];
  measure: Measure;
  /** metrics.state of the reports whose figure is not a number, by report_id */
  states?: ReadonlyMap<string, string>;
}

/** The header of a year column: the year, marked where the concept changes. */
export function yearHeader(year: number, breaks: readonly number[], i: I18n): string {
  return breaks.includes(year) ? `${year}（${i.t('breakNote')}）` : String(year);
}

export function trendsWorkbook(x: TrendsExport, i: I18n, src: ExportSource): WorkbookSpec {
  const label = i.measureLabel(x.measure.key);
  const breaks = measureBreaks(x.measure);
  const years = [...new Set(x.rows.map((r) => Number(r.report_year)))].sort((a, b) => a - b);
  const agencies = [...new Set(x.rows.map((r) => r.agency))];
  const cell = new Map(x.rows.map((r) => [`${r.agency}|${r.report_year}`, measureCell(r.value, x.measure, x.states?.get(r.report_id))]));
  const rows: CellValue[][] = agencies.map((a) => [textCell(a), ...years.map((y) => cell.get(`${a}|${y}`) ?? null)]);
  const fmt = measureFormat(x.measure);
  const columns: ColumnSpec[] = [
    { header: i.t('agency'), group: i.t('agency'), format: 'text', width: fitWidth(i.t('agency'), rows.map((r) => r[0])) },
    ...years.map((y, n) => {
      const header = yearHeader(y, breaks, i);
      return { header, group: i.t('eraLabel', { era: eraOfYear(y) }), format: fmt, width: fitWidth(header, rows.map((r) => r[n + 1]), 8) };
    }),
  ];
  const span = years.length ? `${years[0]}–${years[years.length - 1]}` : '';
  return {
    fileName: workbookFileName([i.t('appTitle'), i.t('trends'), fileLabel(label), span]),
    sheets: [{
      name: sheetName(i.t('trends')),
      title: `${label}${i.measureUnit(x.measure.key) ? ` (${i.measureUnit(x.measure.key)})` : ''} · ${span}`,
      source: sourceLine(src, i, { year: span, notes: measureNotes(x.measure, i) }),
      columns,
      rows,
    }],
  };
}
