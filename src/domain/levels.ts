// Level groups the UI filters and groups by; each maps to the `reports.level` values it covers.
export const LEVEL_GROUPS = {
  township: ['township', 'street'],
  county: ['district', 'county'],
  city: ['city'],
  province: ['province'],
  department: ['department'],
} as const;

export type LevelGroup = keyof typeof LEVEL_GROUPS;

export function isLevelGroup(s: string): s is LevelGroup {
  return Object.prototype.hasOwnProperty.call(LEVEL_GROUPS, s);
}

export function levelsOf(group: LevelGroup): readonly string[] {
  return LEVEL_GROUPS[group];
}

export function levelGroupOf(level: string): LevelGroup | null {
  for (const [g, levels] of Object.entries(LEVEL_GROUPS)) if ((levels as readonly string[]).includes(level)) return g as LevelGroup;
  return null;
}
