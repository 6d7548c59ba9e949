// Table 二 plausibility (2019 format, docs/formats.md §3.2).
import type { Finding } from '../types';
import { type FigureMap, describe, describeZh, exact, finding } from './finding';
import { checkAtMost } from './sums';

const ITEM_ROWS = ['licensing', 'other_services', 'penalties', 'coercion'] as const;

export function table2Checks(fm: FigureMap): Finding[] {
  const out: Finding[] = [];
  for (const row of ITEM_ROWS) {
    const prev = fm.get(`${row}_previous`);
    const change = fm.get(`${row}_change`);
    const dec = fm.get(`${row}_decisions`);
    if (!exact(prev) || !exact(change) || !exact(dec)) continue;
    // The number of items now (previous + change) is not a column of the table; a report that writes
    // exactly that sum under 处理决定数量 has most likely put it in the wrong column.
    if (prev.value > 0 && change.value > 0 && dec.value === prev.value + change.value) {
      out.push(finding('B-SUCCESSOR', {
        zh: `${describeZh(dec)}等于${describeZh(prev)} + ${describeZh(change)}：处理决定数量一栏似乎填的是现有项目数量`,
        en: `${describe(dec)} equals ${describe(prev)} + ${describe(change)}: the current number of items seems to stand in the decisions column`,
      }, [dec.key, prev.key, change.key]));
    }
  }
  out.push(...checkAtMost(fm, 'B-REG-STOCK', 'rules_published', 'rules_in_force'));
  out.push(...checkAtMost(fm, 'B-REG-STOCK', 'normative_published', 'normative_in_force'));
  return out;
}
