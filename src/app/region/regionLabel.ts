// A region's name in the interface: the division's name from the tree (its code until the tree has
// loaded), "division not resolved" with its province, or an old link's province name.
import type { DivisionTree } from '../../domain/divisionTree';
import { PROVINCE_CODES, parseRegion } from '../../domain/regions';
import type { I18n } from '../i18n';

export function regionLabel(tree: DivisionTree, region: string | null, i: I18n): string {
  const r = parseRegion(region);
  if (!r) return i.t('regionAll');
  if (r.kind === 'division') return tree.node(r.code)?.name ?? (r.code.length === 2 ? PROVINCE_CODES[r.code] ?? r.code : r.code);
  if (r.kind === 'unresolved') return r.province ? `${PROVINCE_CODES[r.province] ?? r.province} · ${i.t('regionUnresolved')}` : i.t('regionUnresolved');
  return r.name;
}
