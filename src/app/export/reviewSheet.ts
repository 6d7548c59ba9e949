// 通报 Review as a workbook: the units ranked with their score and each rule's deduction (two header
// rows: the rules under "deductions"), what each must fix, and the rubric with the weights used.
import type { ScoredUnit } from '../../domain/reviewScore';
import { mustFix } from '../../domain/reviewScore';
import { RUBRIC, type Weights } from '../../domain/rubric';
import { inLanguage, textOf } from '../../domain/text';
import type { I18n } from '../i18n';
import type { ReviewRow } from '../review/reviewModel';
import { ruleBasis, ruleTitle } from '../review/ruleText';
import { statusText } from '../review/statusText';
import { textCell } from './cells';
import { sourceLine, type ExportSource } from './source';
import { tableSheet } from './tableSheet';
import { fitWidth, sheetName, workbookFileName, type CellValue, type ColumnSpec, type WorkbookSpec } from './workbookSpec';

export interface ReviewExport {
  scored: readonly ScoredUnit<ReviewRow>[];
  weights: Weights;
  year: number;
  /** the region and level in words, for the title and file name */
  scope: string;
}

export function reviewWorkbook(x: ReviewExport, i: I18n, src: ExportSource): WorkbookSpec {
  const source = sourceLine(src, i, { year: x.year });
  const title = `${x.scope} ${x.year} ${i.t('review.title')}`.trim();
  const msg = (f: { message: string; message_en: string }) => inLanguage(textOf(f.message, f.message_en), i.lang);
  const rows: CellValue[][] = x.scored.map((s) => {
    const points = new Map(s.deductions.map((d) => [d.rule, d.points]));
    const fix = mustFix(s.unit.findings, x.weights);
    return [
      s.rank, s.unit.unit, textCell(s.unit.level ? i.level(s.unit.level) : null), statusText(s.unit, i),
      textCell(s.unit.published_on), s.unit.days_late ?? null, s.score,
      // a rule that took nothing is 0 here (a deduction of nothing), not "not reported"
      ...RUBRIC.map((r) => points.get(r.id) ?? 0),
      fix.length ? fix.map((f, n) => `${n + 1}. [${f.code}] ${msg(f)}`).join('\n') : i.t('review.nothing'),
    ];
  });
  const deductions = i.t('review.deductions');
  const heads: Omit<ColumnSpec, 'width'>[] = [
    { header: i.t('xlsx.rank'), format: 'integer' }, { header: i.t('review.unit'), format: 'text' }, { header: i.t('level'), format: 'text' },
    { header: i.t('review.status'), format: 'text' }, { header: i.t('published'), format: 'text' }, { header: i.t('timeliness'), format: 'integer' },
    { header: i.t('review.score'), format: 'decimal' },
    ...RUBRIC.map((r) => ({ header: ruleTitle(r, i), group: deductions, format: 'decimal' as const })),
    { header: i.t('review.mustFix'), format: 'text' },
  ];
  const main = {
    name: sheetName(i.t('review')), title, source, rows,
    columns: heads.map((h, c) => ({ ...h, group: h.group ?? h.header, width: c === heads.length - 1 ? 80 : fitWidth(h.header, rows.map((r) => r[c]), 6, 24) })),
  };
  const fixRows = x.scored.flatMap((s) => mustFix(s.unit.findings, x.weights).map((f) => ({ rank: s.rank, unit: s.unit.unit, ...f })));
  return {
    fileName: workbookFileName([i.t('appTitle'), i.t('review'), x.scope, x.year]),
    sheets: [
      main,
      tableSheet({
        name: i.t('review.mustFix'), title: `${title} · ${i.t('review.mustFix')}`, source, rows: fixRows,
        columns: [
          { key: 'rank', header: i.t('xlsx.rank'), format: 'integer' }, { key: 'unit', header: i.t('review.unit') },
          { key: 'rule', header: i.t('review.rule'), cell: (f) => ruleTitle(RUBRIC.find((r) => r.id === f.rule)!, i) },
          { key: 'points', header: i.t('review.weight'), format: 'decimal' },
          { key: 'severity', header: i.t('severity'), cell: (f) => i.t(f.severity) }, { key: 'code', header: i.t('code') },
          { key: 'message', header: i.t('finding'), cell: (f) => msg(f) },
        ],
      }),
      tableSheet({
        name: i.t('review.rubric'), title: `${i.t('review.rubric')} (${i.t('review.score')} = 100 − Σ)`, source, rows: RUBRIC,
        columns: [
          { key: 'id', header: 'id' }, { key: 'title', header: i.t('review.rule'), cell: (r) => ruleTitle(r, i) },
          { key: 'basis', header: i.t('review.basis'), cell: (r) => ruleBasis(r, i) },
          { key: 'weight', header: i.t('review.weight'), format: 'decimal', cell: (r) => x.weights[r.id] ?? r.weight },
          { key: 'maxCount', header: i.t('review.maxCount'), format: 'integer' },
        ],
      }),
    ],
  };
}
