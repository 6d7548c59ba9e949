// The filters most views share (level group, region, region-wide summaries), as SQL + parameters.
import type { Param } from '../sql';
import { placeholders } from '../sql';
import { levelsOf, type LevelGroup } from '../levels';

export interface ReportFilter {
  levelGroup?: LevelGroup | null;
  /** Province name, matched exactly. */
  region?: string | null;
  /** Region-wide summary reports are left out unless asked for. */
  includeRegion?: boolean;
  year?: number | null;
}

/** `AND ...` conditions on a reports alias; empty when nothing filters. */
export function reportConditions(alias: string, f: ReportFilter): { sql: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  if (f.year != null) { parts.push(`${alias}.report_year = ?`); params.push(f.year); }
  if (f.levelGroup) {
    const levels = levelsOf(f.levelGroup);
    parts.push(`${alias}.level IN (${placeholders(levels.length)})`);
    params.push(...levels);
  }
  if (f.region) { parts.push(`${alias}.province = ?`); params.push(f.region); }
  if (!f.includeRegion) parts.push(`coalesce(${alias}.scope, 'self') <> 'region'`);
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}
