// A unit picked from the division tree in the import preview, as a correction: its 12-digit division
// code, its province and parent government, and the level its name gives as the extractor reads
// names (镇/乡 → township, 街道 → street, 浏阳市 at county tier → county; src/extract/identity/level.ts).
// Pure: the preview applies the patch like a typed correction (the identity checks run again).
import { placeLevel, type DivisionIndex, type Level } from '../../extract';
import type { DivisionNode, DivisionTree } from '../../domain/divisionTree';
import type { Corrections } from './userReport';

const PSEUDO = (n: DivisionNode | undefined) => !n || n.pseudo;

/** The corrections that place a report at `code` (a 2-, 4-, 6- or 9-digit node of the tree); null for
 * a code the tree does not hold. */
export function unitCorrections(tree: DivisionTree, code: string): Required<Pick<Corrections, 'division_code' | 'province' | 'parent' | 'level'>> | null {
  const path = tree.path(code);
  const node = path.at(-1);
  if (!node || node.code !== code) return null;
  // as the extractor places a code (identity/divisions.ts placementOf): a township's parent is its
  // county, a county's its city (or the province when the city row is a pseudo one), a city's the province
  const at = (len: number) => path.find((n) => n.code.length === len);
  const province = path[0].name;
  let parent: string | null = null;
  if (code.length === 9) parent = PSEUDO(at(6)) ? null : at(6)!.name;
  else if (code.length === 6) parent = PSEUDO(at(4)) ? province : at(4)!.name;
  else if (code.length === 4) parent = province;
  return { division_code: code.padEnd(12, '0'), province, parent: parent ?? '', level: levelOfUnit(node, path) };
}

/** The level of a unit of the list from its name, the way the extractor reads an agency's place name,
 * with the tree's own codes as its index (so 浏阳市 is known as a county-level city). A township-tier
 * row whose name says nothing (XX农场, XX地区办事处) is a township, or a street for an office. */
export function levelOfUnit(node: DivisionNode, path: readonly DivisionNode[]): Level {
  const index: DivisionIndex = { names: {}, byName: new Map() };
  for (const n of path) {
    index.names[n.code] = n.name;
    if (!n.pseudo) index.byName.set(n.name, [...(index.byName.get(n.name) ?? []), n.code]);
  }
  const level = placeLevel(node.name, index);
  if (node.tier === 'township' && level === 'unknown') return /办事处$/.test(node.name) ? 'street' : 'township';
  if (node.tier === 'county' && (level === 'unknown' || level === 'city')) return 'county';
  return level;
}

/** Units whose name contains `text` (at least one character), in code order, at most `limit`: the
 * picker's search, for a unit among the ~45,000 of the list. Pseudo rows (市辖区) are no units. */
export function findUnits(tree: DivisionTree, text: string, limit = 30): DivisionNode[] {
  const q = text.trim();
  if (!q) return [];
  const out: DivisionNode[] = [];
  const walk = (code: string | null) => {
    for (const n of tree.children(code)) {
      if (out.length >= limit) return;
      if (!n.pseudo && n.name.includes(q)) out.push(n);
      walk(n.code);
    }
  };
  walk(null);
  return out;
}
