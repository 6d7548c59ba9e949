// Whether a government's report summarises a whole region (all its departments, counties,
// townships: `全市各级行政机关`, `全县各乡镇、各部门`) or only the agency itself (docs/formats.md §6.2).
// Conservative: a township, street or department report is always 'self'; a county-or-above
// government is 'region' only when its opening says so.
import type { Level, Scope } from '../types';

// Supervision phrases (`督促全区各部门…`) do not make a report an aggregate: only statements that the
// figures or the report cover every administrative organ of the region do.
const REGION =
  /全(?:省|市|县|区|旗|州)(?:各级(?:行政机关|政府|人民政府)|范围内(?:各级)?行政机关|行政机关(?:共|合计|累计))|(?:汇总|综合)(?:了)?(?:全(?:省|市|县|区)|本(?:省|市|县|区))(?:各|所属)|全(?:省|市|县|区)(?:共|合计)(?:收到|受理|主动公开)/;

export function scopeOf(level: Level, headText: string): Scope | null {
  if (level === 'unknown') return null;
  if (level === 'township' || level === 'street' || level === 'department') return 'self';
  return REGION.test(headText) ? 'region' : 'self';
}
