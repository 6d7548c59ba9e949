// The 导入 Import view (issue 4): drop, choose or paste reports; a preview per document with
// corrections; the user's own reports with removal, replacement and the workspace file. The queue
// (useImportQueue), conflicts (userReport.conflictFor), workspace files (workspaceFile) and the list of
// saved reports (MyReports) have their own modules; this one lays them out.
// Everything imported is rendered as React text: imported HTML is never live.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n';
import { problemText } from '../../domain/problems';
import { MyReports } from './MyReports';
import { PreviewCard } from './PreviewCard';
import { useImportQueue, type PendingDoc } from './useImportQueue';
import { conflictFor, type UserReport } from './userReport';
import { userSession } from './userSession';
import { filesFromDrop } from './droppedFiles';
import { downloadWorkspace, readWorkspaceFile } from './workspaceFile';

export type { PendingDoc };

/** The saved reports; the session emits after it opens, adds and removes, so the view follows. */
function useUserReports() {
  return useSyncExternalStore(
    (l) => userSession.subscribe(l),
    () => userSession.reports,
  );
}

export function ImportView() {
  const i = useI18n();
  const saved = useUserReports();
  const queue = useImportQueue();
  const { files, pending, readyToAdd } = queue;
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => { void userSession.init(); }, []);

  function toUserReport(p: PendingDoc): UserReport {
    return {
      reportId: p.doc.reportId,
      file: p.doc.name,
      format: p.doc.format,
      bytes: p.doc.bytes,
      addedAt: new Date().toISOString(),
      extraction: p.doc.extraction!,
      corrections: p.corrections,
    };
  }

  /** Adds one document unless it would duplicate an agency and year: then the card asks. */
  async function addOne(p: PendingDoc, resolution?: 'new' | 'old') {
    const report = toUserReport(p);
    const other = conflictFor(report, userSession.reports);
    if (other && !resolution) { queue.update(p.key, { conflictWith: other }); return; }
    queue.drop(p.key);
    if (resolution === 'old') return;
    await userSession.add([report], other ? [other.reportId] : []);
  }

  /** Adds every report without a conflict in ONE write (one IndexedDB transaction, one load into the
   * tables, one refresh of the views) instead of one per report, which made a county's batch crawl.
   * A document that clashes with a saved report, or with an earlier one of the same batch, waits
   * for the user's decision on its card. */
  async function addAll() {
    const batch: UserReport[] = [];
    const known: UserReport[] = [...userSession.reports];
    let conflicts = 0;
    for (const p of readyToAdd) {
      if (p.conflictWith) { conflicts++; continue; }
      const report = toUserReport(p);
      const other = conflictFor(report, known);
      if (other) { queue.update(p.key, { conflictWith: other }); conflicts++; continue; }
      batch.push(report);
      known.push(report);
      queue.drop(p.key);
    }
    if (batch.length) await userSession.add(batch);
    setNotice(i.t('import.batchAdded', { n: batch.length, conflicts }));
  }

  async function importWorkspace(list: FileList | null) {
    const res = await readWorkspaceFile(list);
    if (!res) return;
    if (!res.ok) setNotice(i.t('import.wsError') + problemText(res.problem, i.lang));
    else setNotice(i.t('import.wsImported', { n: res.added }) + (res.rejected ? i.t('import.wsRejected', { n: res.rejected }) : ''));
  }

  const storage = userSession.storage;
  const storageMessage = storage.problem === 'denied' ? i.t('import.storageDenied') : storage.problem === 'full' ? i.t('import.storageFull') : storage.problem ? i.t('import.storageFailed') : null;

  return (
    <section aria-labelledby="import-title" className="import-view" data-testid="import-view">
      <h2 id="import-title">{i.lang === 'zh' ? '导入 Import' : 'Import 导入'}</h2>
      <p>{i.t('import.intro')}</p>

      {userSession.datasetError && (
        <div role="alert" data-testid="dataset-error">{i.t('import.datasetError')}{userSession.datasetError}</div>
      )}
      {storageMessage && (
        <div role="alert" className="import-storage-warning" data-testid="storage-warning">
          {storageMessage} <button type="button" onClick={downloadWorkspace}>{i.t('import.exportWs')}</button>
          {storage.detail && <small> ({storage.detail})</small>}
        </div>
      )}

      <div
        className={`import-drop${dragging ? ' import-drop-active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void filesFromDrop(e.dataTransfer).then(queue.addFiles); }}
      >
        {i.t('import.drop')}{' '}
        <label>
          <span className="import-choose">{i.t('import.choose')}</span>
          <input
            type="file"
            multiple
            data-testid="file-input"
            accept=".txt,.md,.html,.htm,.docx,.pdf,.zip,text/plain,text/html,application/pdf,application/zip"
            onChange={(e) => { queue.addFiles(e.currentTarget.files); e.currentTarget.value = ''; }}
          />
        </label>{' '}
        {/* a whole folder (a county's reports, sub-folders included); `webkitdirectory` is not in React's types */}
        <label>
          <span className="import-choose">{i.t('import.chooseFolder')}</span>
          <input type="file" multiple data-testid="folder-input" {...{ webkitdirectory: '' }}
            onChange={(e) => { queue.addFiles(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </label>
      </div>
      <div className="import-paste">
        <label htmlFor="import-paste-text">{i.t('import.pasteLabel')}</label>
        <textarea id="import-paste-text" data-testid="paste-text" rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} />
        <button type="button" data-testid="paste-read" onClick={() => { queue.addPasted(paste, i.t('import.pastedName')); setPaste(''); }} disabled={!paste.trim()}>{i.t('import.pasteRead')}</button>
      </div>

      {files.length > 0 && (
        <div className="import-files">
          <h3>{i.t('import.files')}</h3>
          <ul data-testid="file-list">
            {files.map((f) => (
              <li key={f.id} data-testid="file-row" data-status={f.status} data-name={f.name}>
                <span>{f.name}</span>{' '}
                <progress max={f.status === 'done' ? 1 : f.total || 1} value={f.status === 'done' ? 1 : f.done} />{' '}
                <small>
                  {f.status === 'waiting' ? i.t('import.waiting')
                    : f.status === 'done' ? `${i.t('import.finished')} · ${f.docs} ${i.t('import.documents')}`
                      : f.stage === 'pages' ? `${f.done}/${f.total} ${i.t('import.pages')}`
                        : f.stage === 'extracting' ? i.t('import.extracting') : i.t('import.reading')}
                </small>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="import-preview">
        <h3>{i.t('import.preview')}</h3>
        {pending.length === 0 ? <p>{i.t('import.noPending')}</p> : (
          <>
            {readyToAdd.length > 1 && <button type="button" data-testid="add-all" onClick={() => void addAll()}>{i.t('import.addAll')}</button>}
            <ul data-testid="preview-list" className="import-preview-list">
              {pending.map((p) => (
                <PreviewCard
                  key={p.key}
                  pending={p}
                  onChange={(c) => queue.update(p.key, { corrections: c, conflictWith: null })}
                  onAdd={(res) => void addOne(p, res)}
                  onSkip={() => queue.drop(p.key)}
                />
              ))}
            </ul>
          </>
        )}
      </div>

      <MyReports reports={saved} onRemove={(id) => void userSession.remove([id])} />

      <div className="import-workspace">
        <button type="button" data-testid="export-workspace" onClick={downloadWorkspace} disabled={saved.length === 0}>{i.t('import.exportWs')}</button>{' '}
        <label>
          <span>{i.t('import.importWs')}</span>{' '}
          <input type="file" accept=".json,application/json" data-testid="workspace-input" onChange={(e) => { void importWorkspace(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </label>
        {notice && <p role="status" data-testid="workspace-notice">{notice}</p>}
      </div>
    </section>
  );
}
