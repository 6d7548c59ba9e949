// 合规 Compliance as a workbook: the findings, the scorecard per report and the agencies ranked by
// open problems, one sheet each.
import type { FindingRow, RankingRow } from '../../data/queries';
import { SCORECARD } from '../../data/queries/compliance';
import { inLanguage, textOf } from '../../domain/text';
import type { I18n, WordKey } from '../i18n';
import { countCell, textCell } from './cells';
import { sourceLine, type ExportSource } from './source';
import { tableSheet } from './tableSheet';
import { workbookFileName, type CellValue, type WorkbookSpec } from './workbookSpec';

export interface ComplianceExport {
  findings: readonly FindingRow[];
  scorecard: readonly Record<string, unknown>[];
  ranking: readonly RankingRow[];
  year: number | null;
}

/** ✓ / ✗ / empty (unknown) for a scorecard column. */
export function passCell(v: unknown, i: I18n): CellValue {
  return v === true ? `✓ ${i.t('yes')}` : v === false ? `✗ ${i.t('no')}` : null;
}

export function complianceWorkbook(x: ComplianceExport, i: I18n, src: ExportSource): WorkbookSpec {
  const source = sourceLine(src, i, { year: x.year });
  const yearPart = x.year ?? '';
  return {
    fileName: workbookFileName([i.t('appTitle'), i.t('compliance'), x.year]),
    sheets: [
      tableSheet<FindingRow>({
        name: i.t('findings'), title: `${i.t('findings')} ${yearPart}`.trim(), source, rows: x.findings,
        columns: [
          { key: 'agency_short', header: i.t('agency') },
          { key: 'report_year', header: i.t('year'), format: 'text', cell: (r) => textCell(r.report_year) },
          { key: 'level', header: i.t('level'), cell: (r) => textCell(i.level(r.level)) },
          { key: 'severity', header: i.t('severity'), cell: (r) => i.t(r.severity) },
          { key: 'code', header: i.t('code') },
          { key: 'message', header: i.t('finding'), cell: (r) => textCell(inLanguage(textOf(r.message, r.message_en), i.lang)) },
          { key: 'report_id', header: 'report_id' },
        ],
      }),
      tableSheet<Record<string, unknown>>({
        name: i.t('scorecard'), title: `${i.t('scorecard')} ${yearPart}`.trim(), source, rows: x.scorecard,
        columns: [
          { key: 'agency_short', header: i.t('agency') },
          { key: 'report_year', header: i.t('year'), format: 'text', cell: (r) => textCell(r.report_year) },
          { key: 'on_time', header: i.t('on_time'), cell: (r) => passCell(r.on_time, i) },
          ...SCORECARD.map((s) => ({ key: s.key, header: i.t(s.key as WordKey), cell: (r: Record<string, unknown>) => passCell(r[s.key], i) })),
          { key: 'n_errors', header: i.t('errors'), format: 'integer' as const, cell: (r) => countCell(r.n_errors) },
          { key: 'n_warnings', header: i.t('warnings'), format: 'integer' as const, cell: (r) => countCell(r.n_warnings) },
        ],
      }),
      tableSheet<RankingRow>({
        name: i.t('ranking'), title: `${i.t('ranking')} ${yearPart}`.trim(), source, rows: x.ranking,
        columns: [
          { key: 'agency_short', header: i.t('agency') },
          { key: 'reports', header: i.t('reports'), format: 'integer' },
          { key: 'open', header: i.t('openProblems'), format: 'integer' },
          { key: 'errors', header: i.t('errors'), format: 'integer' },
          { key: 'warnings', header: i.t('warnings'), format: 'integer' },
        ],
      }),
    ],
  };
}
