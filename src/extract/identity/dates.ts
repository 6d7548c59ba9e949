// Calendar dates as pages and signatures write them: 2021-01-27, 2021/1/27, 2021.01.27,
// 2021年1月27日 (with stray spaces) and 二〇二一年一月二十七日. Only whole dates: a lone year or a
// run of digits (phone numbers, document numbers) is never a date.
import { parseChineseNumeral } from '../text/numbers';

export const MIN_YEAR = 2007; // the first regulation took effect in 2008; its first reports cover 2008
export const MAX_YEAR = 2099;

/** Matches one date; groups 1–3 are year, month, day (Arabic digits). */
export const DATE_SOURCE =
  String.raw`((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)`;

/** Dates written in Chinese numerals (signatures): groups year, month, day. */
const CN_DATE = /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first whole date in `s`, as YYYY-MM-DD, or null. */
export function findDate(s: string): string | null {
  const m = new RegExp(DATE_SOURCE).exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  const c = CN_DATE.exec(s);
  if (c) {
    const y = parseChineseNumeral(c[1].replace(/○/g, '〇'));
    const mo = parseChineseNumeral(c[2]);
    const d = parseChineseNumeral(c[3]);
    if (y !== null && mo !== null && d !== null) return isoDate(y, mo, d);
  }
  return null;
}

export function isPlausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}
