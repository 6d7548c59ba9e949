// Administrative level from the agency's place name (docs/formats.md §6.1): 镇/乡/苏木 → township,
// 街道 → street, 区 → district, 县/旗 → county, 市 → city unless the division index knows it as a
// county-level area (浏阳市, 磐石市 → county), 省/自治区 → province, 自治州/州/盟/地区 → city.
// A department (局, 委, 办公室, 管委会办公室…) is a department whatever its place.
import type { Level } from '../types';
import type { AgencyParts } from './agencyName';
import { codesByName, type DivisionIndex } from './divisions';

/** Territorial zones (综合实验区, 新区, 管理区) govern a whole county's territory through a management
 * committee: county level (平潭综合实验区, MANIFEST). */
export const ZONE_END = /(?:综合实验区|实验区|试验区|新区|管理区)$/;
/** Economic zones (开发区, 高新区, 园区…) report like departments (docs/formats.md §6.1: economic zones → department). */
export const ECONOMIC_ZONE_END = /(?:开发区|高新区|园区|示范区|合作区|保税区|产业区|工业区)$/;

export function levelOf(parts: AgencyParts, index?: DivisionIndex): Level {
  if (parts.department) return 'department';
  return placeLevel(parts.place, index);
}

export function placeLevel(place: string, index?: DivisionIndex): Level {
  if (/(?:镇|乡|苏木)$/.test(place)) return 'township';
  // a sub-zone (海坛片区) took over the towns on its territory: a township-level government
  if (/片区$/.test(place)) return 'township';
  if (/街道$/.test(place)) return 'street';
  if (/(?:省|自治区)$/.test(place)) return 'province';
  if (/(?:自治州|州|盟|地区)$/.test(place)) return 'city';
  if (ECONOMIC_ZONE_END.test(place)) return 'department';
  if (ZONE_END.test(place)) {
    // a zone the NBS lists as an area (滨海新区) is a district; others are management zones
    return index && codesByName(index, place, 'area').length > 0 ? 'district' : 'county';
  }
  if (/区$/.test(place)) return 'district';
  if (/(?:县|旗)$/.test(place)) return 'county';
  if (/市$/.test(place)) {
    if (!index) return 'city';
    const codes = codesByName(index, place);
    if (codes.some((c) => c.length === 2)) return 'province'; // 北京市, 上海市…
    if (codes.some((c) => c.length === 4)) return 'city';
    if (codes.some((c) => c.length === 6)) return 'county';
    return 'city';
  }
  return 'unknown';
}
