// The identities of the 2014–2018 national statistical table (docs/formats.md §2.4).
import type { Finding } from '../types';
import { type FigureMap, describe, describeZh, exact, finding, fmtNum, sum, withNote } from './finding';
import { checkAtMost, checkSum } from './sums';

const CHANNELS = [
  'proactive_via_gazette', 'proactive_via_website', 'proactive_via_weibo', 'proactive_via_wechat', 'proactive_via_other',
] as const;

/** The national table's four channels. Before 2014 local tables also counted e-mail and "other
 * forms" apart, so a shortfall there is only an info. */
function channels(fm: FigureMap, reportYear: number | null): Finding[] {
  const found = checkSum(fm, 'A1-APP-CHANNELS', 'requests_received', [
    'requests_received_in_person', 'requests_received_by_fax', 'requests_received_online', 'requests_received_by_letter',
  ]);
  if (reportYear === null || reportYear >= 2014) return found;
  return found.map((f) => (f.code === 'A1-APP-CHANNELS'
    ? { ...withNote(f, { zh: '（2014年以前的地方统计表可能把电子邮件等渠道单独计数）', en: ' (a pre-2014 local table may count e-mail and other channels apart)' }), severity: 'info' as const }
    : f));
}

export function identities2008(fm: FigureMap, reportYear: number | null = null): Finding[] {
  return [
    ...channels(fm, reportYear),
    ...checkSum(fm, 'A1-APP-CLOSED', 'requests_completed', ['requests_completed_on_time', 'requests_completed_extended']),
    ...checkSum(fm, 'A1-APP-ANSWERS', 'requests_answered', [
      'answered_already_public', 'answered_granted', 'answered_partially_granted', 'answered_denied',
      'answered_not_this_agency', 'answered_not_exist', 'answered_clarify', 'answered_other_channel',
    ]),
    ...checkSum(fm, 'A1-REVIEW', 'reconsideration_total', ['reconsideration_upheld', 'reconsideration_corrected', 'reconsideration_other']),
    ...checkSum(fm, 'A1-LITIGATION', 'litigation_total', ['litigation_upheld', 'litigation_corrected', 'litigation_other']),
    ...checkSum(fm, 'A1-STAFF', 'staff_total', ['staff_full_time', 'staff_part_time']),
    ...checkAtMost(fm, 'A1-LEADER-PRESS', 'press_conferences_by_head', 'press_conferences'),
    ...checkAtMost(fm, 'A1-LEADER-PRESS', 'online_interviews_by_head', 'online_interviews'),
    ...checkAtMost(fm, 'A1-NORMATIVE', 'proactive_normative_docs', 'proactive_total'),
    ...checkAtMost(fm, 'A1-NORMATIVE', 'proactive_normative_docs', 'normative_docs_issued'),
    ...partsOverTotal(fm, 'A1-APP-CHANNELS', 'requests_received', [
      'requests_received_in_person', 'requests_received_by_fax', 'requests_received_online', 'requests_received_by_letter',
    ]),
    ...partsOverTotal(fm, 'A1-APP-ANSWERS', 'requests_answered', [
      'answered_already_public', 'answered_granted', 'answered_partially_granted', 'answered_denied',
      'answered_not_this_agency', 'answered_not_exist', 'answered_clarify', 'answered_other_channel',
    ]),
    ...channelBounds(fm),
    ...answersVsClosed(fm),
    ...training(fm),
  ];
}

/** max(channel) ≤ total ≤ Σ channels: an item sent out on several channels counts once in the total.
 * Table figures only: prose counts per channel are often on a different basis. */
function channelBounds(fm: FigureMap): Finding[] {
  const total = fm.get('proactive_total');
  const chans = CHANNELS.map((k) => fm.get(k));
  if (!exact(total) || total.source.kind !== 'table') return [];
  if (!chans.every((c) => exact(c) && c.source.kind === 'table')) return [];
  const vals = chans.map((c) => c!.value as number);
  const max = Math.max(...vals);
  const s = sum(vals);
  const keys = ['proactive_total', ...CHANNELS];
  if (total.value < max) {
    return [finding('A1-CHANNEL-BOUNDS', {
      zh: `${describeZh(total)}小于单个渠道的数量（${fmtNum(max)}）；各渠道：${chans.map((c) => describeZh(c!)).join('，')}`,
      en: `${describe(total)} is smaller than one channel alone (${fmtNum(max)}); channels: ${chans.map((c) => describe(c!)).join(', ')}`,
    }, keys)];
  }
  if (total.value > s) {
    return [finding('A1-CHANNEL-BOUNDS', {
      zh: `${describeZh(total)}大于各渠道之和（${fmtNum(s)}）；各渠道：${chans.map((c) => describeZh(c!)).join('，')}`,
      en: `${describe(total)} is larger than all channels together (${fmtNum(s)}); channels: ${chans.map((c) => describe(c!)).join(', ')}`,
    }, keys)];
  }
  return [];
}

/** The local tables (Fujian 附表, Fuzhou 年末统计) list only some of the national rows, so the full
 * sum (checkSum) cannot be checked there; but the rows they do list can never add up to more than
 * their total, whatever the missing rows hold. Table figures only, and only when a part is missing
 * (with every part present, checkSum already compares the sum). */
function partsOverTotal(fm: FigureMap, code: string, totalKey: string, partKeys: readonly string[]): Finding[] {
  const total = fm.get(totalKey);
  if (!exact(total) || total.source.kind !== 'table') return [];
  const parts = partKeys.map((k) => fm.get(k)).filter((f): f is NonNullable<typeof f> => f !== undefined);
  if (parts.length === 0 || parts.length === partKeys.length) return [];
  if (!parts.every((p) => exact(p) && p.source.kind === 'table')) return [];
  const s = sum(parts.map((p) => p.value as number));
  if (s <= total.value) return [];
  return [finding(code, {
    zh: `${describeZh(total)}，但表中列出的分项之和已达${fmtNum(s)}：${parts.map(describeZh).join(' + ')}`,
    en: `${describe(total)} but the parts the table lists already add up to ${fmtNum(s)}: ${parts.map(describe).join(' + ')}`,
  }, [totalKey, ...parts.map((p) => p.key)])];
}

function answersVsClosed(fm: FigureMap): Finding[] {
  const a = fm.get('requests_answered');
  const c = fm.get('requests_completed');
  if (!exact(a) || !exact(c) || a.value === c.value) return [];
  return [finding('A1-ANSWERS-VS-CLOSED', {
    zh: `${describeZh(a)}与${describeZh(c)}不同；两者通常一致`,
    en: `${describe(a)} differs from ${describe(c)}; they normally agree`,
  }, ['requests_answered', 'requests_completed'])];
}

function training(fm: FigureMap): Finding[] {
  const sessions = fm.get('training_sessions');
  const people = fm.get('training_attendees');
  if (!exact(sessions) || !exact(people) || sessions.value <= 0 || people.value >= sessions.value) return [];
  return [finding('A1-TRAINING', {
    zh: `${describeZh(people)}少于${describeZh(sessions)}：每期培训至少有一人参加`,
    en: `${describe(people)} is fewer than ${describe(sessions)}: each session has at least one attendee`,
  }, ['training_attendees', 'training_sessions'])];
}
