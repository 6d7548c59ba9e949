// Which of some reports' cells of a measure are blank or n/a (so a workbook writes `/`, not an empty
// cell, where the report marked n/a). Ratios are computed and have no cell of their own.
import { runQuery } from '../../data';
import { metricStatesQuery } from '../../data/queries';
import type { Measure } from '../../domain/measures';

export async function cellStatesOf(m: Measure, reportIds: readonly string[]): Promise<Map<string, string>> {
  if (m.kind !== 'metric' || reportIds.length === 0) return new Map();
  const r = await runQuery(metricStatesQuery(m.key, reportIds));
  return new Map(r.rows.map((x) => [String(x.report_id), String(x.state)]));
}
