// Table 四 (reconsideration and litigation, 2019/2021, docs/formats.md §3.4): each group's 总计 equals
// 维持 + 纠正 + 其他 + 尚未审结; the litigation total is the sum of its two groups. Per-group cells of
// the two litigation groups are not metric keys: the catalogue holds their sums, which obey the same rule.
import type { Finding } from '../types';
import { type FigureMap, exact } from './finding';
import { checkSum } from './sums';

const LITIGATION_RESULTS = ['litigation_upheld', 'litigation_corrected', 'litigation_other', 'litigation_pending'];

export function table4Checks(fm: FigureMap): Finding[] {
  // Litigation figures read from table 四 are sums of its two lawsuit groups; the table parser checks
  // each group on its own printed cells (two wrong groups can cancel out in the sums), and a wrong
  // group always makes these sums disagree too: checking them again would report it twice.
  const fromTable = ['litigation_total', ...LITIGATION_RESULTS].every((k) => {
    const f = fm.get(k);
    return exact(f) && f.source.kind === 'table';
  });
  return [
    ...checkSum(fm, 'T4-GROUP-SUM', 'reconsideration_total', [
      'reconsideration_upheld', 'reconsideration_corrected', 'reconsideration_other', 'reconsideration_pending',
    ]),
    ...(fromTable ? [] : checkSum(fm, 'T4-GROUP-SUM', 'litigation_total', LITIGATION_RESULTS)),
    ...checkSum(fm, 'T4-GROUP-SUM', 'litigation_total', ['litigation_direct_total', 'litigation_after_reconsideration_total']),
  ];
}
