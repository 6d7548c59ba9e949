// The CTE `mv(report_id, value, num, den, small)`: one value per report for a measure. Metric keys
// are parameters; the aliases k0, k1… are ours.
import { sql, type Sql } from '../sql';
import { measureKeys, type Measure } from '../../domain/measures';

/** `reports`: optional conditions on `base b` restricting which reports are read (e.g. one year),
 * so the metrics scan only aggregates the rows that will be shown. */
export function measureCte(m: Measure, minSize?: number, reports?: Sql): Sql {
  const only = reports ? sql` AND report_id IN (SELECT b.report_id FROM base b WHERE true${reports})` : sql.trusted('');
  if (m.kind === 'metric') {
    return sql`mv AS (SELECT report_id, max(value) AS value, NULL::DOUBLE AS num, NULL::DOUBLE AS den, false AS small
        FROM metric_values WHERE key = ${m.key}${only} GROUP BY report_id)`;
  }
  const keys = measureKeys(m);
  const alias = (k: string) => `k${keys.indexOf(k)}`;
  const sum = (parts: readonly (readonly string[])[]) => {
    const alts = parts.map((alt) => `coalesce(${alt.map(alias).join(', ')})`);
    return sql.trusted(`CASE WHEN coalesce(${alts.join(', ')}) IS NULL THEN NULL ELSE ${alts.map((a) => `coalesce(${a}, 0)`).join(' + ')} END`);
  };
  const scale = sql.trusted(m.def.display === 'percent' ? '100' : '1');
  const min = Math.max(minSize ?? m.def.defaultMinSize, Number.MIN_VALUE);
  const pivots = sql.join(keys.map((k) => sql`max(value) FILTER (WHERE key = ${k}) AS ${sql.trusted(alias(k))}`), ', ');
  // One equality scan per key (UNION ALL), not `key IN (…)`: on the key-sorted copy an equality
  // reads only that key's row groups, while an IN list is applied after a much wider scan.
  const scans = sql.join(keys.map((k) => sql`SELECT report_id, key, value FROM metric_values WHERE key = ${k}`), ' UNION ALL ');
  return sql`mk AS (SELECT report_id, ${pivots}
        FROM (${scans})
        WHERE true${only} GROUP BY report_id),
      mr AS (SELECT report_id, ${sum(m.def.numerator)} AS num, ${sum(m.def.denominator)} AS den FROM mk),
      mv AS (SELECT report_id, CASE WHEN den >= ${min} THEN num / den * ${scale} END AS value, num, den,
        coalesce(den < ${min}, false) AS small FROM mr)`;
}
