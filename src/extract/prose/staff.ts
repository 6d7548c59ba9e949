// Staff figures in prose: 从事政府信息公开工作人员70人（全部兼职） → total 70 and part-time 70;
// 从事政府信息公开工作的人员兼职人员6人 → total 6, part-time 6; 专职人员1人、兼职人员2人 in a sentence
// about disclosure work → full-time 1, part-time 2. Staff of other desks (民情中心配备专职工作人员12名)
// are not disclosure staff: the sentence must be about 信息公开 (or 政务公开). Also 共有2名人员兼职从事政府
// 信息公开工作 (count first: total and part-time 2) and 没有…全职人员 (full-time 0).
import { parseNumber } from '../text/numbers';
import type { Figure, MetricKey, NormalizedDoc } from '../types';
import { lineOf, sentenceAround } from './text';

/** Spaces within one line: a figure and its label are on one line (the excerpt must be on it). */
const SP = '[^\\S\\n]*';
const NUM = `(?<![\\d.])(?<n>(?:约|近)?${SP}(?:\\d+|[零〇一二两三四五六七八九十百]+)${SP}(?:余|多)?)`;
const TOTAL = new RegExp(
  `(?:从事)?(?:政府)?(?:信息|政务)公开工作(?:的)?人员数?(?:共计|共|为|有)?${SP}(?<kind>兼职人员|专职人员|兼职|专职)?${SP}${NUM}${SP}(?:人|名)` +
    '(?<all>[(（](?:全部|均为|均系|均是|全为|全是)?(?:兼职|专职)[)）])?',
  'g',
);
/** 局办公室共有2名人员兼职从事政府信息公开工作: the count first, then who they are */
const COUNT_FIRST = new RegExp(
  `(?:共有|现有|有|配备|配有)${SP}${NUM}${SP}(?:人|名)(?:工作)?人员?(?<kind>兼职|专职)(?:从事)?(?:政府)?(?:信息|政务)公开工作`,
  'g',
);
/** 没有从事政府信息公开工作的全职人员 / 无专职人员: no full-time staff (a stated zero) */
const NO_FULL = new RegExp(`(?:没有|无|未配备)[^\\d。；;，,\\n]{0,16}?(?:专职|全职)(?:工作)?人员`, 'g');
/** a staff sentence is about disclosure work (信息公开 or, from 2016, 政务公开 desks) */
const ABOUT_DISCLOSURE = /信息公开|政务公开/;
const FULL = new RegExp(`专职(?:工作)?人员?${SP}${NUM}${SP}(?:人|名)`, 'g');
const PART = new RegExp(`兼职(?:工作)?人员?${SP}${NUM}${SP}(?:人|名)`, 'g');

export function staffFigures(doc: NormalizedDoc): Figure[] {
  const text = doc.text;
  const out = new Map<MetricKey, Figure>();
  if (!/[专兼]职|工作人员/.test(text)) return [];
  const put = (key: MetricKey, n: { value: number; approx: boolean }, at: number, excerpt: string) => {
    if (out.has(key)) return;
    out.set(key, {
      state: 'number', value: n.value, approx: n.approx, key,
      source: { kind: 'text', line: lineOf(doc, at), excerpt },
    });
  };
  const total = TOTAL;
  total.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = total.exec(text)) !== null) {
    const n = parseNumber(m.groups!.n.replace(/\s+/g, ''));
    if (!n) continue;
    const kind = `${m.groups!.kind ?? ''}${m.groups!.all ?? ''}`;
    put('staff_total', n, m.index, m[0]);
    if (kind.includes('兼职')) put('staff_part_time', n, m.index, m[0]);
    else if (kind.includes('专职')) put('staff_full_time', n, m.index, m[0]);
    break;
  }
  if (!out.has('staff_total')) {
    COUNT_FIRST.lastIndex = 0;
    m = COUNT_FIRST.exec(text);
    const n = m ? parseNumber(m.groups!.n.replace(/\s+/g, '')) : null;
    if (m && n) {
      put('staff_total', n, m.index, m[0]);
      put(m.groups!.kind === '兼职' ? 'staff_part_time' : 'staff_full_time', n, m.index, m[0]);
    }
  }
  for (const [re, key] of [[FULL, 'staff_full_time'], [PART, 'staff_part_time']] as const) {
    const r = re;
    r.lastIndex = 0;
    while ((m = r.exec(text)) !== null) {
      if (!ABOUT_DISCLOSURE.test(sentenceAround(text, m.index, m[0].length))) continue;
      const n = parseNumber(m.groups!.n.replace(/\s+/g, ''));
      if (n) put(key, n, m.index, m[0]);
      break;
    }
  }
  if (!out.has('staff_full_time')) {
    NO_FULL.lastIndex = 0;
    while ((m = NO_FULL.exec(text)) !== null) {
      if (!ABOUT_DISCLOSURE.test(sentenceAround(text, m.index, m[0].length))) continue;
      put('staff_full_time', { value: 0, approx: false }, m.index, m[0]);
      break;
    }
  }
  return [...out.values()];
}
