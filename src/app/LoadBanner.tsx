// Progress while DuckDB starts and the data file loads; what to do when it fails or is empty.
import { useSyncExternalStore } from 'react';
import { dataUrlProblem, loadStatus, onLoadStatus } from '../data';
import { useI18n } from './i18n';
import { problemText } from '../domain/problems';
import { PROVINCE_CODES } from '../domain/regions';

const partitionName = (key: string, lang: string) => PROVINCE_CODES[key] ?? (lang === 'en' ? 'reports with no province' : '无省份的报告');

export function useLoadStatus() {
  return useSyncExternalStore(onLoadStatus, loadStatus);
}

export function LoadBanner() {
  const i = useI18n();
  const s = useLoadStatus();
  const urlProblem = dataUrlProblem();
  const synthetic = s.manifest?.origin === 'synthetic';
  return (
    <div className="load-banner" data-phase={s.phase} data-testid="load-status">
      {urlProblem && <p role="alert" className="error">{problemText(urlProblem, i.lang)}</p>}
      {s.phase === 'engine' || s.phase === 'idle' ? <p role="status"><progress aria-label={i.t('loadingEngine')} /> {i.t('loadingEngine')}</p> : null}
      {s.phase === 'download' ? (
        <p role="status"><progress value={s.loaded ?? 0} max={s.total || undefined} aria-label={i.t('loadingDownload')} /> {i.t('loadingDownload')}
          {s.total ? ` ${Math.round(((s.loaded ?? 0) / s.total) * 100)}%` : ''}</p>
      ) : null}
      {s.phase === 'tables' ? <p role="status"><progress aria-label={i.t('loadingTables')} /> {i.t('loadingTables')}</p> : null}
      {s.phase === 'error' ? <p role="alert" className="error">{i.t('loadError')}{s.problem ? problemText(s.problem, i.lang) : ''} {i.t('loadErrorHint')}</p> : null}
      {s.phase === 'ready' && s.problem ? <p role="alert" className="error" data-testid="dataset-warning">{problemText(s.problem, i.lang)}</p> : null}
      {s.phase === 'empty' ? <p role="status" className="empty">{i.t('emptyData')} ({s.problem ? problemText(s.problem, i.lang) : ''})</p> : null}
      {s.partitions ? (
        <p role="status" className="partitions" data-testid="partition-status" data-loaded={s.partitions.loaded.join(',')} data-loading={s.partitions.loading ?? ''}>
          {s.partitions.loading ? <><progress value={s.partitions.loadingBytes ?? 0} max={s.partitions.loadingTotal || undefined} aria-label={i.t('partitionLoading', { name: partitionName(s.partitions.loading, i.lang) })} />{' '}
            {i.t('partitionLoading', { name: partitionName(s.partitions.loading, i.lang) })}
            {s.partitions.loadingTotal ? ` ${Math.round(((s.partitions.loadingBytes ?? 0) / s.partitions.loadingTotal) * 100)}%` : ''} </> : null}
          {i.t('partitionNational', { reports: s.partitions.reports.toLocaleString(i.locale), count: s.partitions.count })}
          {s.partitions.loaded.length ? ` ${i.t('partitionLoaded', { names: s.partitions.loaded.map((k) => partitionName(k, i.lang)).join('、') })}` : ''}
        </p>
      ) : null}
      {synthetic ? <p className="synthetic" data-testid="synthetic-banner">{i.t('synthetic')}</p> : null}
    </div>
  );
}
