// 合规 Compliance: every finding (filtered), a scorecard per report, agencies ranked by open problems.
import { BASE_REPORTS, query, sql, type BuiltQuery, type Sql } from '../sql';
import { codesOfFacet, SEVERITIES, type Severity } from '../../domain/checks';
import { levelsOf, type LevelGroup } from '../../domain/levels';
import { reportConditions, type ReportFilter } from './filters';
import { regionConditionOf } from './region';

export interface FindingFilter {
  severities?: readonly Severity[];
  code?: string | null;
  agency?: string | null;
  year?: number | null;
  levelGroup?: LevelGroup | null;
  /** the URL's region (src/domain/regions.ts) */
  region?: string | null;
  limit?: number;
}

function findingConditions(f: FindingFilter): Sql {
  const parts: Sql[] = [];
  const sev = (f.severities ?? []).filter((s) => SEVERITIES.includes(s));
  if (sev.length) parts.push(sql`f.severity IN (${sev})`);
  if (f.code) parts.push(sql`f.code = ${f.code}`);
  if (f.agency) parts.push(sql`contains(coalesce(r.agency_short, r.agency, ''), ${f.agency})`);
  if (f.year != null) parts.push(sql`r.report_year = ${f.year}`);
  if (f.levelGroup) parts.push(sql`r.level IN (${levelsOf(f.levelGroup)})`);
  const region = regionConditionOf(sql.trusted('r'), f.region);
  if (region) parts.push(region);
  return sql.and(parts);
}

export type FindingRow = {
  report_id: string; agency_short: string | null; agency: string | null; report_year: number | null; level: string | null;
  origin: string; code: string; severity: Severity; message: string; message_en: string; metrics: string; total: number;
};

export function findingsQuery(f: FindingFilter): BuiltQuery<FindingRow> {
  return query('compliance.findings', sql`SELECT f.report_id, r.agency_short, r.agency, r.report_year, r.level, r.origin, f.code, f.severity, f.message, f.message_en, f.metrics,
        count(*) OVER () AS total
      FROM findings f JOIN reports r USING (report_id)
      WHERE true${findingConditions(f)}
      ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, r.agency_short, r.report_year, f.code
      LIMIT ${f.limit ?? 1000}`);
}

export function findingCodesQuery(): BuiltQuery<{ code: string; severity: Severity; n: number }> {
  return query('compliance.codes', sql`SELECT code, max(severity) AS severity, count(*) AS n FROM findings GROUP BY code ORDER BY n DESC, code`);
}

/** Scorecard criteria: a report fails a column when it has an error or warning whose code the checks
 * registry files under that facet (src/domain/checks.ts), so new checks join the right
 * column without touching this file. */
export const SCORECARD = [
  { key: 'sections', codes: codesOfFacet('sections') },
  { key: 'balance', codes: codesOfFacet('balance') },
  { key: 'prose', codes: codesOfFacet('prose') },
  { key: 'copied', codes: codesOfFacet('copied') },
] as const;
export type ScoreKey = 'on_time' | (typeof SCORECARD)[number]['key'];

export function scorecardQuery(f: ReportFilter & { agency?: string | null; limit?: number }): BuiltQuery {
  const c = reportConditions('b', { ...f, includeRegion: true });
  const bad = sql.join(SCORECARD.map((s) => sql`max(CASE WHEN f.code IN (${s.codes}) THEN 1 ELSE 0 END) AS ${sql.trusted(`bad_${s.key}`)}`), ', ');
  const passed = sql.trusted(SCORECARD.map((s) => `coalesce(fc.bad_${s.key}, 0) = 0 AS ${s.key}`).join(', '));
  const agency = f.agency ? sql` AND contains(coalesce(b.agency_short, b.agency, ''), ${f.agency})` : sql.trusted('');
  return query('compliance.scorecard', sql`WITH ${BASE_REPORTS},
      fc AS (SELECT f.report_id, ${bad} FROM findings f WHERE f.severity <> 'info' GROUP BY f.report_id)
      SELECT b.report_id, b.agency_short, b.report_year, b.level, b.origin, b.timeliness, b.days_late,
        CASE b.timeliness WHEN 'on_time' THEN true WHEN 'late' THEN false WHEN 'warn_window' THEN false ELSE NULL END AS on_time,
        ${passed},
        b.n_errors, b.n_warnings, count(*) OVER () AS total
      FROM base b LEFT JOIN fc USING (report_id)
      WHERE true${c}${agency}
      ORDER BY b.n_errors + b.n_warnings DESC, b.agency_short, b.report_year
      LIMIT ${f.limit ?? 500}`);
}

export type RankingRow = { agency_short: string; reports: number; errors: number; warnings: number; open: number; origin: string | null };

export function problemRankingQuery(f: ReportFilter & { limit?: number }): BuiltQuery<RankingRow> {
  return query('compliance.ranking', sql`WITH ${BASE_REPORTS}
      SELECT b.agency_short, count(*) AS reports, sum(b.n_errors) AS errors, sum(b.n_warnings) AS warnings,
        sum(b.n_errors + b.n_warnings) AS open,
        -- 'user' when any of the agency's reports is the user's own (the row is then marked as theirs)
        max(CASE WHEN b.origin = 'user' THEN 'user' END) AS origin
      FROM base b WHERE b.agency_short IS NOT NULL${reportConditions('b', f)}
      GROUP BY 1 HAVING sum(b.n_errors + b.n_warnings) > 0
      ORDER BY open DESC, errors DESC, b.agency_short LIMIT ${f.limit ?? 30}`);
}
