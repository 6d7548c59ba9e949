// Label-anchored phrases that state a figure in prose (docs/formats.md §2.5, §8.2). Each phrase names
// its metric and either captures a number (group `n`, as parseNumber reads it: 230余, 0.5万, 两) or
// states a zero (未收到…申请, 全年未发生…行政复议, 无…专项经费). Compiled once at module load.
import type { MetricKey } from '../types';

/** Spaces within one line. A phrase never crosses a line break: its excerpt must lie on the line
 * it names, and a heading and the paragraph under it are not one clause. */
const SP = '[^\\S\\n]*';
/** A number as prose writes it, with its qualifiers; never glued to a preceding digit (phone
 * numbers, dates and postcodes have no unit, and a unit is always required after `n`). */
const NUM =
  `(?<![\\d.])(?<n>(?:约|近|大约|将近|接近|逾|超过)?${SP}(?:\\d[\\d,]*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)${SP}(?:余${SP})?万?${SP}(?:余|多)?)`;
/** Characters that may stand between a label and its number within one clause (and one line). */
const GAP = (n: number) => `[^\\d。，,；;:()\\n]{0,${n}}?`;
/** The words between a negation and what it denies (未收到…申请, 没有发生…行政复议): within one clause
 * and never across a section heading run into the text (`…没有收费及减免情况五、因…行政复议` is two
 * sections, the 没有 of the first says nothing about the second). `stop` lists the characters that end
 * the gap besides the line break (digits by default, so a count in between blocks a zero reading). */
const ZGAP = (n: number, stop = '\\d。；;，,') => `(?:(?![一二三四五六七八九十]{1,2}[、．])[^${stop}\\n]){0,${n}}?`;
const TOTAL = `(?:共计|共|总计|合计|为|达到|达|计)?[:：]?${SP}`;

export interface Phrase {
  keys: MetricKey[];
  re: RegExp;
  /** 'number': group n holds the figure; 'zero': the phrase states there were none */
  kind: 'number' | 'zero';
  /** money unit group: figures in 万元 are stored in yuan */
  money?: boolean;
  /** applies to 2008-era reports only (later eras give these figures in their tables) */
  only2008?: boolean;
  /** the sentence must mention one of these (keeps 召开…会议 to disclosure meetings etc.) */
  needs?: RegExp;
  /** an alternative to `needs` tested on the section heading only (a heading can make a sentence's
   * subject clear where the same words in the sentence itself would not) */
  headingNeeds?: RegExp;
  /** the clause around the match must not mention these */
  unless?: RegExp;
  /** figures for this phrase are skipped when the clause before them says 累计/截至 (stock, not flow) */
  flowOnly?: boolean;
  /** a word the document must contain for the phrase to be tried at all (cheap pre-check) */
  gate?: RegExp;
  /** lower tiers win over higher ones whatever their position (a loose paraphrase only counts
   * when the exact label is nowhere in the report) */
  tier?: number;
}

/** Words without which a metric's phrases cannot match (the pre-check before the regexes run). */
const GATES: Partial<Record<MetricKey, RegExp>> = {
  proactive_total: /公开|公布|发布|新增/,
  requests_received: /申请/,
  reconsideration_total: /复议/,
  litigation_total: /诉讼/,
  complaints_total: /举报|投诉/,
  fees_collected: /收/,
  dedicated_units: /专门/,
  reading_points: /查[阅询]/,
  special_funds: /专项经费/,
  meetings: /会/,
  training_sessions: /培训/,
  training_attendees: /培训/,
};

const p = (keys: MetricKey[], src: string, kind: Phrase['kind'], more: Partial<Phrase> = {}): Phrase => ({
  keys,
  re: new RegExp(src.replace(/NUM/g, NUM), 'g'),
  kind,
  gate: GATES[keys[0]],
  ...more,
});

const APPEALS = /复议|诉讼/;
/** a request count that folds in last year's carry-over (收到申请12件（含上年结转2件）) is not the
 * 2019/2021 table's 本年新收 and would contradict it falsely */
const NOT_NEW_REQUESTS = /复议|诉讼|上年结转|含上年/;
/** a top-level heading (四、…) of the section on both kinds of appeal */
const APPEALS_SECTION = /^[一二三四五六七八九十]{1,2}\s*[、.．][^。\n]{0,12}复议[^。\n]{0,8}诉讼/m;
const DISCLOSURE = /信息公开|政务公开|公开工作|依申请/;
const NEG = '(?<!尚)(?:未|没有|无)(?!经)';
/** a request figure must be about disclosure requests (not 行政服务中心…受理申请121510件) */
const ABOUT_REQUESTS = /信息公开|依申请/;
/** 2021 table 三's label 逾期未按收费通知要求缴纳费用 is not a statement about fees */
const FEE_NOTICE = /按收费|缴纳/;
/** what makes a fee sentence about disclosure fees: its own words or its section heading
 * (四、收费及减免情况 is the statutory section on disclosure fees, 政府信息公开的收费及减免情况) */
const FEE_SUBJECT = /信息公开|申请|信息处理费|收费及减免/;
/** a statement of appeal rights (可依法申请行政复议), not of appeals */
const RIGHTS = /可以?(?:依法)?(?:申请|提起|向)|有权/;

export const PHRASES: readonly Phrase[] = [
  // 主动公开 — the annual count (cumulative stock is left out)
  p(['proactive_total'], `(?<![应他它])主动${GAP(20)}(?:公开|发布)${GAP(16)}(?:信息|文件)数?${TOTAL}NUM${SP}(?:条|件|篇)`, 'number', { flowOnly: true }),
  // 全年政府信息主动公开64条: the verb straight before the number, no 信息 after it
  p(['proactive_total'], `(?<![应他它])主动(?:公开|发布)了?${TOTAL}NUM${SP}(?:条|件|篇)`, 'number', { flowOnly: true }),
  p(['proactive_total'], `(?:共|全年)(?:公开|公布|发布)了?(?:各类)?(?:政府|政务)?信息${TOTAL}NUM${SP}条`, 'number', { flowOnly: true, tier: 1 }),
  p(['proactive_total'], `(?:今年|本年度?|全年|当年|年内)?新增(?:主动公开)?(?:政府信息|信息)?${SP}NUM${SP}条`, 'number', {
    needs: /主动公开/,
  }),
  // 依申请公开 — read in every era: from 2019 the table carries the figure, and a sentence that says
  // otherwise (全年新收申请8件 beside a table of 6) is what PROSE-TABLE-MISMATCH reports. Only requests
  // *received* count: 依申请公开政府信息24条 / 依申请公开130条 count items of information released on
  // request (no verb of receiving), so no phrase here can read them.
  p(['requests_received'], `(?:收到|受理|接到|接收)${GAP(20)}申请(?:公开)?(?:的)?(?:事项|信息)?(?:的?(?:数量|总数|件数))?${TOTAL}NUM${SP}(?:件|条|宗|份|个|项)`, 'number', {
    unless: NOT_NEW_REQUESTS, flowOnly: true, needs: ABOUT_REQUESTS,
  }),
  p(['requests_received'], `(?:收到|受理|接到)${SP}NUM${SP}(?:件|条|宗|份|个)${GAP(12)}申请`, 'number', {
    unless: NOT_NEW_REQUESTS, needs: ABOUT_REQUESTS,
  }),
  p(['requests_received'], `受理(?:政府)?信息公开(?:申请)?${SP}NUM${SP}(?:件|条)`, 'number', { unless: NOT_NEW_REQUESTS }),
  p(['requests_received'], `${NEG}(?:收到|接到|接收到|受理|收到过)${ZGAP(30, '。，,；;')}申请`, 'zero', { unless: APPEALS }),
  // 行政复议、行政诉讼 — every era (the 2019/2021 table 四 carries them). The sentence or its section
  // heading must be about disclosure: a justice bureau's 办理行政复议案件120件 is its casework.
  p(['reconsideration_total'], `(?:行政复议|复议)(?:案件|申请)?${TOTAL}NUM${SP}(?:件|起|宗)`, 'number', { needs: DISCLOSURE }),
  p(['reconsideration_total'], `(?:收到|发生|受理|有)${SP}NUM${SP}(?:件|起|份|宗)${GAP(20)}行政复议`, 'number', { needs: DISCLOSURE }),
  p(['litigation_total'], `行政诉讼(?:案件)?${TOTAL}NUM${SP}(?:件|起|宗)`, 'number', { needs: DISCLOSURE }),
  // A denial under the report's own appeals section (四、行政复议和诉讼情况 ⏎ 我局未收到申请行政复议…) is
  // about disclosure appeals: that top-level section, naming both appeals, is the statutory one.
  p(['reconsideration_total'], `${NEG}(?:发生|收到|接到|出现|受理|因)?${ZGAP(30)}(?:行政复议|复议)`, 'zero', {
    needs: DISCLOSURE, headingNeeds: APPEALS_SECTION, unless: RIGHTS,
  }),
  p(['litigation_total'], `${NEG}(?:发生|收到|接到|出现|受理|因)?${ZGAP(40)}诉讼`, 'zero', {
    needs: DISCLOSURE, headingNeeds: APPEALS_SECTION, unless: RIGHTS,
  }),
  // 举报投诉: a 2008 table row only
  p(['complaints_total'], `(?:举报投诉|投诉举报)(?:数量|案件)?${TOTAL}NUM${SP}(?:件|起|次)`, 'number', { only2008: true }),
  p(['complaints_total'], `${NEG}(?:发生|收到|接到)?${ZGAP(30)}(?:举报投诉|投诉举报)`, 'zero', { only2008: true, needs: DISCLOSURE }),
  // 收费
  p(['fees_collected'], `收取(?:的)?${GAP(12)}费(?:用)?${TOTAL}NUM${SP}(?<unit>万元|元)`, 'number', {
    money: true, needs: FEE_SUBJECT,
  }),
  // 未收取任何费用, and with the payer between: 未向公民、法人或其他组织收取任何费用
  p(['fees_collected'], `${NEG}(?:向${ZGAP(24, '。；;')})?(?:收取|收)(?:任何)?${ZGAP(20, '。；;，,')}费`, 'zero', {
    needs: FEE_SUBJECT, unless: FEE_NOTICE,
  }),
  p(['fees_collected'], `(?:没有|未|无)(?:发生)?${ZGAP(16)}收费(?:情况|行为)?`, 'zero', {
    needs: FEE_SUBJECT, unless: FEE_NOTICE, gate: /收费/,
  }),
  p(['fees_collected'], `暂不收费|不收取(?:任何)?费用`, 'zero', { needs: FEE_SUBJECT }),
  // 本年度没有产生信息公开处理费 (the 2021 format's 信息处理费)
  p(['fees_collected'], `${NEG}(?:产生|发生)(?:过)?(?:任何)?${ZGAP(12, '\\d。；;，,')}处理费`, 'zero', { needs: FEE_SUBJECT, unless: FEE_NOTICE, gate: /处理费/ }),
  // 机构、查阅点、人员、经费
  p(['dedicated_units'], `专门(?:工作)?机构${TOTAL}NUM${SP}个`, 'number'),
  p(['reading_points'], `查[阅询](?:点|场所|室|中心)${TOTAL}NUM${SP}(?:个|处)`, 'number'),
  // anchored on the verb: a pattern that starts with the number would be tried at every character
  p(['reading_points'], `(?:设立|设置|建立|建成|设有|共有)了?${GAP(10)}NUM${SP}(?:个|处)${GAP(8)}查[阅询](?:点|场所|室)`, 'number'),
  p(['special_funds'], `专项经费(?:投入)?${TOTAL}NUM${SP}(?<unit>万元|元)`, 'number', { money: true }),
  p(['special_funds'], `(?:无|没有|未安排|未设立?|未列支)${GAP(12)}专项经费`, 'zero'),
  // 信息公开工作经费0.5万元 — a work budget counts only in a sentence about disclosure work (not 三公经费)
  p(['special_funds'], `(?:公开)?工作经费(?:投入)?${TOTAL}NUM${SP}(?<unit>万元|元)`, 'number', { money: true, needs: DISCLOSURE, gate: /工作经费/, tier: 1 }),
  // 会议、培训
  p(['meetings'], `召开${GAP(20)}(?:会议|专题会)${TOTAL}NUM${SP}次`, 'number', { needs: DISCLOSURE }),
  p(['meetings'], `(?:召开|开展|组织|举行)了?${SP}NUM${SP}次${GAP(16)}会议`, 'number', { needs: DISCLOSURE }),
  p(['training_sessions'], `举办${GAP(16)}培训(?:班|会)?${TOTAL}NUM${SP}(?:次|期|场|个)`, 'number'),
  p(['training_sessions'], `培训班${SP}NUM${SP}(?:次|期|场|个)`, 'number'),
  p(['training_sessions'], `(?:举办|开展|组织)了?${SP}NUM${SP}(?:次|期|场)${GAP(16)}培训`, 'number'),
  p(['training_attendees'], `培训${GAP(16)}(?:人员|人数)?数?${TOTAL}NUM${SP}(?:人次|人|名)`, 'number'),
];
