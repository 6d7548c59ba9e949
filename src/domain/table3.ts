// Table 三 of the 2019 (国办公开办函〔2019〕60号) and 2021 (〔2021〕30号) formats, 收到和处理政府信息公开申请情况,
// written down once: its applicant columns, its rows (key, the label the format prints, the pattern
// that recognises the label in mangled text, the eras that print it), the metric each row's 总计 cell
// feeds and which rows add up to 三(七) (docs/formats.md §3.3, §4.1). The extractor's table parser
// (extract/table2019) and its checks (extract/checks/table3.ts) both read it.
import { TABLE_ERAS, type TableEra } from './eras';
import type { MetricKey } from './metrics';

/** A column of table 三: the six applicant types and their 总计. */
export type RequestColumn =
  | 'natural_person' | 'business' | 'research' | 'nonprofit' | 'legal_services' | 'other_org' | 'total';

export const REQUEST_COLUMNS: readonly { key: RequestColumn; label: string }[] = [
  { key: 'natural_person', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legal_services', label: '法律服务机构' },
  { key: 'other_org', label: '其他' },
  { key: 'total', label: '总计' },
];

/** The six applicant columns (总计 is their sum). */
export const APPLICANT_COLUMNS: readonly RequestColumn[] = REQUEST_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

/** A column's printed label (自然人 … 总计). */
export const COLUMN_LABEL = Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.key, c.label])) as Record<RequestColumn, string>;

export interface RequestRow {
  key: string;
  /** the row label as the format prints it (group prefix included where it names the row) */
  label: string;
  pattern: RegExp;
  eras: readonly TableEra[];
}

const BOTH = TABLE_ERAS;

export const REQUEST_ROWS_ALL: readonly RequestRow[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', pattern: /本年新收/, eras: BOTH },
  { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', pattern: /上年结转/, eras: BOTH },
  { key: 'granted', label: '(一)予以公开', pattern: /予以公开/, eras: BOTH },
  { key: 'partial', label: '(二)部分公开', pattern: /部分公开/, eras: BOTH },
  { key: 'denied_1', label: '(三)不予公开 1.属于国家秘密', pattern: /国家秘密/, eras: BOTH },
  { key: 'denied_2', label: '(三)不予公开 2.其他法律行政法规禁止公开', pattern: /法律行政法规|法规禁止/, eras: BOTH },
  { key: 'denied_3', label: '(三)不予公开 3.危及"三安全一稳定"', pattern: /三安全|一稳定|危及/, eras: BOTH },
  { key: 'denied_4', label: '(三)不予公开 4.保护第三方合法权益', pattern: /第三方/, eras: BOTH },
  { key: 'denied_5', label: '(三)不予公开 5.属于三类内部事务信息', pattern: /三类内|内部事务|内容事务/, eras: BOTH },
  { key: 'denied_6', label: '(三)不予公开 6.属于四类过程性信息', pattern: /过程性|四类过/, eras: BOTH },
  { key: 'denied_7', label: '(三)不予公开 7.属于行政执法案卷', pattern: /执法案[卷件]/, eras: BOTH },
  { key: 'denied_8', label: '(三)不予公开 8.属于行政查询事项', pattern: /查询事项/, eras: BOTH },
  { key: 'unavailable_1', label: '(四)无法提供 1.本机关不掌握相关政府信息', pattern: /不掌握/, eras: BOTH },
  { key: 'unavailable_2', label: '(四)无法提供 2.没有现成信息需要另行制作', pattern: /没有现成|另行制作/, eras: BOTH },
  { key: 'unavailable_3', label: '(四)无法提供 3.补正后申请内容仍不明确', pattern: /补正后|仍不明确/, eras: BOTH },
  { key: 'not_processed_1', label: '(五)不予处理 1.信访举报投诉类申请', pattern: /信访|举报投诉/, eras: BOTH },
  { key: 'not_processed_2', label: '(五)不予处理 2.重复申请', pattern: /重复申请/, eras: BOTH },
  { key: 'not_processed_3', label: '(五)不予处理 3.要求提供公开出版物', pattern: /出版物/, eras: BOTH },
  { key: 'not_processed_4', label: '(五)不予处理 4.无正当理由大量反复申请', pattern: /大量反复/, eras: BOTH },
  { key: 'not_processed_5', label: '(五)不予处理 5.要求行政机关确认或重新出具已获取信息', pattern: /重新出具|确认或/, eras: BOTH },
  { key: 'other', label: '(六)其他处理', pattern: /其他处理/, eras: ['2019'] },
  { key: 'other_1', label: '(六)其他处理 1.申请人无正当理由逾期不补正', pattern: /逾期不补正|不补正/, eras: ['2021'] },
  { key: 'other_2', label: '(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用', pattern: /收费通知|缴纳费用/, eras: ['2021'] },
  // "3.其他" is short and 其他 is also a column header and part of 其他处理: require the number.
  { key: 'other_3', label: '(六)其他处理 3.其他', pattern: /3[.、]?其他(?!处理|法律|对外)/, eras: ['2021'] },
  { key: 'total', label: '(七)总计', pattern: /总计/, eras: BOTH },
  { key: 'carried_forward', label: '四、结转下年度继续办理', pattern: /结转下年|下年度继续/, eras: BOTH },
];

export const REQUEST_ROWS: Record<TableEra, readonly RequestRow[]> = {
  '2019': REQUEST_ROWS_ALL.filter((r) => r.eras.includes('2019')),
  '2021': REQUEST_ROWS_ALL.filter((r) => r.eras.includes('2021')),
};

/** Metric of each applicant column in row 一. */
export const NEW_BY_COLUMN: Partial<Record<RequestColumn, MetricKey>> = {
  natural_person: 'requests_from_natural_persons',
  business: 'requests_from_businesses',
  research: 'requests_from_research',
  nonprofit: 'requests_from_nonprofits',
  legal_services: 'requests_from_legal_services',
  other_org: 'requests_from_other_orgs',
};

/** Metrics read from the 总计 column: one row, or the sum of several rows. A sum's label names its
 * sub-rows (`1–8`) so that its excerpt says the value is derived, not a printed cell; `sumLabel` is
 * that label where the metric is one row in one era and a sum in the other. */
export const REQUEST_TOTALS: readonly {
  key: MetricKey;
  rows: (era: TableEra) => string[];
  label: string;
  sumLabel?: string;
}[] = [
  { key: 'requests_received', rows: () => ['new'], label: '一、本年新收政府信息公开申请数量' },
  { key: 'requests_carried_over', rows: () => ['carried_over'], label: '二、上年结转政府信息公开申请数量' },
  { key: 'outcome_granted', rows: () => ['granted'], label: '(一)予以公开' },
  { key: 'outcome_partially_granted', rows: () => ['partial'], label: '(二)部分公开' },
  { key: 'outcome_denied', rows: () => range('denied', 8), label: '(三)不予公开 1–8' },
  { key: 'outcome_unavailable', rows: () => range('unavailable', 3), label: '(四)无法提供 1–3' },
  { key: 'outcome_not_processed', rows: () => range('not_processed', 5), label: '(五)不予处理 1–5' },
  { key: 'outcome_other', rows: (era) => (era === '2019' ? ['other'] : range('other', 3)), label: '(六)其他处理', sumLabel: '(六)其他处理 1–3' },
  { key: 'outcome_total', rows: () => ['total'], label: '(七)总计' },
  { key: 'requests_carried_forward', rows: () => ['carried_forward'], label: '四、结转下年度继续办理' },
];

function range(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}_${i + 1}`);
}

/** Rows whose 总计 cells add up to 三(七) (T3-RESULT-SUM). */
export function outcomeRows(era: TableEra): string[] {
  return [
    'granted', 'partial', ...range('denied', 8), ...range('unavailable', 3), ...range('not_processed', 5),
    ...(era === '2019' ? ['other'] : range('other', 3)),
  ];
}

const ROW_METRIC: ReadonlyMap<string, MetricKey> = new Map(
  REQUEST_TOTALS.flatMap((t) => TABLE_ERAS.flatMap((era) => t.rows(era)).map((row): [string, MetricKey] => [row, t.key])),
);

/** Metric key of a row's 总计 cell (null for a row key the table does not have). */
export function rowMetric(row: string): MetricKey | null {
  return ROW_METRIC.get(row) ?? null;
}
