// TODO(2008 helper): the 政府信息公开情况统计表 and its local variants.
import type { Figure, Finding, NormalizedDoc } from '../types';

export interface TableResult {
  figures: Figure[];
  findings: Finding[];
  /** whether a statistical table was found at all */
  found: boolean;
}

export function parseStatTable(_doc: NormalizedDoc): TableResult {
  return { figures: [], findings: [], found: false };
}
