// Parent government, province and division code. The agency's own place is looked up in the division
// index; places the document names (its prefix chain 乳山市诸往镇, breadcrumbs `首页 > 浏阳市政府 >`,
// `XX县人民政府网站`, `来源:XX县人民政府`, 《福建省…办法》) disambiguate repeated names (城关镇 ×88).
import type { Level } from '../types';
import type { AgencyParts } from './agencyName';
import {
  ancestorNames, codesByName, longestKnownEndingAt, longestKnownStartingAt, padDivisionCode, placementOf,
  resolveDivision, type DivisionIndex, type DivisionTier,
} from './divisions';
import { ZONE_END } from './level';

export interface Placement {
  parent: string | null;
  province: string | null;
  division_code: string | null;
}

const TIERS: Partial<Record<Level, DivisionTier[]>> = {
  township: ['street'],
  street: ['street'],
  district: ['area'],
  county: ['area'],
  city: ['city', 'area'],
  province: ['province'],
};

/** Place names a page mentions: governments and websites (the longest known name ending at each
 * 省/市/县/区/旗/州/盟 followed by 人民政府, 政府, 委 (市委), 政务, 门户, 网站 or a breadcrumb `>`),
 * postal addresses (`地址:XX省XX市XX区…`), and the division code inside an index number
 * (`索引号:11330682…`: a government organ's credit code carries its 6-digit area code). */
export function mentionedPlaces(text: string, index: DivisionIndex): string[] {
  const out = new Set<string>();
  const re = /[省市县区旗州盟](?=人民政府|政府|[市县区]?委|政务|门户|网站|>)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    const len = longestKnownEndingAt(index, text, end, 12);
    if (len > 0) out.add(text.slice(end - len, end));
  }
  const address = /(?:地址|住所|通讯地址)\s*:?\s*([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{4,40})/g;
  for (let m = address.exec(text); m; m = address.exec(text)) {
    for (const name of knownLeadingNames(m[1], index)) out.add(name);
  }
  const indexNo = /索引号\s*:?\s*[0-9A-Z]{2}(\d{6})/g;
  for (let m = indexNo.exec(text); m; m = indexNo.exec(text)) {
    const code = m[1];
    if (!index.names[code]) continue;
    for (const c of [code, code.slice(0, 4), code.slice(0, 2)]) {
      const name = index.names[c];
      if (name) out.add(name);
    }
  }
  return [...out];
}

/** Known place names at the start of an address, in order (吉林省磐石市… → 吉林省, 磐石市). */
function knownLeadingNames(s: string, index: DivisionIndex): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length && out.length < 4) {
    const found = longestKnownStartingAt(index, s, i, 12);
    if (!found) break;
    out.push(s.slice(i, i + found));
    i += found;
  }
  return out;
}

export function placeAgency(
  parts: AgencyParts,
  level: Level,
  context: readonly string[],
  index?: DivisionIndex,
  docNumberProvince: string | null = null,
): Placement {
  // a department belongs to the government of its own place; a government to the place before it
  const none: Placement = {
    parent: parts.department ? parts.place : parts.prefixes.at(-1) ?? null,
    province: docNumberProvince,
    division_code: null,
  };
  if (!index) return none;
  const ctx = [...parts.prefixes, ...context];
  const govLevel = level === 'department' ? null : level;
  const tiers = govLevel ? TIERS[govLevel] : (['area', 'city', 'province', 'street'] as DivisionTier[]);
  // a few NBS street names carry their office suffix (XX地区办事处): try the name as written too
  const code = tiers
    ? resolveDivision(index, parts.place, tiers, ctx) ??
      (parts.govSuffix ? resolveDivision(index, parts.place + parts.govSuffix, tiers, ctx) : null)
    : null;
  if (code && !contradictsPrefixes(index, code, parts.prefixes)) {
    const p = placementOf(index, code);
    return {
      // a department belongs to the government of its own place
      parent: parts.department ? parts.place : level === 'province' ? null : p.parent,
      province: code.length === 2 ? index.names[code] : p.province,
      division_code: padDivisionCode(code),
    };
  }
  // Unknown or ambiguous place: the province from a management zone's host county (平潭综合实验区 →
  // 平潭县) or from the prefixes and places the page names, when they agree on one province.
  // (a sub-zone 海坛片区 lies in the zone written before it: 平潭综合实验区海坛片区)
  const zone = [parts.place, ...[...parts.prefixes].reverse()].find((p) => ZONE_END.test(p));
  const host = zone ? zoneHost(zone, index) : null;
  const province = host ? placementOf(index, host).province : commonProvince(ctx, index) ?? docNumberProvince;
  return {
    parent: none.parent,
    province,
    division_code: null,
  };
}

/** The name says 甲县乙镇 but the index's only 乙镇 lies elsewhere while 甲县 is a known place: the
 * page's own prefix wins and the code is not given. */
function contradictsPrefixes(index: DivisionIndex, code: string, prefixes: readonly string[]): boolean {
  const known = prefixes.filter((p) => index.byName.has(p));
  if (known.length === 0) return false;
  const ancestors = ancestorNames(index, code);
  return !known.some((p) => ancestors.includes(p));
}

function zoneHost(place: string, index: DivisionIndex): string | null {
  const base = place.replace(ZONE_END, '').replace(/(?:经济技术|高新技术|经济|综合)$/, '');
  if (base.length < 2) return null;
  const codes = ['县', '市', '区'].flatMap((s) => codesByName(index, base + s, 'area'));
  return codes.length === 1 ? codes[0] : null;
}

function commonProvince(names: readonly string[], index: DivisionIndex): string | null {
  const provinces = new Set<string>();
  for (const name of names) {
    const codes = codesByName(index, name);
    if (codes.length !== 1) continue;
    provinces.add(codes[0].slice(0, 2));
  }
  if (provinces.size !== 1) return null;
  return index.names[[...provinces][0]] ?? null;
}

/** Provinces by the one-character abbreviation that opens their document numbers (闽政办〔2020〕3号). */
const PROVINCE_ABBR: Record<string, string> = {
  京: '北京市', 津: '天津市', 冀: '河北省', 晋: '山西省', 蒙: '内蒙古自治区', 辽: '辽宁省', 吉: '吉林省',
  黑: '黑龙江省', 沪: '上海市', 苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省',
  鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省', 桂: '广西壮族自治区', 琼: '海南省',
  渝: '重庆市', 川: '四川省', 黔: '贵州省', 滇: '云南省', 云: '云南省', 藏: '西藏自治区', 陕: '陕西省',
  甘: '甘肃省', 青: '青海省', 宁: '宁夏回族自治区', 新: '新疆维吾尔自治区',
};

/** The province named by provincial document numbers the page cites (`皖政办〔2014〕180号`,
 * `闽政办发〔2019〕1号`), when they all agree. Only the provincial government's own series
 * (X政, X政办, X政发, X府办) count: municipal series (吉市政公办发) do not start with a province. */
export function provinceFromDocNumbers(text: string): string | null {
  const found = new Set<string>();
  const re = /(?:^|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])([京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇云藏陕甘青宁新])(?:政办?|府办)[发函秘传明电]{0,2}[〔\[(]((?:19|20)\d{2})[〕\])]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.add(PROVINCE_ABBR[m[1]]);
  return found.size === 1 ? [...found][0] : null;
}
