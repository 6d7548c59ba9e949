// The filters most views share (level group, region, region-wide summaries), as one SQL fragment.
import { sql, type Sql } from '../sql';
import { levelsOf, type LevelGroup } from '../../domain/levels';
import { regionConditionOf } from './region';

export interface ReportFilter {
  levelGroup?: LevelGroup | null;
  /** The URL's region: a division code (2, 4, 6 or 9 digits, prefix of the reports' division_code),
   * `unresolved[-<province code>]`, or an old link's province name (src/domain/regions.ts). */
  region?: string | null;
  /** Region-wide summary reports are left out unless asked for. */
  includeRegion?: boolean;
  year?: number | null;
}

/** ` AND …` conditions on a reports alias (an allow-listed alias of ours); empty when nothing filters. */
export function reportConditions(alias: 'b' | 'r', f: ReportFilter): Sql {
  const a = sql.trusted(alias);
  const parts: Sql[] = [];
  if (f.year != null) parts.push(sql`${a}.report_year = ${f.year}`);
  if (f.levelGroup) parts.push(sql`${a}.level IN (${levelsOf(f.levelGroup)})`);
  const region = regionConditionOf(a, f.region);
  if (region) parts.push(region);
  if (!f.includeRegion) parts.push(sql`coalesce(${a}.scope, 'self') <> 'region'`);
  return sql.and(parts);
}
