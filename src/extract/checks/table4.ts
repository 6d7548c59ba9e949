// Table 四 (reconsideration and litigation, 2019/2021, formats.md §3.5): each group's 总计 equals
// 维持 + 纠正 + 其他 + 尚未审结; the litigation total is the sum of its two groups. Per-group cells of
// the two litigation groups are not metric keys: the catalogue holds their sums, which obey the same rule.
import type { Finding } from '../types';
import type { FigureMap } from './finding';
import { checkSum } from './sums';

export function table4Checks(fm: FigureMap): Finding[] {
  return [
    ...checkSum(fm, 'T4-GROUP-SUM', 'reconsideration_total', [
      'reconsideration_upheld', 'reconsideration_corrected', 'reconsideration_other', 'reconsideration_pending',
    ]),
    ...checkSum(fm, 'T4-GROUP-SUM', 'litigation_total', [
      'litigation_upheld', 'litigation_corrected', 'litigation_other', 'litigation_pending',
    ]),
    ...checkSum(fm, 'T4-GROUP-SUM', 'litigation_total', ['litigation_direct_total', 'litigation_after_reconsideration_total']),
  ];
}
