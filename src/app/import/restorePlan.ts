// Which saved reports a reload can take from the Arrow parts kept beside the records (issue 9), before
// any record is read. Pure: the session puts the parts in the tables, removes `without`, and later
// rebuilds from its record every report this plan does not give, or gives from an older addition.

/** What a part says of itself: the reports whose rows it holds and when each was added. */
export interface PartIndex {
  ids: readonly string[];
  /** aligned with ids (a part of an older build may lack it) */
  addedAt?: readonly (string | undefined)[];
}

export interface RestorePlan {
  /** report id → when the rows the parts give for it were added (undefined: not known) */
  restored: Map<string, string | undefined>;
  /** reports whose rows the parts hold but must not stay: no longer stored, or in more than one part
   * (added again: which rows are current is only known from the record) */
  without: string[];
  /** whether the parts should be compacted: they hold rows that are not wanted, or are many */
  compact: boolean;
}

/** Parts beyond this many are merged into one at the next start (each costs inserts on a reload). */
export const MAX_PARTS = 8;

/** The plan for `parts` (those in use) when the store holds the records `stored`. */
export function planRestore(parts: readonly PartIndex[], stored: readonly string[]): RestorePlan {
  const have = new Set(stored);
  const seen = new Map<string, number>();
  for (const p of parts) for (const id of p.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  const restored = new Map<string, string | undefined>();
  const without = new Set<string>();
  for (const p of parts) {
    p.ids.forEach((id, k) => {
      if (have.has(id) && seen.get(id) === 1) restored.set(id, p.addedAt?.[k]);
      else without.add(id);
    });
  }
  return { restored, without: [...without], compact: without.size > 0 || parts.length > MAX_PARTS };
}
