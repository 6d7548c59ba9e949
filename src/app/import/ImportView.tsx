// The 导入 Import view (issue 4): drop, choose or paste reports; a preview per document with
// corrections; the user's own reports with removal, replacement and the workspace file. The queue
// (useImportQueue), conflicts (userReport.conflictFor), workspace files (workspaceFile) and the list of
// saved reports (MyReports) have their own modules; this one lays them out.
// Everything imported is rendered as React text: imported HTML is never live.
import { useCallback, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n';
import { problemText } from '../../domain/problems';
import { MyReports } from './MyReports';
import { PreviewCard } from './PreviewCard';
import { useImportQueue, type PendingDoc } from './useImportQueue';
import { conflictFor } from './userReport';
import { clashes, pendingToReport, planBatch, previewReport, recheckedFindings, type BatchPlan, type BulkRule } from './batchPlan';
import { batchRow } from './batchRows';
import { BatchList } from './BatchList';
import { ReadingList } from './ReadingList';
import { BatchSummary } from './BatchSummary';
import { userSession } from './userSession';
import { BatchNotices } from './BatchNotices';
import { filesFromDrop } from './droppedFiles';
import { downloadWorkspace, readWorkspaceFile } from './workspaceFile';

export type { PendingDoc };

/** From this many documents the preview is the compact list (one row each) instead of one card each. */
export const COMPACT_FROM = 20;
/** From this many saved reports their list is drawn after the update that changed them, not in it. */
const DEFER_LIST_FROM = 200;
const RULES: readonly { rule: BulkRule; word: 'batch.rule.newer' | 'batch.rule.existing' | 'batch.rule.each' }[] = [
  { rule: null, word: 'batch.rule.each' }, { rule: 'newer', word: 'batch.rule.newer' }, { rule: 'existing', word: 'batch.rule.existing' },
];

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
  const [rule, setRule] = useState<BulkRule>(null);
  const [summary, setSummary] = useState<BatchPlan | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const compact = pending.length >= COMPACT_FROM;
  // the rows (and their clashes with saved reports and with each other) only for the compact list
  const rows = useMemo(() => {
    if (!compact) return [];
    const clash = clashes(readyToAdd.map((p) => ({ key: p.key, report: previewReport(p) })), saved);
    return pending.map((p) => batchRow(p, clash.has(p.key)));
  }, [compact, pending, readyToAdd, saved]);

  useEffect(() => { void userSession.init(); }, []);
  // a long list of saved reports follows at a lower priority: 2,000 new rows render in slices (a
  // transition) instead of in the update that added them; a short one at once
  const deferred = useDeferredValue(saved);
  const savedLater = saved.length > DEFER_LIST_FROM ? deferred : saved;
  const removeSaved = useCallback((id: string) => void userSession.remove([id]), []);

  /** Adds one document unless it would duplicate an agency and year: then the card asks. */
  async function addOne(p: PendingDoc, resolution?: 'new' | 'old') {
    const report = pendingToReport(p, new Date().toISOString());
    const other = conflictFor(report, userSession.reports);
    if (other && !resolution) { queue.update(p.key, { conflictWith: other }); return; }
    queue.drop(p.key);
    if (resolution === 'old') return;
    await userSession.add([report], other ? [other.reportId] : []);
  }

  /** Adds every report the bulk rule lets in with ONE write (one IndexedDB transaction, one load into
   * the tables, one refresh of the views) instead of one per report, which made a county's batch crawl.
   * Clashes (same agency and year as a saved report or another document of the batch) are settled by
   * the rule, or wait for the user's decision on their card; the summary says what happened. */
  async function addAll() {
    const plan = planBatch(pending, userSession.reports, rule, new Date().toISOString());
    queue.settle(plan.settled, plan.waiting);
    if (plan.add.length) await userSession.add(plan.add, plan.replaces);
    setSummary(plan);
    setNotice(i.t('import.batchAdded', { n: plan.add.length, conflicts: plan.waiting.length }));
  }

  const card = (p: PendingDoc) => (
    <PreviewCard
      key={p.key}
      pending={p}
      onChange={(c) => queue.update(p.key, { corrections: c, conflictWith: null, checked: recheckedFindings(p, c) })}
      onAdd={(res) => void addOne(p, res)}
      onSkip={() => queue.drop(p.key)}
    />
  );

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
      <BatchNotices />

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

      {files.length > 0 && <ReadingList files={files} onCancel={queue.cancel} />}

      <div className="import-preview">
        <h3>{i.t('import.preview')}</h3>
        {pending.length === 0 ? <p>{i.t('import.noPending')}</p> : (
          <>
            {readyToAdd.length > 1 && (
              <div className="batch-actions">
                <fieldset className="batch-rule" data-testid="batch-rule">
                  <legend>{i.t('batch.rule')}</legend>
                  {RULES.map(({ rule: r, word }) => (
                    <label key={word}>
                      <input type="radio" name="batch-rule" data-testid={`batch-rule-${r ?? 'each'}`} checked={rule === r} onChange={() => setRule(r)} /> {i.t(word)}
                    </label>
                  ))}
                </fieldset>
                <button type="button" data-testid="add-all" onClick={() => void addAll()}>{i.t('import.addAll')}</button>
              </div>
            )}
            {compact ? (
              <BatchList rows={rows} selected={selected} onSelect={setSelected}
                card={pending.filter((p) => p.key === selected).map(card)[0] ?? null} />
            ) : (
              <ul data-testid="preview-list" className="import-preview-list">
                {pending.map(card)}
              </ul>
            )}
          </>
        )}
        {summary && <BatchSummary plan={summary} />}
      </div>

      <MyReports reports={savedLater} onRemove={removeSaved} />

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
