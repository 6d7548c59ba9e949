// 对比 Compare: one measure, one year, agencies side by side (best first, not-reported last).
import { BASE_REPORTS, query, sql, type BuiltQuery } from '../sql';
import type { Measure } from '../../domain/measures';
import { reportConditions, type ReportFilter } from './filters';
import { measureCte } from './measure';

export interface CompareOptions extends ReportFilter {
  measure: Measure;
  /** null: every year (the embeds' slices, split by report_year) */
  year: number | null;
  minSize?: number;
  limit?: number;
}

export type CompareRow = {
  report_id: string; agency_short: string | null; agency: string | null; report_year: number; level: string | null; province: string | null;
  scope: string | null; era: string | null; origin: string; value: number | null; num: number | null; den: number | null;
  small: boolean; total: number; ranked: number;
};

export function compareQuery(o: CompareOptions): BuiltQuery<CompareRow> {
  const c = reportConditions('b', o);
  return query('compare.ranking', sql`WITH ${BASE_REPORTS}, ${measureCte(o.measure, o.minSize, c)}
      SELECT b.report_id, b.agency_short, b.agency, b.report_year, b.level, b.province, b.scope, b.era, b.origin,
        mv.value, mv.num, mv.den, coalesce(mv.small, false) AS small,
        count(*) OVER () AS total, count(mv.value) OVER () AS ranked
      FROM base b LEFT JOIN mv USING (report_id)
      WHERE true${c}
      ORDER BY mv.value DESC NULLS LAST, b.agency_short, b.report_id
      LIMIT ${o.limit ?? 500}`);
}
