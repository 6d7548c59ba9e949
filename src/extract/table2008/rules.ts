// The table's own arithmetic (docs/formats.md §2.4, and the same sums in the local A0 tables), by
// catalogue row id. They decide where one number ends and the next begins when a saved page ran a
// table's cells together; a rule only binds the rows that are present in the document.

export type TableRule =
  | { kind: 'sum'; total: string; parts: readonly string[] }
  /** every part ≤ total (a channel can never exceed the total it is part of) */
  | { kind: 'bound'; total: string; parts: readonly string[] };

export const TABLE_RULES: readonly TableRule[] = [
  {
    kind: 'sum',
    total: 'received',
    parts: ['recv_in_person', 'recv_fax', 'recv_online', 'recv_letter', 'recv_email', 'recv_letter_fax', 'recv_other'],
  },
  { kind: 'sum', total: 'completed', parts: ['completed_on_time', 'completed_extended'] },
  {
    kind: 'sum',
    total: 'answered',
    parts: [
      'ans_public', 'ans_granted', 'ans_partial', 'ans_denied', 'ans_not_agency', 'ans_not_exist', 'ans_clarify',
      'ans_other_channel', 'ans_other_type',
    ],
  },
  { kind: 'sum', total: 'staff', parts: ['staff_full', 'staff_part'] },
  { kind: 'bound', total: 'proactive_total', parts: ['via_gazette', 'via_website', 'via_weibo', 'via_wechat', 'via_other'] },
  { kind: 'bound', total: 'proactive_total', parts: ['proactive_normative'] },
  { kind: 'bound', total: 'press', parts: ['press_head'] },
  { kind: 'bound', total: 'interviews', parts: ['interviews_head'] },
  { kind: 'bound', total: 'ans_denied', parts: ['deny_secret', 'deny_business', 'deny_privacy', 'deny_security', 'deny_not_info', 'deny_law'] },
];

/** Section-dependent rows get their own ids for the rules (see table2008/index.ts). */
export const SECTION_RULES: readonly TableRule[] = [
  { kind: 'sum', total: 'recon_total', parts: ['reconsideration:upheld', 'reconsideration:corrected', 'reconsideration:other_result'] },
  { kind: 'sum', total: 'lit_total', parts: ['litigation:upheld', 'lit_upheld', 'litigation:corrected', 'litigation:other_result'] },
];
