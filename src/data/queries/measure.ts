// The CTE `mv(report_id, value, num, den, small)`: one value per report for a measure. Metric keys
// are parameters; the aliases k0, k1… are ours.
import { sql, type Sql } from '../sql';
import { measureKeys, type Measure } from '../../domain/measures';

/** `reports`: optional conditions on `base b` restricting which reports are read (e.g. one year),
 * so the metrics scan only aggregates the rows that will be shown. The key's rows are read once into
 * a materialised CTE and restricted there: restricted in the scan itself, DuckDB 1.5 pushes the
 * reports' ids into it as a filter (a Bloom filter or an IN list) that it evaluates on every row of
 * the key's row groups before the key filter, which made "compare in a county" at 100,000 reports
 * spend 19 of its 30 ms in that scan (scripts/bench-region.ts); DuckDB-WASM 1.4 takes the same time
 * either way. */
export function measureCte(m: Measure, minSize?: number, reports?: Sql): Sql {
  const only = reports ? sql` AND report_id IN (SELECT b.report_id FROM base b WHERE true${reports})` : sql.trusted('');
  if (m.kind === 'metric') {
    const rows = sql`SELECT report_id, key, value FROM metric_values WHERE key = ${m.key}`;
    return sql`${keyRows(rows, !!reports)}mv AS (SELECT report_id, max(value) AS value, NULL::DOUBLE AS num, NULL::DOUBLE AS den, false AS small
        FROM ${from(rows, !!reports)} WHERE true${only} GROUP BY report_id)`;
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
  return sql`${keyRows(scans, !!reports)}mk AS (SELECT report_id, ${pivots}
        FROM ${from(scans, !!reports)}
        WHERE true${only} GROUP BY report_id),
      mr AS (SELECT report_id, ${sum(m.def.numerator)} AS num, ${sum(m.def.denominator)} AS den FROM mk),
      mv AS (SELECT report_id, CASE WHEN den >= ${min} THEN num / den * ${scale} END AS value, num, den,
        coalesce(den < ${min}, false) AS small FROM mr)`;
}

/** The measure's metric rows as the CTE `mk0` when they are restricted afterwards (see measureCte). */
function keyRows(rows: Sql, restricted: boolean): Sql {
  return restricted ? sql`mk0 AS MATERIALIZED (${rows}),
      ` : sql.trusted('');
}

function from(rows: Sql, restricted: boolean): Sql {
  return restricted ? sql.trusted('mk0') : sql`(${rows})`;
}
