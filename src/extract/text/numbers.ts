// Numbers as reports write them: digits (half- or full-width, with thousands separators), Chinese
// numerals (十二, 两, 一百零五, 3万), qualifiers that make a figure approximate (余, 多, 约, 近, 左右).
import type { CellValue } from '../types';

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parses a Chinese numeral such as 十二, 两, 一百零五, 三千二百, 二〇一九 (digit by digit). Returns null
 * for anything that is not wholly a numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  if (/^[〇零一二三四五六七八九]{2,}$/.test(s) && !/[十百千万亿]/.test(s)) {
    // digit-by-digit form (二〇一九)
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c];
    } else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c];
      digit = null;
    } else if (c in BIG_UNIT) {
      total += (section + (digit ?? 0)) * BIG_UNIT[c];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

const APPROX_BEFORE = /^(?:约|近|大约|将近|接近|逾|超过)/;
const APPROX_AFTER = /(?:余|多|左右|以上|有余)$/;

/** A numeric token as prose writes it: '230', '230余', '1,234', '0.5万', '十二', '3万余', '约44'.
 * Returns the value and whether the report marks it as approximate; null when it is not a number. */
export function parseNumber(token: string): { value: number; approx: boolean } | null {
  let t = token.trim().replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let approx = false;
  if (APPROX_BEFORE.test(t)) {
    approx = true;
    t = t.replace(APPROX_BEFORE, '');
  }
  if (APPROX_AFTER.test(t)) {
    approx = true;
    t = t.replace(APPROX_AFTER, '');
  }
  // A qualifier may also sit before a trailing 万 (3万余 handled above; 3余万 here).
  t = t.replace(/余(?=万)/, () => {
    approx = true;
    return '';
  });
  let m = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)(万|亿)?$/.exec(t);
  if (m) {
    const base = Number(m[1].replace(/,/g, ''));
    const mult = m[2] ? BIG_UNIT[m[2]] : 1;
    return { value: roundMoney(base * mult), approx };
  }
  m = /^(\d+(?:\.\d+)?)([十百千])$/.exec(t);
  if (m) return { value: Number(m[1]) * SMALL_UNIT[m[2]], approx };
  const cn = parseChineseNumeral(t);
  if (cn !== null) return { value: cn, approx };
  return null;
}

/** Avoids 0.092 * 10000 = 919.9999999999999: money is kept to the cent. */
export function roundMoney(v: number): number {
  return Math.round(v * 100) / 100;
}

const NA_CELL = /^(?:\/|／|—+|-+|－+|–+|不适用|无此项)$/;

/** One table cell: '' → blank, '/' '—' 不适用 → na, '12' ' 0 ' '1,234' → number. Returns null when the
 * text is not a cell value at all (a label, a unit, a sentence). Inline units are not handled here:
 * callers that expect money use parseMoneyCell. */
export function parseCell(raw: string): CellValue | null {
  const t = raw.replace(/\s+/g, '');
  if (t === '') return { state: 'blank', value: null, approx: false };
  if (NA_CELL.test(t)) return { state: 'na', value: null, approx: false };
  const m = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)$/.exec(t);
  if (!m) return null;
  return { state: 'number', value: Number(m[1].replace(/,/g, '')), approx: false };
}

/** A money cell in yuan: '69016779.4元' → 69016779.4; '0.092' with defaultUnit '万元' → 920;
 * '3万元' → 30000. Returns null when it is not money. */
export function parseMoneyCell(raw: string, defaultUnit: '元' | '万元'): CellValue | null {
  const t = raw.replace(/\s+/g, '');
  const m = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)(万元|元|万)?$/.exec(t);
  if (!m) return parseCell(raw);
  const unit = m[2] === '万' ? '万元' : (m[2] ?? defaultUnit);
  const n = Number(m[1].replace(/,/g, ''));
  return { state: 'number', value: roundMoney(unit === '万元' ? n * 1e4 : n), approx: false };
}
