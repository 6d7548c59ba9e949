// The reports the user added in this browser, with removal.
import { useI18n } from '../i18n';
import { OriginBadge } from './OriginBadge';
import { corrected, type UserReport } from './userReport';

export function MyReports({ reports, onRemove }: { reports: UserReport[]; onRemove: (id: string) => void }) {
  const i = useI18n();
  return (
    <div className="import-mine">
      <h3>{i.t('import.mine')}</h3>
      {reports.length === 0 ? <p data-testid="mine-empty">{i.t('import.mineEmpty')}</p> : (
        <table data-testid="mine-table">
          <thead>
            <tr><th>{i.t('import.agency')}</th><th>{i.t('import.year')}</th><th>{i.t('import.level')}</th><th>{i.t('import.file')}</th><th>{i.t('import.figures')}</th><th /></tr>
          </thead>
          <tbody>
            {reports.map((r) => {
              const x = corrected(r);
              return (
                <tr key={r.reportId} data-testid="mine-row" data-report-id={r.reportId}>
                  <td>{x.agency ?? '—'} <OriginBadge origin="user" /></td>
                  <td>{x.report_year ?? '—'}</td>
                  <td>{i.level(x.level)}</td>
                  <td>{r.file}</td>
                  <td>{x.metrics.length}</td>
                  <td><button type="button" data-testid="remove-report" onClick={() => onRemove(r.reportId)}>{i.t('import.remove')}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
