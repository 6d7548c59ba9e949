// Which cells of a metric are not numbers (left blank, or marked n/a) in some reports: the views'
// queries carry only numbers, and a workbook must write n/a as `/` and blank as an empty cell.
import { query, sql, type BuiltQuery } from '../sql';

/** The cells of one metric that are not numbers (blank, n/a) in some reports: exports write n/a as `/`. */
export function metricStatesQuery(key: string, reportIds: readonly string[]): BuiltQuery<{ report_id: string; state: string }> {
  return query('export.states', sql`SELECT report_id, min(state) AS state FROM metrics
      WHERE key = ${key} AND state <> 'number' AND report_id IN (${reportIds}) GROUP BY report_id ORDER BY report_id`);
}
