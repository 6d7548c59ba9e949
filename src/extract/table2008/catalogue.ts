// The rows of the 2008-era statistical tables, as data: the national 政府信息公开情况统计表 (A1,
// 国办发〔2014〕32号, docs/formats.md §2.3) and the rows of the older local tables (A0, §2.2: Fujian/Pingtan
// and Gansu models) whose labels map obviously onto the same metrics. Rows without a metric key are
// listed too: they bound their neighbours' cells (a value must never slide into the row above) and
// some take part in the table's sums (e-mail requests, other answers).
//
// `label` is a regex fragment for the row's core text, after any numbering (一、 (一) 1. 其中:),
// which the matcher adds. Labels are matched on normalised text (half-width punctuation).
import type { MetricKey } from '../types';

/** The row's printed unit: money rows are in 万元 in the national table. */
export type RowUnit = '条' | '件' | '个' | '人' | '次' | '人次' | '篇' | '万元' | '元' | '——';

/** Rows whose key depends on the group they sit in (四 行政复议 vs 五 行政诉讼). */
export type Section = 'reconsideration' | 'litigation';

export interface CatalogueRow {
  /** stable id used by the table's rules (sums, bounds) */
  id: string;
  label: string;
  unit: RowUnit;
  /** metric key, or per-section keys, or null for rows that are read but not reported */
  key: MetricKey | Partial<Record<Section, MetricKey>> | null;
  /** a row that opens a section (later section-dependent rows take that section's key) */
  opens?: Section;
  /** a row inside a section that does not end it (五's own 维持…驳回… row) */
  within?: Section;
  /** a group heading: no value of its own */
  group?: true;
}

export const STAT_ROWS: readonly CatalogueRow[] = [
  // 一、主动公开情况
  { id: 'g_proactive', label: '主动公开情况', unit: '——', key: null, group: true },
  { id: 'proactive_fulltext', label: '全文电子化的主动公开信息数', unit: '条', key: null },
  { id: 'proactive_total', label: '主动公开(?:政府)?(?:信息|文件)(?:总)?数', unit: '条', key: 'proactive_total' },
  { id: 'proactive_normative', label: '主动公开规范性文件数', unit: '条', key: 'proactive_normative_docs' },
  { id: 'normative_issued', label: '制发规范性文件总数', unit: '件', key: 'normative_docs_issued' },
  { id: 'normative_new_a0', label: '新增的行政规范性文件数', unit: '件', key: null },
  { id: 'g_channels', label: '通过不同渠道和方式公开政府信息的情况', unit: '——', key: null, group: true },
  { id: 'via_gazette', label: '政府公报公开(?:政府信息)?数?', unit: '条', key: 'proactive_via_gazette' },
  { id: 'via_website', label: '(?:政府)?网站公开(?:政府信息)?数?', unit: '条', key: 'proactive_via_website' },
  { id: 'via_weibo', label: '政务微博公开政府信息数', unit: '条', key: 'proactive_via_weibo' },
  { id: 'via_wechat', label: '政务微信公开政府信息数', unit: '条', key: 'proactive_via_wechat' },
  { id: 'via_other', label: '其他方式公开政府信息数', unit: '条', key: 'proactive_via_other' },
  // Gansu model rows that are not metrics here
  { id: 'service_info_a0', label: '提供服务类信息数', unit: '条', key: null },
  { id: 'page_views_a0', label: '网站专栏页面访问量', unit: '人次', key: null },
  { id: 'visitors_a0', label: '现场接待人数', unit: '人次', key: null },
  { id: 'online_queries_a0', label: '网上咨询数', unit: '条', key: null },
  { id: 'phone_queries_a0', label: '咨询电话接听数', unit: '条', key: null },
  { id: 'request_catalogue_a0', label: '依申请公开信息目录数', unit: '条', key: null },
  // 二、回应解读情况
  { id: 'g_responses', label: '回应解读情况', unit: '——', key: null, group: true },
  { id: 'responses_hotspots', label: '回应公众关注热点或重大舆情数', unit: '次', key: 'responses_hotspots' },
  { id: 'g_response_channels', label: '通过不同渠道和方式回应解读的情况', unit: '——', key: null, group: true },
  { id: 'press', label: '参加或举办新闻发布会总次数', unit: '次', key: 'press_conferences' },
  { id: 'press_head', label: '主要负责同志参加新闻发布会次数', unit: '次', key: 'press_conferences_by_head' },
  { id: 'interviews', label: '政府网站在线访谈次数', unit: '次', key: 'online_interviews' },
  { id: 'interviews_head', label: '主要负责同志参加政府网站在线访谈次数', unit: '次', key: 'online_interviews_by_head' },
  { id: 'interpretations', label: '政策解读稿件发布数', unit: '篇', key: 'policy_interpretations' },
  { id: 'responses_weibo_wechat', label: '微博微信回应事件数', unit: '次', key: 'responses_weibo_wechat' },
  { id: 'responses_other', label: '其他方式回应事件数', unit: '次', key: 'responses_other' },
  // 三、依申请公开情况
  { id: 'g_requests', label: '依申请公开情况', unit: '——', key: null, group: true },
  {
    id: 'received',
    label: '(?:收到申请|受理(?:政府信息)?依申请公开(?:信息)?总|申请总|正式受理政府信息公开申请)数',
    unit: '件',
    key: 'requests_received',
  },
  { id: 'recv_in_person', label: '当面申请数', unit: '件', key: 'requests_received_in_person' },
  { id: 'recv_letter_fax', label: '信函、传真申请数', unit: '件', key: null },
  { id: 'recv_fax', label: '传真申请数', unit: '件', key: 'requests_received_by_fax' },
  { id: 'recv_email', label: '电子邮件申请数', unit: '件', key: null },
  { id: 'recv_online', label: '网[络上站]申请数', unit: '件', key: 'requests_received_online' },
  { id: 'recv_letter', label: '信函申请数', unit: '件', key: 'requests_received_by_letter' },
  { id: 'recv_other', label: '其[他它]形式申请数', unit: '件', key: null },
  { id: 'completed', label: '申请办结数', unit: '件', key: 'requests_completed' },
  { id: 'completed_on_time', label: '按时办结数', unit: '件', key: 'requests_completed_on_time' },
  { id: 'completed_extended', label: '延期办结数', unit: '件', key: 'requests_completed_extended' },
  { id: 'answered', label: '(?:申请答复|对(?:依)?申请(?:公开)?的答复总?)数', unit: '件', key: 'requests_answered' },
  { id: 'ans_public', label: '属于已主动公开范围数', unit: '件', key: 'answered_already_public' },
  { id: 'ans_denied', label: '(?:不同意|否决|不予)公开答复总?数', unit: '件', key: 'answered_denied' },
  { id: 'ans_partial', label: '同意部分公开(?:答复数)?', unit: '件', key: 'answered_partially_granted' },
  { id: 'ans_granted', label: '同意公开(?:答复数)?', unit: '件', key: 'answered_granted' },
  { id: 'deny_secret', label: '涉及国家秘密', unit: '件', key: null },
  { id: 'deny_business', label: '涉及商业秘密', unit: '件', key: null },
  { id: 'deny_privacy', label: '涉及个人隐私', unit: '件', key: null },
  { id: 'deny_security', label: '危及国家安全、公共安全、经济安全和社会稳定', unit: '件', key: null },
  { id: 'deny_not_info', label: '不是《条例》所指政府信息', unit: '件', key: null },
  { id: 'deny_law', label: '法律、法规规定的其他情形', unit: '件', key: null },
  { id: 'ans_not_agency', label: '不属于本行政机关公开数', unit: '件', key: 'answered_not_this_agency' },
  { id: 'ans_not_exist', label: '申请信息不存在数', unit: '件', key: 'answered_not_exist' },
  { id: 'ans_clarify', label: '告知作出更改补充数', unit: '件', key: 'answered_clarify' },
  { id: 'ans_other_channel', label: '告知通过其他途径办理数', unit: '件', key: 'answered_other_channel' },
  { id: 'ans_other_type', label: '其[他它]类型答复数', unit: '件', key: null },
  // Fujian county model (指标名称 | 单位 | 数量, 2011–2013): 正式受理…申请数, then 在办 / 办结, then
  // 同意提供 / 拒绝提供 and the refusal reasons. 拒绝提供 counts 信息不存在 and 描述不清 too, which the
  // national table keeps apart from 不予公开, so it reports under no key; 同意提供 is 同意公开.
  // The unit 件 follows the label directly, which the lookahead requires (the words alone are prose).
  { id: 'pending_a0', label: '在办(?=件)', unit: '件', key: null },
  { id: 'done_a0', label: '办结(?=件)', unit: '件', key: null },
  { id: 'ans_granted_a0', label: '同意提供(?=件)', unit: '件', key: 'answered_granted' },
  { id: 'refused_a0', label: '拒绝提供(?=件)', unit: '件', key: null },
  { id: 'deny_a0_secret', label: '信息涉密(?=件)', unit: '件', key: null },
  { id: 'deny_a0_vague', label: '信息描述不清(?=件)', unit: '件', key: null },
  { id: 'deny_a0_excess', label: '超出合理需要(?=件)', unit: '件', key: null },
  { id: 'deny_a0_third', label: '第三方不同意(?=件)', unit: '件', key: null },
  { id: 'query_points_a0', label: '政府信息公开查询点(?:受理查询)?数', unit: '件', key: null },
  { id: 'queries_a0', label: '政府信息咨询数', unit: '件', key: null },
  // Gansu refusal reasons (read so their cells stay theirs)
  { id: 'deny_a0_not_info', label: '非《(?:规定|条例)》所指政府信息', unit: '件', key: null },
  { id: 'deny_a0_not_exist', label: '信息不存在', unit: '件', key: null },
  { id: 'deny_a0_not_held', label: '非本部门掌握', unit: '件', key: null },
  { id: 'deny_a0_unclear', label: '申请内容不明确', unit: '件', key: null },
  { id: 'deny_a0_exempt', label: '免予公开范围\\d', unit: '件', key: null },
  { id: 'deny_a0_other', label: '其[它他]原因', unit: '件', key: null },
  // 四、行政复议 / 五、行政诉讼 / 六、举报投诉
  { id: 'recon_total', label: '行政复议数量?', unit: '件', key: 'reconsideration_total', opens: 'reconsideration' },
  { id: 'lit_total', label: '行政诉讼数量?', unit: '件', key: 'litigation_total', opens: 'litigation' },
  { id: 'lit_upheld', label: '维持具体行政行为或者驳回原告诉讼请求数', unit: '件', key: 'litigation_upheld', within: 'litigation' },
  {
    id: 'upheld',
    label: '维持具体行政行为数',
    unit: '件',
    key: { reconsideration: 'reconsideration_upheld', litigation: 'litigation_upheld' },
  },
  {
    id: 'corrected',
    label: '被依法纠错数',
    unit: '件',
    key: { reconsideration: 'reconsideration_corrected', litigation: 'litigation_corrected' },
  },
  {
    id: 'other_result',
    label: '其他情形数',
    unit: '件',
    key: { reconsideration: 'reconsideration_other', litigation: 'litigation_other' },
  },
  { id: 'appeals_a0', label: '(?:接受)?行政(?:诉讼|申诉)、举报数', unit: '件', key: null },
  { id: 'appeal_unhappy_a0', label: '对本部门首次处理不满意的行政申诉数', unit: '件', key: null },
  { id: 'appeal_a0', label: '行政申诉数', unit: '件', key: null },
  { id: 'complaints', label: '(?:举报投诉|投诉举报)数量?', unit: '件', key: 'complaints_total' },
  { id: 'fees', label: '依申请公开信息收取的费用', unit: '万元', key: 'fees_collected' },
  { id: 'fee_waivers_a0', label: '政府信息公开收费减免金额', unit: '元', key: null },
  // 八、机构建设和保障经费情况
  { id: 'g_capacity', label: '机构建设和保障经费情况', unit: '——', key: null, group: true },
  { id: 'units', label: '政府信息公开工作专门机构数', unit: '个', key: 'dedicated_units' },
  { id: 'reading_points', label: '设置政府信息公开查阅点数', unit: '个', key: 'reading_points' },
  { id: 'staff', label: '从事政府信息公开工作人员数', unit: '人', key: 'staff_total' },
  { id: 'staff_full', label: '专职人员数', unit: '人', key: 'staff_full_time' },
  { id: 'staff_part', label: '兼职人员数', unit: '人', key: 'staff_part_time' },
  { id: 'funds', label: '政府信息公开专项经费', unit: '万元', key: 'special_funds' },
  // 九、政府信息公开会议和培训情况
  { id: 'g_training', label: '政府信息公开会议和培训情况', unit: '——', key: null, group: true },
  { id: 'meetings', label: '召开政府信息公开工作会议或专题会议数', unit: '次', key: 'meetings' },
  { id: 'training_sessions', label: '举办各类培训班数', unit: '次', key: 'training_sessions' },
  { id: 'training_attendees', label: '接受培训人员数', unit: '人次', key: 'training_attendees' },
];

/** The key a row reports under, given the section it sits in. */
export function rowKey(row: CatalogueRow, section: Section | null): MetricKey | null {
  if (row.key === null || typeof row.key === 'string') return row.key;
  return section ? (row.key[section] ?? null) : null;
}
