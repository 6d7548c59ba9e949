// What the URL's `region` names: a node of the national division tree (a code of 2, 4, 6 or 9 digits:
// province, city, county/district, township/street), the reports whose division code could not be
// resolved (under their province, or with no province either), or — old links — a province by name.
// The province table is the national standard's first two digits (GB/T 2260); it is here rather than
// read from public/divisions.json because the URL and the SQL filter need it before that file loads.

export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  11: '北京市', 12: '天津市', 13: '河北省', 14: '山西省', 15: '内蒙古自治区', 21: '辽宁省', 22: '吉林省',
  23: '黑龙江省', 31: '上海市', 32: '江苏省', 33: '浙江省', 34: '安徽省', 35: '福建省', 36: '江西省', 37: '山东省',
  41: '河南省', 42: '湖北省', 43: '湖南省', 44: '广东省', 45: '广西壮族自治区', 46: '海南省', 50: '重庆市',
  51: '四川省', 52: '贵州省', 53: '云南省', 54: '西藏自治区', 61: '陕西省', 62: '甘肃省', 63: '青海省',
  64: '宁夏回族自治区', 65: '新疆维吾尔自治区',
};

export type Region =
  /** a division and everything under it */
  | { kind: 'division'; code: string }
  /** reports without a resolved code: of one province (code), or with no province at all (null) */
  | { kind: 'unresolved'; province: string | null }
  /** an old link's province name that is not in the national table: matched by name */
  | { kind: 'province-name'; name: string };

/** Division codes the tree has nodes for: province, city, county/district, township/street. */
export const REGION_CODE = /^\d{2}(?:\d{2}(?:\d{2}(?:\d{3})?)?)?$/;
const UNRESOLVED = 'unresolved';

export function provinceCodeOf(name: string): string | null {
  for (const [code, n] of Object.entries(PROVINCE_CODES)) if (n === name) return code;
  return null;
}

/** Reads a URL value; old links' province names become the province's code. Nonsense gives null. */
export function parseRegion(s: string | null | undefined): Region | null {
  const v = (s ?? '').trim();
  if (!v) return null;
  if (REGION_CODE.test(v)) return { kind: 'division', code: v };
  if (v === UNRESOLVED) return { kind: 'unresolved', province: null };
  const m = /^unresolved-(\d{2})$/.exec(v);
  if (m) return PROVINCE_CODES[m[1]] ? { kind: 'unresolved', province: m[1] } : null;
  if (/^\d+$/.test(v) || v.length > 40) return null;
  const code = provinceCodeOf(v);
  return code ? { kind: 'division', code } : { kind: 'province-name', name: v };
}

export function regionKey(r: Region): string {
  if (r.kind === 'division') return r.code;
  if (r.kind === 'unresolved') return r.province ? `${UNRESOLVED}-${r.province}` : UNRESOLVED;
  return r.name;
}

/** The node a report's 12-digit division code stands for: the longest prefix whose own digits are
 * not all zero (430181102000 → township 430181102; 350128000000 → county 350128; 310000000000 → 31).
 * A county's departments carry the county's code, so they sit on the county's node. */
export function homeCode(divisionCode: string | null | undefined): string | null {
  const c = (divisionCode ?? '').trim();
  if (!/^\d{12}$/.test(c)) return null;
  for (const [from, to] of [[6, 9], [4, 6], [2, 4]] as const) {
    if (!/^0+$/.test(c.slice(from, to))) return c.slice(0, to);
  }
  return /^0+$/.test(c.slice(0, 2)) ? null : c.slice(0, 2);
}
