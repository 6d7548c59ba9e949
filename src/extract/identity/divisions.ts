// The statistical division index (codes → names), built once from public/divisions.json (see
// scripts/build-divisions.ts) and injected by the caller: the Node CLI reads the file with fs, the
// browser worker fetches it. Pure: no I/O here. Codes are prefixes of each other: street 220284002 →
// area 220284 → city 2202 → province 22.

export interface DivisionIndex {
  /** code (2, 4, 6 or 9 digits) → name */
  names: Record<string, string>;
  /** name → every code carrying it (names repeat: 城关镇 ×88, 鼓楼区 ×4) */
  byName: Map<string, string[]>;
}

/** The on-disk form written by scripts/build-divisions.ts. */
interface DivisionFile {
  provinces: Record<string, string>;
  /** parent code → entries "<own digits after the parent's><name>" */
  children: Record<string, string[]>;
}

/** City-level rows that are not cities (市辖区, 省直辖县级行政区划, 重庆's 县): never a parent name. */
const PSEUDO_NAME = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function emptyDivisionIndex(): DivisionIndex {
  return { names: {}, byName: new Map() };
}

/** Builds the in-memory index from the parsed JSON file. Malformed input gives an empty index. */
export function loadDivisionIndex(json: unknown): DivisionIndex {
  const index = emptyDivisionIndex();
  if (!json || typeof json !== 'object') return index;
  const file = json as Partial<DivisionFile>;
  const add = (code: string, name: string) => {
    index.names[code] = name;
    if (PSEUDO_NAME.test(name)) return;
    const list = index.byName.get(name);
    if (list) list.push(code);
    else index.byName.set(name, [code]);
  };
  for (const [code, name] of Object.entries(file.provinces ?? {})) {
    if (typeof name === 'string') add(code, name);
  }
  const children = file.children ?? {};
  for (const parent of Object.keys(children)) {
    const list = children[parent];
    if (!Array.isArray(list)) continue;
    // Own digits: 2 for cities (parent 2) and areas (parent 4), 3 for streets (parent 6).
    const width = parent.length === 6 ? 3 : 2;
    for (const entry of list) {
      if (typeof entry !== 'string' || entry.length <= width) continue;
      add(parent + entry.slice(0, width), entry.slice(width));
    }
  }
  return index;
}

export type DivisionTier = 'province' | 'city' | 'area' | 'street';

export function tierOf(code: string): DivisionTier {
  return code.length === 2 ? 'province' : code.length === 4 ? 'city' : code.length === 6 ? 'area' : 'street';
}

const TIER_LENGTH: Record<DivisionTier, number> = { province: 2, city: 4, area: 6, street: 9 };

export function codesByName(index: DivisionIndex, name: string, tier?: DivisionTier): string[] {
  const codes = index.byName.get(name) ?? [];
  return tier ? codes.filter((c) => c.length === TIER_LENGTH[tier]) : codes;
}

/** Names of the code's ancestors (own name excluded), pseudo city rows left out. */
export function ancestorNames(index: DivisionIndex, code: string): string[] {
  const out: string[] = [];
  for (const len of [6, 4, 2]) {
    if (code.length <= len) continue;
    const name = index.names[code.slice(0, len)];
    if (name && !PSEUDO_NAME.test(name)) out.push(name);
  }
  return out;
}

export interface Placement {
  code: string;
  /** the county- or city-level government the division belongs to (the nearest real ancestor
   * below the province; the province itself for province-level cities' districts) */
  parent: string | null;
  province: string | null;
}

export function placementOf(index: DivisionIndex, code: string): Placement {
  const province = code.length > 2 ? index.names[code.slice(0, 2)] ?? null : null;
  const parentName = (len: number): string | null => {
    const n = index.names[code.slice(0, len)];
    return n && !PSEUDO_NAME.test(n) ? n : null;
  };
  let parent: string | null = null;
  if (code.length === 9) parent = parentName(6);
  else if (code.length === 6) parent = parentName(4) ?? province;
  else if (code.length === 4) parent = province;
  return { code, parent, province };
}

/**
 * The one code a name stands for, or null when it is unknown or ambiguous. `context` holds place
 * names the document mentions (its parent, its city, its province): among several codes, the one
 * whose ancestors include a context name wins when it is the only one.
 */
export function resolveDivision(
  index: DivisionIndex,
  name: string,
  tiers: DivisionTier[],
  context: readonly string[] = [],
): string | null {
  const codes = (index.byName.get(name) ?? []).filter((c) => tiers.includes(tierOf(c)));
  if (codes.length === 1) return codes[0];
  if (codes.length === 0 || context.length === 0) return null;
  // Score by the ancestors named in the context, nearer ones weighing more (area > city > province):
  // 白云区 云城街道 is in Guangzhou and in Guiyang; naming 广州市 as well decides.
  let best: string[] = [];
  let bestScore = 0;
  for (const code of codes) {
    const ancestors = ancestorNames(index, code);
    let score = 0;
    ancestors.forEach((a, i) => {
      if (context.includes(a)) score += ancestors.length - i;
    });
    if (score > bestScore) {
      bestScore = score;
      best = [code];
    } else if (score === bestScore && score > 0) best.push(code);
  }
  return best.length === 1 ? best[0] : null;
}

/** 12-digit statistical code: 6- and 9-digit codes padded with zeros (220284002 → 220284002000). */
export function padDivisionCode(code: string): string {
  return code.padEnd(12, '0');
}

// The longest known name ending (or starting) at a position is asked many times per document, and
// each try is a look-up of a fresh slice in a map of tens of thousands of names. Names sharing their
// last (first) two characters are few and short: knowing the longest of them lets the search start
// there instead of at the caller's maximum. Built once per index; rebuilt if the index grows.
interface NameEdges {
  size: number;
  /** last two characters → length of the longest name ending with them */
  byTail: Map<string, number>;
  /** first two characters → length of the longest name starting with them */
  byHead: Map<string, number>;
}

const EDGES = new WeakMap<Map<string, string[]>, NameEdges>();

function nameEdges(index: DivisionIndex): NameEdges {
  const cached = EDGES.get(index.byName);
  if (cached && cached.size === index.byName.size) return cached;
  const byTail = new Map<string, number>();
  const byHead = new Map<string, number>();
  for (const name of index.byName.keys()) {
    if (name.length < 2) continue;
    const tail = name.slice(-2);
    const head = name.slice(0, 2);
    if ((byTail.get(tail) ?? 0) < name.length) byTail.set(tail, name.length);
    if ((byHead.get(head) ?? 0) < name.length) byHead.set(head, name.length);
  }
  const edges = { size: index.byName.size, byTail, byHead };
  EDGES.set(index.byName, edges);
  return edges;
}

/** Length of the longest known name (2 … `max` characters) that ends at `end` in `s`, or 0. */
export function longestKnownEndingAt(index: DivisionIndex, s: string, end: number, max: number): number {
  if (end < 2) return 0;
  const longest = nameEdges(index).byTail.get(s.slice(end - 2, end)) ?? 0;
  for (let len = Math.min(max, end, longest); len >= 2; len--) {
    if (index.byName.has(s.slice(end - len, end))) return len;
  }
  return 0;
}

/** Length of the longest known name (2 … `max` characters) that starts at `start` in `s`, or 0. */
export function longestKnownStartingAt(index: DivisionIndex, s: string, start: number, max: number): number {
  if (s.length - start < 2) return 0;
  const longest = nameEdges(index).byHead.get(s.slice(start, start + 2)) ?? 0;
  for (let len = Math.min(max, s.length - start, longest); len >= 2; len--) {
    if (index.byName.has(s.slice(start, start + len))) return len;
  }
  return 0;
}
