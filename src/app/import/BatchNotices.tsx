// The notices of batches that did not wholly reach browser storage (issue 13): a batch the page was
// closed or crashed in the middle of, found at start, names the files that were not added; a batch
// storage ran out during says how many did not fit and offers the workspace export. Each stays
// until the user dismisses it (an interrupted batch's across reloads too).
import { useSyncExternalStore } from 'react';
import { problemText, type Problem } from '../../domain/problems';
import { useI18n, type I18n } from '../i18n';
import { userSession, type BatchNotice } from './userSession';
import { downloadWorkspace } from './workspaceFile';

const FILES_SHOWN = 10;

export function batchProblem(n: BatchNotice, i: I18n): Problem {
  const time = new Date(n.at).toLocaleString(i.lang === 'zh' ? 'zh-CN' : 'en-GB');
  if (n.kind === 'interrupted') {
    const names = n.missing.slice(0, FILES_SHOWN).map((m) => m.file).join(i.lang === 'zh' ? '、' : ', ');
    const more = n.missing.length - FILES_SHOWN;
    const files = more > 0 ? `${names} ${i.t('import.batchMore', { n: more })}` : names;
    return { code: 'batch_interrupted', params: { missing: n.missing.length, total: n.total, time, files } };
  }
  return { code: n.problem === 'full' ? 'batch_storage_full' : 'batch_storage_failed', params: { total: n.total, stored: n.stored, unsaved: n.total - n.stored } };
}

export function BatchNotices() {
  const i = useI18n();
  const notices = useSyncExternalStore((l) => userSession.subscribe(l), () => userSession.batchNotices);
  if (notices.length === 0) return null;
  return (
    <div className="import-batch-notices">
      {notices.map((n) => (
        <div key={n.batchId} role="alert" className="import-storage-warning" data-testid="batch-notice" data-kind={n.kind}
          data-missing={n.kind === 'interrupted' ? n.missing.length : n.total - n.stored} data-total={n.total}>
          {problemText(batchProblem(n, i), i.lang)}{' '}
          {n.kind === 'unsaved' && <button type="button" onClick={downloadWorkspace}>{i.t('import.exportWs')}</button>}{' '}
          <button type="button" data-testid="batch-dismiss" onClick={() => void userSession.dismissBatch(n.batchId)}>{i.t('import.batchDismiss')}</button>
        </div>
      ))}
    </div>
  );
}
