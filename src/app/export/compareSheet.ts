// 对比 Compare as a workbook: the ranking of one measure for one year.
import type { CompareRow } from '../../data/queries';
import type { Measure } from '../../domain/measures';
import { breakNoteOf, type I18n } from '../i18n';
import { figureCell, measureCell, measureFormat, textCell } from './cells';
import { sourceLine, type ExportSource } from './source';
import { fitWidth, sheetName, workbookFileName, type CellValue, type ColumnFormat, type WorkbookSpec } from './workbookSpec';

export interface CompareExport {
  rows: readonly Pick<CompareRow, 'agency_short' | 'agency' | 'level' | 'province' | 'report_id' | 'value' | 'num' | 'den'>[];
  measure: Measure;
  year: number;
  /** metrics.state of the reports whose figure is not a number (blank / na), by report_id */
  states?: ReadonlyMap<string, string>;
}

/** A catalogue label `收到申请数 / 本年新收…` is cut to its first part in a file name. */
export function fileLabel(label: string): string {
  return label.split(' / ')[0].trim();
}

export function measureNotes(m: Measure, i: I18n): string[] {
  if (m.kind !== 'metric') return [];
  const note = breakNoteOf(m.def, i.lang);
  return note ? [`${m.def.breaks.join(', ')}: ${note}`] : [];
}

export function compareWorkbook(x: CompareExport, i: I18n, src: ExportSource): WorkbookSpec {
  const label = i.measureLabel(x.measure.key);
  const unit = i.measureUnit(x.measure.key);
  const fmt = measureFormat(x.measure);
  const ratio = x.measure.kind === 'ratio';
  let rank = 0;
  const rows: CellValue[][] = x.rows.map((r) => {
    const value = measureCell(r.value, x.measure, x.states?.get(r.report_id));
    return [
      typeof value === 'number' ? ++rank : null,
      textCell(r.agency_short ?? r.agency), textCell(r.agency), textCell(i.level(r.level)), textCell(r.province), value,
      ...(ratio ? [figureCell(r.num), figureCell(r.den)] : []),
    ];
  });
  const headers: [string, ColumnFormat][] = [
    [i.t('xlsx.rank'), 'integer'], [i.t('agency'), 'text'], [i.t('xlsx.fullName'), 'text'], [i.t('level'), 'text'], [i.t('province'), 'text'],
    [`${label}${unit && unit !== '%' ? ` (${unit})` : ''}`, fmt],
    ...(ratio ? [[i.t('xlsx.numerator'), 'decimal'], [i.t('xlsx.denominator'), 'decimal']] as [string, ColumnFormat][] : []),
  ];
  return {
    fileName: workbookFileName([i.t('appTitle'), i.t('compare'), fileLabel(label), x.year]),
    sheets: [{
      name: sheetName(`${i.t('compare')} ${x.year}`),
      title: `${label} · ${x.year}`,
      source: sourceLine(src, i, { year: x.year, notes: measureNotes(x.measure, i) }),
      columns: headers.map(([header, format], c) => ({ header, format, width: fitWidth(header, rows.map((r) => r[c])) })),
      rows,
    }],
  };
}
