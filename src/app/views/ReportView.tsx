// 报告 Report: choose a report; its card (report/ReportCard.tsx) shows identity, scorecard, figures
// beside last year's, findings and the other years, and prints as an A4 report card.
import { useState } from 'react';
import { reportListQuery, reportQuery } from '../../data/queries';
import { QueryNote } from '../components/Filters';
import { useDataQuery } from '../useDataQuery';
import { useI18n } from '../i18n';
import type { ViewProps } from './types';
import { isMine, mineSuffix } from '../origin';
import { ReportCard } from '../report/ReportCard';
import { effectiveWeights } from '../../domain/rubric';

export function ReportView({ state, set }: ViewProps) {
  const i = useI18n();
  const [search, setSearch] = useState('');
  const list = useDataQuery(reportListQuery(search.trim(), 50));
  const id = state.report ?? (list.data?.rows.find((r) => r.kind === 'annual_report')?.report_id as string | undefined) ?? null;
  const identity = useDataQuery(id ? reportQuery(id) : null);
  const rep = identity.data?.rows[0];

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
        <button type="button" onClick={() => window.print()} disabled={!rep} data-testid="report-print">{i.t('print')}</button>
      </div>
      <QueryNote error={identity.error} />
      {!id && !list.loading && <p className="empty">{i.t('noReport')}</p>}
      {id && <ReportCard id={id} set={set} weights={effectiveWeights(state.weights)} />}
    </section>
  );
}
