// The 导入 Import view (issue 4): drop, choose or paste reports; a preview per document with
// corrections; the user's own reports with removal, replacement and the workspace file.
// Everything imported is rendered as React text: imported HTML is never live.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DocResult } from '../../worker/protocol';
import { useI18n } from '../i18n';
import { extractFiles } from './extractClient';
import { DICTS, fill, type Dict, type Lang } from './i18n';
import { OriginBadge } from './OriginBadge';
import { PreviewCard } from './PreviewCard';
import { agencyYearKey, corrected, type Corrections, type UserReport } from './userReport';
import { userSession } from './userSession';

interface QueuedFile {
  id: string;
  name: string;
  size: number;
  status: 'waiting' | 'working' | 'done';
  stage: string;
  done: number;
  total: number;
  docs: number;
}

export interface PendingDoc {
  key: string;
  doc: DocResult;
  corrections: Corrections;
  /** set when adding it would duplicate a saved report's agency and year */
  conflictWith: UserReport | null;
}

let fileSeq = 0;

function useUserReports() {
  return useSyncExternalStore(
    (l) => userSession.subscribe(l),
    () => userSession.reports,
  );
}

export function ImportView({ lang: langProp }: { lang?: Lang } = {}) {
  const appLang = useI18n().lang;
  const lang = langProp ?? appLang;
  const t = DICTS[lang];
  const saved = useUserReports();
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const [pending, setPending] = useState<PendingDoc[]>([]);
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [, force] = useState(0);
  const pasteCount = useRef(0);

  useEffect(() => {
    void userSession.init().then(() => force((n) => n + 1));
  }, []);

  async function run(list: { name: string; type: string; size: number; read: () => Promise<ArrayBuffer> }[]) {
    if (list.length === 0) return;
    const entries = list.map((f) => ({ id: `f${++fileSeq}`, f }));
    setFiles((prev) => [...prev, ...entries.map(({ id, f }) => ({ id, name: f.name, size: f.size, status: 'waiting' as const, stage: '', done: 0, total: 0, docs: 0 }))]);
    const jobs = await Promise.all(entries.map(async ({ id, f }) => ({ id, name: f.name, type: f.type, buffer: await f.read() })));
    await extractFiles(jobs, {
      onProgress: (fileId, stage, done, total) =>
        setFiles((prev) => prev.map((q) => (q.id === fileId ? { ...q, status: 'working', stage, done, total } : q))),
      onResult: (fileId, docs) => {
        setFiles((prev) => prev.map((q) => (q.id === fileId ? { ...q, status: 'done', docs: docs.length } : q)));
        setPending((prev) => [
          ...prev,
          ...docs.map((doc, i) => ({ key: `${fileId}:${i}`, doc, corrections: {}, conflictWith: null })),
        ]);
      },
    });
  }

  function addFiles(list: FileList | File[] | null) {
    if (!list) return;
    void run([...list].map((f) => ({ name: f.name, type: f.type, size: f.size, read: () => f.arrayBuffer() })));
  }

  function readPasted() {
    if (!paste.trim()) return;
    const bytes = new TextEncoder().encode(paste);
    const name = `${t.pastedName} ${++pasteCount.current}.txt`;
    setPaste('');
    void run([{ name, type: 'text/plain', size: bytes.length, read: async () => bytes.buffer as ArrayBuffer }]);
  }

  const readyToAdd = useMemo(() => pending.filter((p) => p.doc.extraction?.kind === 'annual_report'), [pending]);

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
    const key = agencyYearKey(corrected(report));
    const other = key ? userSession.reports.find((s) => s.reportId !== report.reportId && agencyYearKey(corrected(s)) === key) : undefined;
    if (other && !resolution) {
      setPending((prev) => prev.map((q) => (q.key === p.key ? { ...q, conflictWith: other } : q)));
      return;
    }
    setPending((prev) => prev.filter((q) => q.key !== p.key));
    if (resolution === 'old') return;
    await userSession.add([report], other ? [other.reportId] : []);
    force((n) => n + 1);
  }

  async function addAll() {
    for (const p of readyToAdd) {
      if (p.conflictWith) continue;
      await addOne(p);
    }
  }

  function updateCorrections(key: string, c: Corrections) {
    setPending((prev) => prev.map((q) => (q.key === key ? { ...q, corrections: c, conflictWith: null } : q)));
  }

  function exportWorkspace() {
    const blob = new Blob([userSession.exportJson()], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `nianbao-workspace-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  async function importWorkspace(list: FileList | null) {
    const f = list?.[0];
    if (!f) return;
    const res = await userSession.importJson(await f.text());
    if (!res.ok) setNotice(t.wsError + res.error);
    else setNotice(fill(t.wsImported, res.added) + (res.rejected ? fill(t.wsRejected, res.rejected) : ''));
  }

  const storage = userSession.storage;
  const storageMessage = storage.problem === 'denied' ? t.storageDenied : storage.problem === 'full' ? t.storageFull : storage.problem ? t.storageFailed : null;

  return (
    <section aria-labelledby="import-title" className="import-view" data-testid="import-view">
      <h2 id="import-title">{lang === 'zh' ? '导入 Import' : 'Import 导入'}</h2>
      <p>{t.intro}</p>

      {userSession.datasetError && (
        <div role="alert" data-testid="dataset-error">{t.datasetError}{userSession.datasetError}</div>
      )}
      {storageMessage && (
        <div role="alert" className="import-storage-warning" data-testid="storage-warning">
          {storageMessage} <button type="button" onClick={exportWorkspace}>{t.exportWs}</button>
          {storage.detail && <small> ({storage.detail})</small>}
        </div>
      )}

      <div
        className={`import-drop${dragging ? ' import-drop-active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); addFiles(e.dataTransfer.files); }}
        style={{ border: '2px dashed #999', padding: '1em', borderRadius: 8, background: dragging ? '#eef6ff' : undefined }}
      >
        {t.drop}{' '}
        <label>
          <span className="import-choose">{t.choose}</span>
          <input
            type="file"
            multiple
            data-testid="file-input"
            accept=".txt,.md,.html,.htm,.docx,.pdf,.zip,text/plain,text/html,application/pdf,application/zip"
            onChange={(e) => { addFiles(e.currentTarget.files); e.currentTarget.value = ''; }}
          />
        </label>
      </div>
      <div className="import-paste">
        <label htmlFor="import-paste-text">{t.pasteLabel}</label>
        <textarea id="import-paste-text" data-testid="paste-text" rows={4} style={{ width: '100%' }} value={paste} onChange={(e) => setPaste(e.target.value)} />
        <button type="button" data-testid="paste-read" onClick={readPasted} disabled={!paste.trim()}>{t.pasteRead}</button>
      </div>

      {files.length > 0 && (
        <div className="import-files">
          <h3>{t.files}</h3>
          <ul data-testid="file-list">
            {files.map((f) => (
              <li key={f.id} data-testid="file-row" data-status={f.status} data-name={f.name}>
                <span>{f.name}</span>{' '}
                <progress max={f.status === 'done' ? 1 : f.total || 1} value={f.status === 'done' ? 1 : f.done} />{' '}
                <small>
                  {f.status === 'waiting' ? t.waiting
                    : f.status === 'done' ? `${t.finished} · ${f.docs} ${t.documents}`
                      : f.stage === 'pages' ? `${f.done}/${f.total} ${t.pages}`
                        : f.stage === 'extracting' ? t.extracting : t.reading}
                </small>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="import-preview">
        <h3>{t.preview}</h3>
        {pending.length === 0 ? <p>{t.noPending}</p> : (
          <>
            {readyToAdd.length > 1 && <button type="button" data-testid="add-all" onClick={() => void addAll()}>{t.addAll}</button>}
            <ul data-testid="preview-list" style={{ listStyle: 'none', padding: 0 }}>
              {pending.map((p) => (
                <PreviewCard
                  key={p.key}
                  t={t}
                  lang={lang}
                  pending={p}
                  onChange={(c) => updateCorrections(p.key, c)}
                  onAdd={(res) => void addOne(p, res)}
                  onSkip={() => setPending((prev) => prev.filter((q) => q.key !== p.key))}
                />
              ))}
            </ul>
          </>
        )}
      </div>

      <MyReports t={t} reports={saved} onRemove={(id) => void userSession.remove([id])} />

      <div className="import-workspace">
        <button type="button" data-testid="export-workspace" onClick={exportWorkspace} disabled={saved.length === 0}>{t.exportWs}</button>{' '}
        <label>
          <span>{t.importWs}</span>{' '}
          <input type="file" accept=".json,application/json" data-testid="workspace-input" onChange={(e) => { void importWorkspace(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </label>
        {notice && <p role="status" data-testid="workspace-notice">{notice}</p>}
      </div>
    </section>
  );
}

function MyReports({ t, reports, onRemove }: { t: Dict; reports: UserReport[]; onRemove: (id: string) => void }) {
  return (
    <div className="import-mine">
      <h3>{t.mine}</h3>
      {reports.length === 0 ? <p data-testid="mine-empty">{t.mineEmpty}</p> : (
        <table data-testid="mine-table">
          <thead>
            <tr><th>{t.agency}</th><th>{t.year}</th><th>{t.level}</th><th>{t.file}</th><th>{t.figures}</th><th /></tr>
          </thead>
          <tbody>
            {reports.map((r) => {
              const x = corrected(r);
              return (
                <tr key={r.reportId} data-testid="mine-row" data-report-id={r.reportId}>
                  <td>{x.agency ?? '—'} <OriginBadge origin="user" /></td>
                  <td>{x.report_year ?? '—'}</td>
                  <td>{t.levels[x.level]}</td>
                  <td>{r.file}</td>
                  <td>{x.metrics.length}</td>
                  <td><button type="button" data-testid="remove-report" onClick={() => onRemove(r.reportId)}>{t.remove}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
