// 报告 Report: one report — identity, every figure with its source, its findings, and the same
// agency's other years beside it.
import { useMemo, useState } from 'react';
import { agencyYearsQuery, reportFiguresQuery, reportFindingsQuery, reportListQuery, reportQuery, reportsFiguresQuery } from '../../data/queries';
import { METRIC_KEYS } from '../../domain/metrics';
import { formatValue } from '../../charts/format';
import { SimpleTable } from '../components/SimpleTable';
import { QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { metricLabel, useI18n } from '../i18n';
import type { ViewProps } from './types';
import { FindingText } from '../findingText';
import { inLanguage, textOf } from '../../domain/text';
import { OriginBadge } from '../import/OriginBadge';
import { isMine, mineSuffix } from '../origin';

const ORDER = new Map(METRIC_KEYS.map((k, n) => [k as string, n]));

export function ReportView({ state, set }: ViewProps) {
  const i = useI18n();
  const [search, setSearch] = useState('');
  const list = useDataQuery(reportListQuery(search.trim(), 50));
  const id = state.report ?? (list.data?.rows.find((r) => r.kind === 'annual_report')?.report_id as string | undefined) ?? null;
  const identity = useDataQuery(id ? reportQuery(id) : null);
  const figures = useDataQuery(id ? reportFiguresQuery(id) : null);
  const findings = useDataQuery(id ? reportFindingsQuery(id) : null);
  const rep = identity.data?.rows[0];
  const agency = ((rep?.lineage ?? rep?.agency_short) as string | null) ?? null;
  const years = useDataQuery(agency ? agencyYearsQuery(agency) : null);
  const yearIds = (years.data?.rows ?? []).map((r) => String(r.report_id));
  const otherFigures = useDataQuery(yearIds.length ? reportsFiguresQuery(yearIds) : null);
  const fmt = { display: 'number' as const, notReported: i.t('notReported'), locale: i.locale };

  const figureRows = useMemo(() => [...(figures.data?.rows ?? [])].sort((a, b) =>
    (ORDER.get(String(a.key)) ?? 999) - (ORDER.get(String(b.key)) ?? 999)), [figures.data]);
  const pivot = useMemo(() => {
    const reps = years.data?.rows ?? [];
    const ys = reps.map((r) => Number(r.report_year));
    const reportOfYear = new Map(reps.map((r) => [Number(r.report_year), String(r.report_id)]));
    const yearOf = new Map(reps.map((r) => [String(r.report_id), Number(r.report_year)]));
    const rows = otherFigures.data?.rows ?? [];
    const keys = [...new Set(rows.map((r) => String(r.key)))].sort((a, b) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999));
    const cell = new Map(rows.map((r) => [`${r.key}|${yearOf.get(String(r.report_id))}`, r.value]));
    return { ys, reportOfYear, rows: keys.map((k) => ({ key: k, ...Object.fromEntries(ys.map((y) => [String(y), cell.get(`${k}|${y}`) ?? null])) })) };
  }, [years.data, otherFigures.data]);

  const field = (label: string, v: unknown) => <div><dt>{label}</dt><dd>{v == null || v === '' ? '—' : String(v)}</dd></div>;

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{i.t('report')}</h2>
      <div className="controls">
        <label>{i.t('chooseReport')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="report-search" />
        </label>
        <label>{i.t('report')}
          <select value={id ?? ''} onChange={(e) => set({ report: e.target.value || null })} data-testid="report-select">
            {id && !list.data?.rows.some((r) => r.report_id === id) && <option value={id}>{String(rep?.agency_short ?? id)} {String(rep?.report_year ?? '')}</option>}
            {(list.data?.rows ?? []).map((r) => (
              <option key={String(r.report_id)} value={String(r.report_id)}>
                {String(r.agency_short ?? r.file)} {String(r.report_year ?? '')}{r.kind !== 'annual_report' ? ` (${i.value('kind', r.kind)})` : ''}{isMine(r.origin) ? mineSuffix(i.lang) : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryNote error={identity.error ?? figures.error ?? findings.error ?? years.error} />
      {!id && !list.loading && <p className="empty">{i.t('noReport')}</p>}
      {id && !identity.loading && identity.data && !rep && <p className="empty">{i.t('reportMissing')}</p>}
      {rep && (
        <>
          <h3 data-testid="report-agency">{String(rep.agency ?? rep.agency_short ?? rep.file)} · {String(rep.report_year ?? '')}<OriginBadge origin={rep.origin} /></h3>
          <dl className="identity" data-testid="report-identity">
            {field(i.t('agency'), rep.agency_short)}{field(i.t('level'), i.value('level', rep.level))}{field(i.t('scope'), i.value('scope', rep.scope))}
            {field(i.t('parent'), rep.parent)}{field(i.t('province'), rep.province)}{field(i.t('year'), rep.report_year)}{field(i.t('era'), i.value('era', rep.era))}
            {field(i.t('published'), rep.published_on)}{field(i.t('publishedSource'), i.value('published_source', rep.published_source))}
            {field(i.t('timeliness'), i.value('timeliness', rep.timeliness ?? 'unknown') + (rep.days_late != null ? ` (${String(rep.days_late)})` : ''))}
            {field(i.t('kind'), i.value('kind', rep.kind) + (rep.reason ? `: ${inLanguage(textOf(rep.reason, rep.reason_en), i.lang)}` : ''))}
            {field(i.t('file'), rep.file)}{field(i.t('origin'), i.value('origin', rep.origin))}
          </dl>
          <h3>{i.t('figures')}</h3>
          <SimpleTable testId="figures-table" rows={figureRows} columns={[
            { key: 'key', label: i.t('metric'), render: (r) => metricLabel(String(r.key), i.lang) },
            { key: 'value', label: i.t('value'), numeric: true, render: (r) => `${formatValue(r.value, fmt)}${r.approx ? ' ≈' : ''}` },
            { key: 'source_kind', label: i.t('source'), render: (r) => (r.source_kind === 'text' ? i.t('text') : i.t('table')) },
            { key: 'line', label: i.t('line'), numeric: true },
            { key: 'excerpt', label: i.t('excerpt'), wrap: true },
          ]} />
          <h3>{i.t('findings')}</h3>
          {(findings.data?.rows.length ?? 0) === 0 ? <p className="note">—</p> : (
            <SimpleTable testId="report-findings" rows={findings.data!.rows} columns={[
              { key: 'severity', label: i.t('severity'), render: (r) => <span className={`sev sev-${String(r.severity)}`}>{i.t(r.severity as 'error')}</span> },
              { key: 'message', label: i.t('finding'), wrap: true, render: (r) => <FindingText code={String(r.code)} message={r.message} messageEn={r.message_en} lang={i.lang} /> },
              { key: 'code', label: i.t('code'), render: (r) => <code className="finding-code">{String(r.code)}</code> },
            ]} />
          )}
          <h3>{i.t('otherYears')}</h3>
          <SimpleTable testId="other-years" rows={pivot.rows} columns={[
            { key: 'key', label: i.t('metric'), render: (r) => metricLabel(String(r.key), i.lang) },
            ...pivot.ys.map((y) => ({
              key: String(y), numeric: true,
              label: String(y) + (pivot.reportOfYear.get(y) === id ? ' ●' : ''),
              render: (r: Record<string, unknown>) => formatValue(r[String(y)], fmt),
            })),
          ]} />
          <p className="note">
            {pivot.ys.map((y) => (
              <a key={y} href={`?view=report&report=${encodeURIComponent(pivot.reportOfYear.get(y)!)}`}
                onClick={(e) => { e.preventDefault(); set({ report: pivot.reportOfYear.get(y)! }); }}
                aria-current={pivot.reportOfYear.get(y) === id ? 'page' : undefined}>{y} </a>
            ))}
          </p>
        </>
      )}
    </section>
  );
}
