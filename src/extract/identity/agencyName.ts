// Splits an agency name as a report writes it into the government place it belongs to, the places
// written before it, and the department (if any): 乳山市诸往镇人民政府 → prefixes [乳山市], place
// 诸往镇, suffix 人民政府; 平潭综合实验区地方税务局 → place 平潭综合实验区, department 地方税务局;
// 上海市人民政府办公厅 → place 上海市, department 办公厅. The division index (when given) splits
// place chains exactly; without it a suffix-based split is used.
import { longestKnownStartingAt, type DivisionIndex } from './divisions';
import { compact } from './window';

export interface AgencyParts {
  /** the name as written, compacted, a doubled prefix removed (渠县渠县… → 渠县…) */
  written: string;
  /** places written before the agency's own place (乳山市 in 乳山市诸往镇) */
  prefixes: string[];
  /** the government's own place name (诸往镇, 山城区, 平潭综合实验区); for a department, the place of
   * the government it belongs to */
  place: string;
  /** the government suffix as written (人民政府, 政府, 办事处, 管委会…) or null */
  govSuffix: string | null;
  /** the department after the government (办公厅, 地方税务局, 科委) or null for a government */
  department: string | null;
}

const GOV_SUFFIX = /(人民政府|街道办事处|办事处|管理委员会|管委会|行政公署|政府)/;
/** How a place name ends tells what it is. */
export const PLACE_END =
  /(?:镇|乡|苏木|街道|综合实验区|实验区|试验区|开发区|高新区|新区|管理区|合作区|示范区|区|县|旗|市|省|自治区|自治州|州|盟|地区)$/;
/** A sub-zone of a management zone (片区, MANIFEST: the bodies that absorbed the towns of 平潭) is
 * governed by a 管理局 or 管委会: township level, its parent the zone (docs/formats.md §6.1 levels). */
const SUB_ZONE_GOV = /^(.{2,}片区)(管理局|管理委员会|管委会)$/;
const DEPT_END = /(?:局|委员会|委|办公室|办公厅|办|厅|中心|署|站|所|院|队|馆|处|部|会|行|社)$/;

export function parseAgency(raw: string, index?: DivisionIndex): AgencyParts | null {
  // template placeholders (xx街道, ××县) are no agency
  if (/[xX×＊*]{2}/.test(raw)) return null;
  let s = compact(raw)
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, '');
  s = s.replace(/^(.{2,10})\1/, '$1').replace(/街道办(?!事处)/, '街道办事处');
  if (s.length < 2 || s.length > 40) return null;
  let placePart: string;
  let govSuffix: string | null = null;
  let department: string | null = null;
  const g = GOV_SUFFIX.exec(s);
  const area = SUB_ZONE_GOV.exec(s);
  if (area) {
    // 平潭综合实验区海坛片区管理局: the 管理局 is the sub-zone's government, not a department
    placePart = area[1];
    govSuffix = area[2];
  } else if (g && g.index > 0) {
    placePart = s.slice(0, g.index);
    govSuffix = g[1];
    if (govSuffix === '街道办事处') {
      placePart += '街道';
      govSuffix = '办事处';
    }
    const rest = s.slice(g.index + g[1].length);
    if (rest) {
      if (!DEPT_END.test(rest)) return null;
      department = rest;
    }
  } else if (PLACE_END.test(s)) {
    placePart = s;
  } else if (DEPT_END.test(s)) {
    const prefix = knownPrefix(s, index) ?? regexPrefix(s);
    if (!prefix || prefix.length >= s.length) return null;
    // 平潭市场监督管理局 is no 平潭市 + 场监督管理局: 市场 (market) is one word
    if (/市$/.test(prefix) && s[prefix.length] === '场') return null;
    placePart = prefix;
    department = s.slice(prefix.length);
  } else {
    return null;
  }
  if (!PLACE_END.test(placePart) && !(index && index.byName.has(placePart))) return null;
  const chain = splitPlaces(placePart, index);
  const place = chain[chain.length - 1];
  if (!isProperPlace(place)) return null;
  return { written: s, prefixes: chain.slice(0, -1), place, govSuffix, department };
}

/** The longest run of known place names at the start of `s` (index only). */
function knownPrefix(s: string, index?: DivisionIndex): string | null {
  if (!index) return null;
  let end = 0;
  for (;;) {
    const next = longestKnownAt(s, end, index);
    if (next === 0) break;
    end += next;
  }
  return end > 0 ? s.slice(0, end) : null;
}

/** The run of place-like tokens (2+ characters and a place suffix) at the start of `s`. */
function regexPrefix(s: string): string | null {
  const token = /^.{2,}?(?:综合实验区|开发区|高新区|新区|自治区|自治州|自治县|省|市|州|盟|县|旗|区)/;
  let end = 0;
  for (let m = token.exec(s); m && end + m[0].length < s.length; m = token.exec(s.slice(end))) {
    end += m[0].length;
  }
  return end > 0 ? s.slice(0, end) : null;
}

function longestKnownAt(s: string, start: number, index: DivisionIndex): number {
  return longestKnownStartingAt(index, s, start, 16);
}

/** 乳山市诸往镇 → [乳山市, 诸往镇]; an unknown tail stays whole (平潭综合实验区) unless its own
 * suffixes split it (a county renamed since the index was built: 青禾县白沙镇 → [青禾县, 白沙镇]). */
export function splitPlaces(s: string, index?: DivisionIndex): string[] {
  const out: string[] = [];
  let i = 0;
  if (index) {
    while (i < s.length) {
      const len = longestKnownAt(s, i, index);
      if (len === 0 || (i + len < s.length && s.length - (i + len) < 2)) break;
      out.push(s.slice(i, i + len));
      i += len;
    }
  }
  if (i < s.length) out.push(...suffixSplit(s.slice(i)));
  return out.length ? out : [s];
}

function suffixSplit(s: string): string[] {
  const m = /^(.{2,}?(?:自治区|自治州|省|市|州|盟|县|旗|区))(.{2,}(?:镇|乡|苏木|街道|区|县|旗|市))$/.exec(s);
  return m ? [m[1], m[2]] : [s];
}

/** A place with a name before its suffix, not a pronoun phrase (街道, 我区, 全县, 本镇 are not names). */
function isProperPlace(place: string): boolean {
  if (/^(?:我|本|全|该|各|此|上级|区级|县级|市级)/.test(place)) return false;
  return place.replace(/(?:镇|乡|苏木|街道|区|县|旗|市|省|自治区|自治州|州|盟|地区)$/, '').length >= 1;
}
