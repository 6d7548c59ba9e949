// Report counts per region node, from counts per division code: each report counts at its own node and
// at every ancestor (430181102000 counts for 43, 4301, 430181 and 430181102). A report whose code could
// not be resolved counts for its province and for the province's "unresolved" node, or — no province
// either — for the top-level "unresolved" node. Keys are the URL's region values (src/domain/regions.ts).
import { homeCode, provinceCodeOf, regionKey } from './regions';

export interface CodeCount { division_code: string | null; province: string | null; reports: number }

export function regionCounts(rows: readonly CodeCount[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, n: number) => out.set(key, (out.get(key) ?? 0) + n);
  for (const r of rows) {
    const n = Number(r.reports) || 0;
    const home = homeCode(r.division_code);
    if (home) {
      for (const len of [2, 4, 6, 9]) if (len <= home.length) add(home.slice(0, len), n);
      continue;
    }
    if (r.division_code) continue; // a malformed code: no node holds it (the extractor writes 12 digits or NULL)
    const province = r.province ? provinceCodeOf(r.province) : null;
    if (province) {
      add(province, n);
      add(regionKey({ kind: 'unresolved', province }), n);
    } else {
      add(regionKey({ kind: 'unresolved', province: null }), n);
    }
  }
  return out;
}
