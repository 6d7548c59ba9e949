// Label-anchored phrases that state a figure in prose (formats.md §2.5, §7.4). Each phrase names
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
const DISCLOSURE = /信息公开|政务公开|公开工作|依申请/;
const NEG = '(?<!尚)(?:未|没有|无)(?!经)';
/** a request figure must be about disclosure requests (not 行政服务中心…受理申请121510件) */
const ABOUT_REQUESTS = /信息公开|依申请/;
/** 2021 table 三's label 逾期未按收费通知要求缴纳费用 is not a statement about fees */
const FEE_NOTICE = /按收费|缴纳/;
/** a statement of appeal rights (可依法申请行政复议), not of appeals */
const RIGHTS = /可以?(?:依法)?(?:申请|提起|向)|有权/;

export const PHRASES: readonly Phrase[] = [
  // 主动公开 — the annual count (cumulative stock is left out)
  p(['proactive_total'], `(?<![应他它])主动${GAP(20)}(?:公开|发布)${GAP(16)}(?:信息|文件)数?${TOTAL}NUM${SP}(?:条|件|篇)`, 'number', { flowOnly: true }),
  p(['proactive_total'], `(?:共|全年)(?:公开|公布|发布)了?(?:各类)?(?:政府|政务)?信息${TOTAL}NUM${SP}条`, 'number', { flowOnly: true, tier: 1 }),
  p(['proactive_total'], `(?:今年|本年度?|全年|当年|年内)?新增(?:主动公开)?(?:政府信息|信息)?${SP}NUM${SP}条`, 'number', {
    needs: /主动公开/,
  }),
  // 依申请公开
  p(['requests_received'], `(?:收到|受理|接到|接收)${GAP(20)}申请(?:公开)?(?:的)?(?:事项|信息)?${TOTAL}NUM${SP}(?:件|条|宗|份|个)`, 'number', {
    only2008: true, unless: APPEALS, flowOnly: true, needs: ABOUT_REQUESTS,
  }),
  p(['requests_received'], `(?:收到|受理|接到)${SP}NUM${SP}(?:件|条|宗|份|个)${GAP(12)}申请`, 'number', {
    only2008: true, unless: APPEALS, needs: ABOUT_REQUESTS,
  }),
  p(['requests_received'], `受理(?:政府)?信息公开(?:申请)?${SP}NUM${SP}(?:件|条)`, 'number', { only2008: true, unless: APPEALS }),
  p(['requests_received'], `${NEG}(?:收到|接到|接收到|受理|收到过)[^。，,；;\\n]{0,30}?申请`, 'zero', { only2008: true, unless: APPEALS }),
  // 行政复议、行政诉讼、举报投诉
  p(['reconsideration_total'], `(?:行政复议|复议)(?:案件|申请)?${TOTAL}NUM${SP}(?:件|起|宗)`, 'number', { only2008: true }),
  p(['reconsideration_total'], `(?:收到|发生|受理)${SP}NUM${SP}(?:件|起|份|宗)${GAP(20)}行政复议`, 'number', { only2008: true }),
  p(['litigation_total'], `行政诉讼(?:案件)?${TOTAL}NUM${SP}(?:件|起|宗)`, 'number', { only2008: true }),
  p(['reconsideration_total'], `${NEG}(?:发生|收到|接到|出现|受理|因)?[^\\d。；;，,\\n]{0,30}?(?:行政复议|复议)`, 'zero', {
    only2008: true, needs: DISCLOSURE, unless: RIGHTS,
  }),
  p(['litigation_total'], `${NEG}(?:发生|收到|接到|出现|受理|因)?[^\\d。；;，,\\n]{0,40}?诉讼`, 'zero', { only2008: true, needs: DISCLOSURE, unless: RIGHTS }),
  p(['complaints_total'], `(?:举报投诉|投诉举报)(?:数量|案件)?${TOTAL}NUM${SP}(?:件|起|次)`, 'number', { only2008: true }),
  p(['complaints_total'], `${NEG}(?:发生|收到|接到)?[^\\d。；;，,\\n]{0,30}?(?:举报投诉|投诉举报)`, 'zero', { only2008: true, needs: DISCLOSURE }),
  // 收费
  p(['fees_collected'], `收取(?:的)?${GAP(12)}费(?:用)?${TOTAL}NUM${SP}(?<unit>万元|元)`, 'number', {
    money: true, needs: /信息公开|申请|信息处理费/,
  }),
  p(['fees_collected'], `${NEG}(?:收取|收)(?:任何)?[^。；;，,\\n]{0,20}?费`, 'zero', {
    needs: /信息公开|申请|信息处理费/, unless: FEE_NOTICE,
  }),
  p(['fees_collected'], `(?:没有|未)(?:发生)?[^\\d。；;，,\\n]{0,16}?收费(?:情况|行为)?`, 'zero', {
    needs: /信息公开|申请/, unless: FEE_NOTICE, gate: /收费/,
  }),
  p(['fees_collected'], `暂不收费|不收取(?:任何)?费用`, 'zero', { needs: /信息公开|申请/ }),
  // 机构、查阅点、人员、经费
  p(['dedicated_units'], `专门(?:工作)?机构${TOTAL}NUM${SP}个`, 'number'),
  p(['reading_points'], `查[阅询](?:点|场所|室|中心)${TOTAL}NUM${SP}(?:个|处)`, 'number'),
  // anchored on the verb: a pattern that starts with the number would be tried at every character
  p(['reading_points'], `(?:设立|设置|建立|建成|设有|共有)了?${GAP(10)}NUM${SP}(?:个|处)${GAP(8)}查[阅询](?:点|场所|室)`, 'number'),
  p(['special_funds'], `专项经费(?:投入)?${TOTAL}NUM${SP}(?<unit>万元|元)`, 'number', { money: true }),
  p(['special_funds'], `(?:无|没有|未安排|未设立?|未列支)${GAP(12)}专项经费`, 'zero'),
  // 会议、培训
  p(['meetings'], `召开${GAP(20)}(?:会议|专题会)${TOTAL}NUM${SP}次`, 'number', { needs: DISCLOSURE }),
  p(['meetings'], `(?:召开|开展|组织|举行)了?${SP}NUM${SP}次${GAP(16)}会议`, 'number', { needs: DISCLOSURE }),
  p(['training_sessions'], `举办${GAP(16)}培训(?:班|会)?${TOTAL}NUM${SP}(?:次|期|场|个)`, 'number'),
  p(['training_sessions'], `培训班${SP}NUM${SP}(?:次|期|场|个)`, 'number'),
  p(['training_sessions'], `(?:举办|开展|组织)了?${SP}NUM${SP}(?:次|期|场)${GAP(16)}培训`, 'number'),
  p(['training_attendees'], `培训${GAP(16)}(?:人员|人数)?数?${TOTAL}NUM${SP}(?:人次|人|名)`, 'number'),
];
