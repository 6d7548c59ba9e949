// One report as a card (the Report view's body, and one page of "print all report cards"): identity,
// the scorecard and rubric score, every figure beside last year's with the change, the findings with
// where they are, and the agency's main figures over the years.
import { useEffect, useMemo } from 'react';
import { agencyYearsQuery, reportFiguresQuery, reportFindingsQuery, reportQuery, reportsFiguresQuery } from '../../data/queries';
import { METRIC_KEYS } from '../../domain/metrics';
import { CARD_FACETS, scorecardOf, scoreUnit } from '../../domain/reviewScore';
import { effectiveWeights, type Weights } from '../../domain/rubric';
import type { Severity } from '../../domain/checks';
import { inLanguage, textOf } from '../../domain/text';
import { formatValue } from '../../charts/format';
import { SimpleTable } from '../components/SimpleTable';
import { QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { metricLabel, useI18n, type WordKey } from '../i18n';
import { FindingText } from '../findingText';
import { OriginBadge } from '../import/OriginBadge';
import type { ViewProps } from '../views/types';
import { besideLastYear } from './lastYear';

const ORDER = new Map(METRIC_KEYS.map((k, n) => [k as string, n]));
const byCatalogue = (a: string, b: string) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999);

export function ReportCard({ id, set, weights = effectiveWeights(), onReady }: {
  id: string; set: ViewProps['set']; weights?: Weights; onReady?: () => void;
}) {
  const i = useI18n();
  const identity = useDataQuery(reportQuery(id));
  const figures = useDataQuery(reportFiguresQuery(id));
  const findings = useDataQuery(reportFindingsQuery(id));
  const rep = identity.data?.rows[0];
  const agency = ((rep?.lineage ?? rep?.agency_short) as string | null) ?? null;
  const years = useDataQuery(agency ? agencyYearsQuery(agency) : null);
  const yearIds = (years.data?.rows ?? []).map((r) => String(r.report_id));
  const otherFigures = useDataQuery(yearIds.length ? reportsFiguresQuery(yearIds) : null);
  const fmt = { display: 'number' as const, notReported: i.t('notReported'), locale: i.locale };
  const cellText = (v: unknown, state: unknown) => (state === 'na' ? '/' : formatValue(v, fmt));

  const year = Number(rep?.report_year ?? NaN);
  const lastId = (years.data?.rows ?? []).find((r) => Number(r.report_year) === year - 1)?.report_id ?? null;
  const figureRows = useMemo(() => {
    const own = [...(figures.data?.rows ?? [])].sort((a, b) => byCatalogue(String(a.key), String(b.key)));
    const last = (otherFigures.data?.rows ?? []).filter((r) => r.report_id === lastId);
    const extra = new Map(own.map((f) => [f.key, f]));
    return besideLastYear(own, last).map((b) => ({ ...b, source_kind: extra.get(b.key)?.source_kind, line: extra.get(b.key)?.line, approx: extra.get(b.key)?.approx, excerpt: extra.get(b.key)?.excerpt }));
  }, [figures.data, otherFigures.data, lastId]);
  const pivot = useMemo(() => {
    const reps = years.data?.rows ?? [];
    const ys = reps.map((r) => Number(r.report_year));
    const reportOfYear = new Map(reps.map((r) => [Number(r.report_year), String(r.report_id)]));
    const yearOf = new Map(reps.map((r) => [String(r.report_id), Number(r.report_year)]));
    const rows = otherFigures.data?.rows ?? [];
    const keys = [...new Set(rows.map((r) => String(r.key)))].sort(byCatalogue);
    const cell = new Map(rows.map((r) => [`${r.key}|${yearOf.get(String(r.report_id))}`, r]));
    return { ys, reportOfYear, rows: keys.map((k) => ({ key: k, ...Object.fromEntries(ys.map((y) => [String(y), cell.get(`${k}|${y}`) ?? null])) })) };
  }, [years.data, otherFigures.data]);
  const findingRows = findings.data?.rows ?? [];
  const card = rep ? scorecardOf(findingRows.map((f) => ({ code: f.code, severity: f.severity as Severity })), (rep.timeliness as string | null) ?? null) : null;
  const score = rep ? scoreUnit({ unit: String(rep.agency_short ?? ''), status: 'reported', findings: findingRows.map((f) => ({ ...f, severity: f.severity as Severity })) }, weights) : null;
  const ready = !!rep && !!figures.data && !!findings.data && !!years.data && (yearIds.length === 0 || !!otherFigures.data);
  useEffect(() => { if (ready) onReady?.(); }, [ready, onReady]);

  const field = (label: string, v: unknown) => <div><dt>{label}</dt><dd>{v == null || v === '' ? '—' : String(v)}</dd></div>;
  const yn = (v: boolean | null) => (v === true ? `✓ ${i.t('yes')}` : v === false ? `✗ ${i.t('no')}` : i.t('unknown'));

  return (
    <article className="report-card" data-testid="report-card" data-ready={ready ? '1' : '0'}>
      <QueryNote error={identity.error ?? figures.error ?? findings.error ?? years.error} />
      {!identity.loading && identity.data && !rep && <p className="empty">{i.t('reportMissing')}</p>}
      {rep && (
        <>
          <p className="print-only card-title">{i.t('card.title')}</p>
          <h3 data-testid="report-agency">{String(rep.agency ?? rep.agency_short ?? rep.file)} · {String(rep.report_year ?? '')}<OriginBadge origin={rep.origin} /></h3>
          <dl className="identity" data-testid="report-identity">
            {field(i.t('agency'), rep.agency_short)}{field(i.t('level'), i.value('level', rep.level))}{field(i.t('scope'), i.value('scope', rep.scope))}
            {field(i.t('parent'), rep.parent)}{field(i.t('province'), rep.province)}{field(i.t('year'), rep.report_year)}{field(i.t('era'), i.value('era', rep.era))}
            {field(i.t('published'), rep.published_on)}{field(i.t('publishedSource'), i.value('published_source', rep.published_source))}
            {field(i.t('timeliness'), i.value('timeliness', rep.timeliness ?? 'unknown') + (rep.days_late != null ? ` (${String(rep.days_late)})` : ''))}
            {field(i.t('kind'), i.value('kind', rep.kind) + (rep.reason ? `: ${inLanguage(textOf(rep.reason, rep.reason_en), i.lang)}` : ''))}
            {field(i.t('file'), rep.file)}{field(i.t('origin'), i.value('origin', rep.origin))}
          </dl>
          {card && score && (
            <>
              <h3>{i.t('scorecard')}</h3>
              <table className="scorecard" data-testid="report-scorecard">
                <thead><tr><th scope="col">{i.t('review.score')}</th><th scope="col">{i.t('on_time')}</th>
                  {CARD_FACETS.map((f) => <th key={f} scope="col">{i.t(f as WordKey)}</th>)}</tr></thead>
                <tbody><tr><td className="num" data-testid="report-score">{score.score}</td><td>{yn(card.on_time)}</td>
                  {CARD_FACETS.map((f) => <td key={f}>{yn(card[f])}</td>)}</tr></tbody>
              </table>
            </>
          )}
          <h3>{i.t('figures')}</h3>
          {!lastId && years.data && <p className="note">{i.t('card.lastYear')}: {i.t('card.noLastYear')}</p>}
          <SimpleTable testId="figures-table" rows={figureRows} columns={[
            { key: 'key', label: i.t('metric'), render: (r) => metricLabel(String(r.key), i.lang) },
            { key: 'value', label: i.t('value'), numeric: true, render: (r) => `${cellText(r.value, r.state)}${r.approx ? ' ≈' : ''}` },
            { key: 'last', label: `${i.t('card.lastYear')}${Number.isFinite(year) ? ` (${year - 1})` : ''}`, numeric: true,
              render: (r) => (lastId ? cellText(r.last, r.lastState ?? undefined) : '') },
            { key: 'change', label: i.t('change'), numeric: true, render: (r) => (r.change == null ? '' : `${r.change > 0 ? '+' : ''}${formatValue(r.change, fmt)}`) },
            { key: 'source_kind', label: i.t('source'), render: (r) => (r.source_kind === 'text' ? i.t('text') : i.t('table')) },
            { key: 'line', label: i.t('line'), numeric: true },
            { key: 'excerpt', label: i.t('excerpt'), wrap: true },
          ]} />
          <h3>{i.t('findings')}</h3>
          {findingRows.length === 0 ? <p className="note">—</p> : (
            <SimpleTable testId="report-findings" rows={findingRows} columns={[
              { key: 'severity', label: i.t('severity'), render: (r) => <span className={`sev sev-${String(r.severity)}`}>{i.t(r.severity as 'error')}</span> },
              { key: 'message', label: i.t('finding'), wrap: true, render: (r) => <FindingText code={String(r.code)} message={r.message} messageEn={r.message_en} lang={i.lang} /> },
              { key: 'code', label: i.t('code'), render: (r) => <code className="finding-code">{String(r.code)}</code> },
            ]} />
          )}
          <h3>{i.t('card.trend')}</h3>
          <SimpleTable testId="other-years" rows={pivot.rows} columns={[
            { key: 'key', label: i.t('metric'), render: (r) => metricLabel(String(r.key), i.lang) },
            ...pivot.ys.map((y) => ({
              key: String(y), numeric: true,
              label: String(y) + (pivot.reportOfYear.get(y) === id ? ' ●' : ''),
              render: (r: Record<string, unknown>) => {
                const c = r[String(y)] as { value: unknown; state: unknown } | null;
                return c ? cellText(c.value, c.state) : formatValue(null, fmt);
              },
            })),
          ]} />
          <p className="note no-print">
            {pivot.ys.map((y) => (
              <a key={y} href={`?view=report&report=${encodeURIComponent(pivot.reportOfYear.get(y)!)}`}
                onClick={(e) => { e.preventDefault(); set({ view: 'report', report: pivot.reportOfYear.get(y)! }); }}
                aria-current={pivot.reportOfYear.get(y) === id ? 'page' : undefined}>{y} </a>
            ))}
          </p>
        </>
      )}
    </article>
  );
}
