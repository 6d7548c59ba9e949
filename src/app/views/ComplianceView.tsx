// 合规 Compliance: every finding (filterable), a scorecard per report, agencies ranked by open problems.
import { useMemo } from 'react';
import { findingCodesQuery, findingsQuery, problemRankingQuery, scorecardQuery, SCORECARD } from '../../data/queries';
import { SEVERITIES } from '../../domain/checks';
import { rankingChart } from '../../charts/ranking';
import { ChartPanel } from '../components/ChartPanel';
import { SimpleTable } from '../components/SimpleTable';
import { LevelSelect, QueryNote, YearSelect } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { effectiveYear, useYears } from '../useLookups';
import { useRegionUnits } from '../region/useRegionUnits';
import { MissingUnits } from '../region/MissingUnits';
import { useI18n } from '../i18n';
import { downloadCsv } from '../download';
import { ExcelButton } from '../components/ExcelButton';
import { complianceWorkbook } from '../export/complianceSheets';
import { useExportSource } from '../export/useExportSource';
import { codeLabel, FindingText } from '../findingText';
import { OriginBadge } from '../import/OriginBadge';
import { isMine, withMine } from '../origin';
import type { ViewProps } from './types';

export function ComplianceView({ state, set }: ViewProps) {
  const i = useI18n();
  const years = useYears();
  const f = { severities: state.severity, code: state.code, agency: state.agency, year: state.year, levelGroup: state.level, region: state.region };
  const findings = useDataQuery(findingsQuery(f));
  const codes = useDataQuery(findingCodesQuery());
  const score = useDataQuery(scorecardQuery({ year: state.year, levelGroup: state.level, region: state.region, agency: state.agency, includeRegion: true }));
  const ranking = useDataQuery(problemRankingQuery({ year: state.year, levelGroup: state.level, region: state.region, includeRegion: state.includeRegion }));
  const rankRows = ranking.data?.rows ?? [];
  const source = useExportSource(state.data);
  // A region's units with no report for the year (the chosen one, else the latest) are a compliance matter too.
  const units = useRegionUnits(state.region);
  const unitsYear = effectiveYear(state.year, years);
  const chart = useMemo(() => (rankRows.length ? rankingChart(rankRows.map((x) => ({
    name: withMine(String(x.agency_short), isMine(x.origin), i.lang), value: Number(x.open), mine: isMine(x.origin), detail: `${i.t('errors')} ${x.errors} · ${i.t('warnings')} ${x.warnings}`,
  })), { title: i.t('ranking'), unit: '', format: { display: 'number', notReported: i.t('notReported'), locale: i.locale } }, 30) : null), [rankRows, i]);
  const fRows = findings.data?.rows ?? [];
  const yn = (v: unknown) => (v === true ? `✓ ${i.t('yes')}` : v === false ? `✗ ${i.t('no')}` : i.t('unknown'));
  const toggleSeverity = (s: (typeof SEVERITIES)[number]) =>
    set({ severity: state.severity.includes(s) ? state.severity.filter((x) => x !== s) : [...state.severity, s] });

  return (
    <section aria-labelledby="compliance-title">
      <h2 id="compliance-title">{i.t('compliance')}</h2>
      <div className="controls">
        <fieldset><legend>{i.t('severity')}</legend>
          {SEVERITIES.map((s) => (
            <label key={s} className="check"><input type="checkbox" checked={state.severity.includes(s)} onChange={() => toggleSeverity(s)} />{i.t(s)}</label>
          ))}
        </fieldset>
        <label>{i.t('code')}
          <select value={state.code ?? ''} onChange={(e) => set({ code: e.target.value || null })} data-testid="code-select">
            <option value="">{i.t('allCodes')}</option>
            {(codes.data?.rows ?? []).map((c) => <option key={String(c.code)} value={String(c.code)}>{codeLabel(String(c.code), i.lang)} ({String(c.n)})</option>)}
          </select>
        </label>
        <label>{i.t('agency')}
          <input type="search" defaultValue={state.agency ?? ''} data-testid="finding-agency"
            onChange={(e) => set({ agency: e.target.value.trim() || null }, { replace: true })} />
        </label>
        <YearSelect value={state.year} years={years} allowAll onChange={(y) => set({ year: y })} />
        <LevelSelect value={state.level} onChange={(l) => set({ level: l })} />
        <button type="button" disabled={!fRows.length} data-testid="findings-csv" onClick={() => downloadCsv('findings.csv',
          ['report_id', 'agency_short', 'report_year', 'level', 'origin', 'code', 'severity', 'message', 'message_en', 'metrics'], fRows)}>{i.t('downloadCsv')}</button>
        <ExcelButton testId="compliance-xlsx" disabled={!fRows.length && !(score.data?.rows.length)} build={() => complianceWorkbook({
          findings: fRows, scorecard: score.data?.rows ?? [], ranking: rankRows, year: state.year }, i, source())} />
      </div>
      <QueryNote error={findings.error ?? score.error ?? ranking.error} />
      {units && unitsYear !== null && <MissingUnits units={units} year={unitsYear} regionName={state.region ?? ''} />}
      <h3>{i.t('findings')} ({Number(fRows[0]?.total ?? 0)})</h3>
      {!findings.loading && fRows.length === 0 ? <QueryNote error={null} empty /> : (
        <SimpleTable testId="findings-table" rows={fRows} columns={[
          { key: 'severity', label: i.t('severity'), render: (x) => <span className={`sev sev-${String(x.severity)}`}>{i.t(x.severity as 'error')}</span> },
          { key: 'message', label: i.t('finding'), wrap: true, render: (x) => <FindingText code={String(x.code)} message={x.message} messageEn={x.message_en} lang={i.lang} /> },
          { key: 'code', label: i.t('code'), render: (x) => <code className="finding-code">{String(x.code)}</code> },
          { key: 'agency_short', label: i.t('agency'), render: (x) => (<>
            <a href={`?view=report&report=${encodeURIComponent(String(x.report_id))}`} onClick={(e) => { e.preventDefault(); set({ view: 'report', report: String(x.report_id) }); }}>
              {String(x.agency_short ?? x.report_id)}</a><OriginBadge origin={x.origin} /></>) },
          { key: 'report_year', label: i.t('year') },
        ]} />
      )}
      <h3>{i.t('scorecard')}</h3>
      <SimpleTable testId="scorecard-table" rows={score.data?.rows ?? []} columns={[
        { key: 'agency_short', label: i.t('agency'), render: (x) => <>{String(x.agency_short ?? '')}<OriginBadge origin={x.origin} /></> },
        { key: 'report_year', label: i.t('year') },
        { key: 'on_time', label: i.t('on_time'), render: (x) => yn(x.on_time) },
        ...SCORECARD.map((s) => ({ key: s.key, label: i.t(s.key), render: (x: Record<string, unknown>) => yn(x[s.key]) })),
        { key: 'n_errors', label: i.t('errors'), numeric: true }, { key: 'n_warnings', label: i.t('warnings'), numeric: true },
      ]} />
      <h3>{i.t('ranking')}</h3>
      <ChartPanel id="problems" option={chart?.option ?? null} order={chart?.order} height={Math.max(200, 70 + Math.min(30, rankRows.length) * 22)} busy={ranking.loading}
        embed={{ state }} embedTitle={i.t('ranking')}
        onItemClick={(idx) => { const row = rankRows[idx]; if (row) set({ agency: String(row.agency_short) }); }}
        table={<SimpleTable rows={rankRows} columns={[
          { key: 'agency_short', label: i.t('agency'), render: (x) => <>{String(x.agency_short ?? '')}<OriginBadge origin={x.origin} /></> }, { key: 'open', label: i.t('openProblems'), numeric: true },
          { key: 'errors', label: i.t('errors'), numeric: true }, { key: 'warnings', label: i.t('warnings'), numeric: true },
        ]} />} />
      {!ranking.loading && rankRows.length === 0 && <QueryNote error={null} empty />}
    </section>
  );
}
