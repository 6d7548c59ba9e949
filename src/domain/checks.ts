// Every finding code the checks can emit, with its default severity and a description in Chinese
// and English. Data, not code: the app's legend, the CSV docs and the inspectors read this table.
// A code with the suffix `-UNVERIFIED` (see `unverifiedCode`) is the "cannot verify" twin of a rule:
// the rule touched a blank or n/a cell, so it neither passes nor fails.
// Read by the extractor's checks, the data layer (the compliance scorecard) and the app (legend).

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a check is about: the compliance scorecard's columns read this, not code patterns. */
export type CheckFacet = 'timeliness' | 'sections' | 'balance' | 'prose' | 'copied' | 'identity' | 'cells' | 'other';

export interface CheckDef {
  code: string;
  facet: CheckFacet;
  severity: Severity;
  zh: string;
  en: string;
}

const DEFS: CheckDef[] = [
  // merge
  { code: 'PROSE-TABLE-MISMATCH', facet: 'prose', severity: 'warning', zh: '正文数字与统计表不一致', en: 'A figure stated in the prose differs from the table' },
  // 2008-era statistical table (docs/formats.md §2.4)
  { code: 'A1-APP-CHANNELS', facet: 'balance', severity: 'error', zh: '收到申请数不等于各申请渠道之和', en: 'Requests received ≠ sum of the four channels' },
  { code: 'A1-APP-CLOSED', facet: 'balance', severity: 'error', zh: '申请办结数不等于按时办结与延期办结之和', en: 'Requests completed ≠ on time + extended' },
  { code: 'A1-APP-ANSWERS', facet: 'balance', severity: 'error', zh: '申请答复数不等于八类答复之和', en: 'Requests answered ≠ sum of the eight answer types' },
  { code: 'A1-REFUSAL-REASONS', facet: 'balance', severity: 'warning', zh: '不同意公开答复数小于各不公开理由之和', en: 'Denials < sum of the refusal reasons' },
  { code: 'A1-REVIEW', facet: 'balance', severity: 'error', zh: '行政复议数量不等于各结果之和', en: 'Reconsiderations ≠ sum of their results' },
  { code: 'A1-LITIGATION', facet: 'balance', severity: 'error', zh: '行政诉讼数量不等于各结果之和', en: 'Lawsuits ≠ sum of their results' },
  { code: 'A1-STAFF', facet: 'balance', severity: 'error', zh: '工作人员数不等于专职与兼职之和', en: 'Staff ≠ full-time + part-time' },
  { code: 'A1-LEADER-PRESS', facet: 'balance', severity: 'error', zh: '主要负责同志参加次数大于总次数', en: 'Events attended by the head exceed all events' },
  { code: 'A1-NORMATIVE', facet: 'balance', severity: 'warning', zh: '主动公开规范性文件数超过主动公开总数或制发总数', en: 'Normative documents disclosed exceed the total disclosed or issued' },
  { code: 'A1-CHANNEL-BOUNDS', facet: 'balance', severity: 'warning', zh: '主动公开总数不在各渠道数的合理范围内', en: 'Items disclosed outside the bounds set by the channels' },
  { code: 'A1-ANSWERS-VS-CLOSED', facet: 'balance', severity: 'info', zh: '申请答复数与申请办结数不同', en: 'Requests answered differ from requests completed' },
  { code: 'A1-TRAINING', facet: 'balance', severity: 'info', zh: '接受培训人次少于培训班数', en: 'Training attendances fewer than sessions' },
  // 2019/2021 table 二
  { code: 'B-SUCCESSOR', facet: 'balance', severity: 'warning', zh: '处理决定数量等于上一年项目数量加本年增减，疑似填错列', en: 'Decisions equal last year’s items plus the change: likely column misuse' },
  { code: 'B-REG-STOCK', facet: 'balance', severity: 'warning', zh: '本年新公开数量大于对外公开总数量', en: 'Newly published exceeds the total published' },
  // 2019/2021 table 三
  { code: 'T3-ROW-TOTAL', facet: 'balance', severity: 'error', zh: '表三总计列不等于各申请人列之和', en: 'Table 3 total column ≠ sum of the applicant columns' },
  { code: 'T3-BALANCE', facet: 'balance', severity: 'error', zh: '表三勾稽关系不成立（一＋二≠三＋四）', en: 'Table 3 does not balance (new + carried over ≠ handled + carried forward)' },
  { code: 'T3-RESULT-SUM', facet: 'balance', severity: 'error', zh: '表三办理结果之和不等于（七）总计', en: 'Table 3 outcomes do not add up to total (七)' },
  { code: 'T3-NONNEG', facet: 'balance', severity: 'error', zh: '表三出现负数或非整数', en: 'Table 3 has a negative or fractional cell' },
  // table 四
  { code: 'T4-GROUP-SUM', facet: 'balance', severity: 'error', zh: '表四总计不等于各结果之和', en: 'Table 4 total ≠ sum of its results' },
  { code: 'T2-NONNEG', facet: 'balance', severity: 'error', zh: '表二出现负数或非整数计数', en: 'Table 2 has a negative amount or a negative or fractional count' },
  { code: 'T4-NONNEG', facet: 'balance', severity: 'error', zh: '表四出现负数或非整数', en: 'Table 4 has a negative or fractional cell' },
  { code: 'TABLE-BLANK-CELLS', facet: 'cells', severity: 'warning', zh: '表三或表四有单元格空白或为“/”（应填数字，无则填0）', en: 'Table 3 or 4 has cells left empty or "/" (a number, 0 for none, belongs there)' },
  // prose, structure, identity
  { code: 'EV-08', facet: 'prose', severity: 'warning', zh: '正文分项数字之和与总数不符', en: 'A prose breakdown does not add up to its total' },
  { code: 'SECTIONS-A', facet: 'sections', severity: 'warning', zh: '缺少法定报告内容', en: 'A statutory topic of the report is missing' },
  { code: 'EV-04', facet: 'sections', severity: 'error', zh: '缺少规定的章节', en: 'A required section is missing' },
  { code: 'EV-05', facet: 'sections', severity: 'error', zh: '缺少规定的统计表', en: 'A required table is missing' },
  { code: 'TRUNCATED', facet: 'sections', severity: 'warning', zh: '文本不完整，疑似被截断', en: 'The document ends early (truncated)' },
  { code: 'SECTION-EMPTY', facet: 'sections', severity: 'warning', zh: '“存在的主要问题及改进情况”部分无实质内容', en: 'The problems-and-improvements section says nothing (无, 暂无问题)' },
  { code: 'EV-13', facet: 'sections', severity: 'error', zh: '含有模板占位符', en: 'Placeholder text (xxxx, xx.x%) instead of facts' },
  { code: 'EV-12', facet: 'identity', severity: 'warning', zh: '报告中出现其他机关的名称', en: 'The report names another agency as its author' },
  { code: 'PERIOD-FULL-YEAR', facet: 'identity', severity: 'warning', zh: '统计期限不是完整的自然年', en: 'The statistical period is not the full calendar year' },
  { code: 'PERIOD-NOT-STATED', facet: 'identity', severity: 'info', zh: '未说明统计期限', en: 'The statistical period is not stated' },
  { code: 'YEAR-CONSISTENT', facet: 'identity', severity: 'warning', zh: '标题年份与统计期限年份不一致', en: 'Title year and period year disagree' },
  { code: 'FMT-ERA-MISMATCH', facet: 'identity', severity: 'warning', zh: '采用的格式与报告年度不符', en: 'The format does not match the report year' },
  { code: 'EV-01', facet: 'timeliness', severity: 'error', zh: '未按时发布年度报告', en: 'The report was not published on time' },
  { code: 'EV-15', facet: 'sections', severity: 'info', zh: '未说明是否收取信息处理费', en: 'Does not say whether information-processing fees were charged' },
  // cells the table parsers could not settle (table2008/, table2019/)
  { code: 'CELL-AMBIGUOUS', facet: 'cells', severity: 'warning', zh: '单元格数字粘连，按表内勾稽关系可有多种拆分，未采用', en: 'Run-together cell digits admit several splits under the table’s own rules; no figure taken' },
  { code: 'CELL-UNREADABLE', facet: 'cells', severity: 'warning', zh: '单元格无法可靠读取', en: 'A table cell could not be read reliably' },
  { code: 'CELL-SPLIT-HINT', facet: 'cells', severity: 'info', zh: '粘连数字按“上一年项目数量＋本年增减＝处理决定数量”拆分', en: 'Run-together digits split by the last-year + change = decisions pattern' },
  { code: 'CELL-MISSING-INFERRED', facet: 'cells', severity: 'info', zh: '表格某行少印一个单元格，按表内勾稽关系确定其余单元格', en: 'A table row prints one cell too few; its cells were placed by the table’s own identities' },
  // across reports of one agency
  { code: 'T3-CARRY-CHAIN', facet: 'balance', severity: 'warning', zh: '上年结转数与上一年度报告的结转下年度数不一致', en: 'Carried over ≠ last year’s carried forward' },
  { code: 'C-VALID-CHAIN', facet: 'balance', severity: 'warning', zh: '现行有效件数与上年现行有效件数及本年制发、废止不衔接', en: 'Documents in force do not follow from last year' },
  { code: 'EV-09-SWING', facet: 'other', severity: 'info', zh: '与上年相比变化异常大', en: 'Unusually large change from the previous year' },
  // hostile input: what the text stages cut to stay linear (src/extract/text/inputCuts.ts)
  { code: 'INPUT-NESTING-CUT', facet: 'other', severity: 'warning', zh: 'HTML 嵌套过深，超出部分的标签未按结构读取', en: 'HTML nested too deep; tags beyond the limit were not read as structure' },
  { code: 'INPUT-TAGS-CUT', facet: 'other', severity: 'warning', zh: 'HTML 元素过多，超出部分的标签未按结构读取', en: 'Too many HTML elements; tags beyond the limit were not read as structure' },
  { code: 'INPUT-SPAN-CUT', facet: 'cells', severity: 'warning', zh: '表格跨行跨列超出限度，已截断', en: 'Table spans beyond the limits were cut' },
  { code: 'INPUT-ROW-CELLS-CUT', facet: 'cells', severity: 'warning', zh: '表格一行单元格过多，按普通文字读取', en: 'A table row has too many cells; the table was read as plain lines' },
  { code: 'INPUT-LINE-CUT', facet: 'other', severity: 'warning', zh: '文本行过长，已分成多行', en: 'Overlong text lines were broken into several' },
  { code: 'CHECK-FAILED', facet: 'other', severity: 'info', zh: '某项检查未能运行', en: 'A check could not run on this document' },
  { code: 'EV-10', facet: 'copied', severity: 'warning', zh: '内容与上年度报告雷同', en: 'Text nearly identical to the previous year’s report' },
  { code: 'SAME-YEAR-TWICE', facet: 'identity', severity: 'warning', zh: '同一机构同一年度有两份不同的报告', en: 'Two different reports of one agency for the same year' },
];

export const CHECKS: ReadonlyMap<string, CheckDef> = new Map(DEFS.map((d) => [d.code, d]));

const UNVERIFIED = '-UNVERIFIED';

/** The "cannot verify" code of a rule. */
export function unverifiedCode(code: string): string {
  return code + UNVERIFIED;
}

/** The registry entry of a code, including `-UNVERIFIED` twins (always info). */
export function checkDef(code: string): CheckDef | undefined {
  const d = CHECKS.get(code);
  if (d) return d;
  if (code.endsWith(UNVERIFIED)) {
    const base = CHECKS.get(code.slice(0, -UNVERIFIED.length));
    if (base) {
      return { code, facet: base.facet, severity: 'info', zh: `无法核验：${base.zh}`, en: `Cannot verify: ${base.en}` };
    }
  }
  return undefined;
}

/** The codes of one facet (without their `-UNVERIFIED` twins, which are info and never fail a report). */
export function codesOfFacet(facet: CheckFacet): string[] {
  return DEFS.filter((d) => d.facet === facet).map((d) => d.code);
}
