// The three standard tables of the 2019 (国办公开办函〔2019〕60号) and 2021 (〔2021〕30号) formats,
// written down once as data: row keys, the labels the format prints, the patterns that recognise a
// row in mangled text, which cells each row has and which metric each cell feeds (formats.md §3.3–3.5,
// §4.1). The parsers read only this file to know what a table looks like.
import type { MetricKey, RequestColumn } from '../types';

export type TableEra = '2019' | '2021';

// ---------------------------------------------------------------------------------------------
// Table 二: 主动公开政府信息情况 (article 20 blocks)

export interface ProactiveCell {
  /** metric fed by this cell; null for rows the catalogue does not keep (Hubei's extra row) */
  key: MetricKey | null;
  /** column header as printed */
  column: string;
  /** how the cell is read: a count, a signed change, or money with a default unit */
  kind: 'count' | 'change' | 'money_yuan' | 'money_wan';
}

export interface ProactiveRow {
  id: string;
  /** the row label as the format prints it */
  label: string;
  /** recognises the row label (matched against folded, whitespace-free label text) */
  pattern: RegExp;
  cells: ProactiveCell[];
  /** cells are 上一年项目数量 / 本年增/减 / 处理决定数量 (the B-SUCCESSOR hint applies) */
  items?: boolean;
}

const count = (key: MetricKey | null, column: string): ProactiveCell => ({ key, column, kind: 'count' });
const change = (key: MetricKey, column: string): ProactiveCell => ({ key, column, kind: 'change' });

// 行政规范性文件 (2021) and 规范性文件 (2019, and many 2021 reports) are the same row.
const RULES = /规章/;
const NORMATIVE = /规范性文件/;
const HUBEI_EXTRA = /其他主动公开文件/;

export const PROACTIVE_ROWS: Record<TableEra, readonly ProactiveRow[]> = {
  '2019': [
    { id: 'rules', label: '规章', pattern: RULES, cells: [count('rules_new', '本年新制作数量'), count('rules_published', '本年新公开数量'), count('rules_in_force', '对外公开总数量')] },
    { id: 'normative', label: '规范性文件', pattern: NORMATIVE, cells: [count('normative_new', '本年新制作数量'), count('normative_published', '本年新公开数量'), count('normative_in_force', '对外公开总数量')] },
    { id: 'hubei_extra', label: '其他主动公开文件', pattern: HUBEI_EXTRA, cells: [count(null, '本年新制作数量'), count(null, '本年新公开数量'), count(null, '对外公开总数量')] },
    { id: 'licensing', label: '行政许可', pattern: /行政许可/, items: true, cells: [count('licensing_previous', '上一年项目数量'), change('licensing_change', '本年增/减'), count('licensing_decisions', '处理决定数量')] },
    { id: 'other_services', label: '其他对外管理服务事项', pattern: /对外管理服务/, items: true, cells: [count('other_services_previous', '上一年项目数量'), change('other_services_change', '本年增/减'), count('other_services_decisions', '处理决定数量')] },
    { id: 'penalties', label: '行政处罚', pattern: /行政处罚/, items: true, cells: [count('penalties_previous', '上一年项目数量'), change('penalties_change', '本年增/减'), count('penalties_decisions', '处理决定数量')] },
    { id: 'coercion', label: '行政强制', pattern: /行政强制/, items: true, cells: [count('coercion_previous', '上一年项目数量'), change('coercion_change', '本年增/减'), count('coercion_decisions', '处理决定数量')] },
    { id: 'admin_fees', label: '行政事业性收费', pattern: /事业性收费/, cells: [count('admin_fees_previous', '上一年项目数量'), change('admin_fees_change', '本年增/减')] },
    { id: 'procurement', label: '政府集中采购', pattern: /集中采购/, cells: [count('procurement_projects', '采购项目数量'), { key: 'procurement_amount', column: '采购总金额', kind: 'money_yuan' }] },
  ],
  '2021': [
    { id: 'rules', label: '规章', pattern: RULES, cells: [count('rules_new', '本年制发件数'), count('rules_repealed', '本年废止件数'), count('rules_in_force', '现行有效件数')] },
    { id: 'normative', label: '行政规范性文件', pattern: NORMATIVE, cells: [count('normative_new', '本年制发件数'), count('normative_repealed', '本年废止件数'), count('normative_in_force', '现行有效件数')] },
    { id: 'hubei_extra', label: '其他主动公开文件', pattern: HUBEI_EXTRA, cells: [count(null, '本年制发件数'), count(null, '本年废止件数'), count(null, '现行有效件数')] },
    { id: 'licensing', label: '行政许可', pattern: /行政许可/, cells: [count('licensing_decisions', '本年处理决定数量')] },
    { id: 'penalties', label: '行政处罚', pattern: /行政处罚/, cells: [count('penalties_decisions', '本年处理决定数量')] },
    { id: 'coercion', label: '行政强制', pattern: /行政强制/, cells: [count('coercion_decisions', '本年处理决定数量')] },
    { id: 'admin_fees', label: '行政事业性收费', pattern: /事业性收费/, cells: [{ key: 'admin_fees_amount', column: '本年收费金额(万元)', kind: 'money_wan' }] },
  ],
};

/** Header words that only one of the two table-二 versions prints (whitespace-free, folded). */
export const PROACTIVE_ERA_MARKERS: Record<TableEra, RegExp> = {
  '2019': /本年新制作|本年新公开|对外公开总数|上一年项目数|采购项目数|采购总金额/,
  '2021': /本年制发件数|本年废止件数|现行有效件数|本年处理决定|本年收费金额/,
};

/** Where table 二 starts: 第二十条第(一)项 (spaces, full- or half-width brackets tolerated). */
export const PROACTIVE_START = /第\s*二十\s*[条條]\s*第\s*[(（]\s*一\s*[)）]\s*[项項]/;

// ---------------------------------------------------------------------------------------------
// Table 三: 收到和处理政府信息公开申请情况

export const REQUEST_COLUMNS: readonly { key: RequestColumn; label: string }[] = [
  { key: 'natural_person', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legal_services', label: '法律服务机构' },
  { key: 'other_org', label: '其他' },
  { key: 'total', label: '总计' },
];

export interface RequestRow {
  key: string;
  /** the row label as the format prints it (group prefix included where it names the row) */
  label: string;
  pattern: RegExp;
  eras: readonly TableEra[];
}

const BOTH: readonly TableEra[] = ['2019', '2021'];

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

/** Sub-row texts only the 2021 table prints (its three 其他处理 rows). */
export const REQUEST_2021_MARKER = /逾期不补正|收费通知|缴纳费用/;

/** Table 三's caption and first row: where the table starts. */
export const REQUEST_CAPTION = /本列[数數][据據]的勾稽[关關]系/;
export const REQUEST_FIRST_ROW = /(?:[一1]\s*[、.．]\s*)?本年新收/;

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

// ---------------------------------------------------------------------------------------------
// Table 四: 行政复议、行政诉讼 — 3 groups × 5 cells, total = 维持 + 纠正 + 其他 + 尚未审结.

export const APPEAL_GROUPS = [
  { id: 'reconsideration', label: '行政复议' },
  { id: 'direct', label: '未经复议直接起诉' },
  { id: 'after', label: '复议后起诉' },
] as const;

export const APPEAL_COLUMNS = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;

export const APPEAL_RECONSIDERATION_KEYS: readonly MetricKey[] = [
  'reconsideration_upheld', 'reconsideration_corrected', 'reconsideration_other', 'reconsideration_pending',
  'reconsideration_total',
];
/** Litigation metrics are sums of the two lawsuit groups, column by column. */
export const APPEAL_LITIGATION_KEYS: readonly MetricKey[] = [
  'litigation_upheld', 'litigation_corrected', 'litigation_other', 'litigation_pending', 'litigation_total',
];

/** Table 四 starts at 行政复议 (after table 三) or is recognised by 未经复议 in its header. */
export const APPEAL_START = /行政[复復][议議]/;
export const APPEAL_HEADER = /未[经經][复復][议議]|[复復][议議][后後]起[诉訴]/;
/** Header words of table 四; a label made of nothing else does not end the table. */
export const APPEAL_HEADER_WORDS =
  /行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果|维持|纠正|其他|尚未|审结|总计|政府信息公开|情况|数量|含上年度结转|注|[、:,.()（）#\s]/g;
