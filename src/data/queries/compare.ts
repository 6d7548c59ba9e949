// 对比 Compare: one measure, one year, agencies side by side (best first, not-reported last).
import { BASE_REPORTS, type BuiltQuery } from '../sql';
import type { Measure } from '../measures';
import { reportConditions, type ReportFilter } from './filters';
import { measureCte } from './measure';

export interface CompareOptions extends ReportFilter {
  measure: Measure;
  year: number;
  minSize?: number;
  limit?: number;
}

export function compareQuery(o: CompareOptions): BuiltQuery {
  const c = reportConditions('b', o);
  const m = measureCte(o.measure, o.minSize, c);
  return {
    name: 'compare.ranking',
    sql: `WITH ${BASE_REPORTS}, ${m.sql}
      SELECT b.report_id, b.agency_short, b.agency, b.level, b.province, b.scope, b.era, b.origin,
        mv.value, mv.num, mv.den, coalesce(mv.small, false) AS small,
        count(*) OVER () AS total, count(mv.value) OVER () AS ranked
      FROM base b LEFT JOIN mv USING (report_id)
      WHERE true${c.sql}
      ORDER BY mv.value DESC NULLS LAST, b.agency_short
      LIMIT ?`,
    params: [...m.params, ...c.params, o.limit ?? 500],
  };
}
