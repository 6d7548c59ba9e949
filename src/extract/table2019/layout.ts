// The three standard tables of the 2019 (国办公开办函〔2019〕60号) and 2021 (〔2021〕30号) formats,
// written down once as data: row keys, the labels the format prints, the patterns that recognise a
// row in mangled text, which cells each row has and which metric each cell feeds (docs/formats.md §3.2–3.4,
// §4.1). Table 三's columns and rows are domain data (domain/table3.ts, which the checks read too);
// this file adds where that table starts. The parsers read these two files to know what a table looks like.
import type { TableEra } from '../../domain/eras';
import type { MetricKey } from '../types';

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
// Table 三: 收到和处理政府信息公开申请情况 (columns and rows: domain/table3.ts)

/** Sub-row texts only the 2021 table prints (its three 其他处理 rows). */
export const REQUEST_2021_MARKER = /逾期不补正|收费通知|缴纳费用/;

/** Table 三's caption and first row: where the table starts. */
export const REQUEST_CAPTION = /本列[数數][据據]的勾稽[关關]系/;
export const REQUEST_FIRST_ROW = /(?:[一1]\s*[、.．]\s*)?本年新收/;

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
