// The import queue: files being read in the worker (with progress) and the documents they yielded,
// waiting in the preview to be checked, corrected, added or skipped. State only; no rendering.
import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import type { DocResult, FileJob } from '../../worker/protocol';
import type { Finding } from '../../extract';
import { cancelExtraction, extractFiles, failedDoc } from './extractClient';
import { pipeChunks, READ_AHEAD, READ_LIMITS } from './readChunks';
import type { Corrections, UserReport } from './userReport';

export interface QueuedFile {
  id: string;
  name: string;
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
  /** the findings re-run for the corrected identity (batchPlan.recheckedFindings); none until corrected */
  checked?: Finding[];
}

/** A file to read. `size()` is asked only when the reading reaches it: for a file chosen from disk
 * it is a synchronous query of the file system (readChunks.ts). */
export interface FileSource { name: string; type: string; size: () => number; read: () => Promise<ArrayBuffer> }

let fileSeq = 0;
const FLUSH_MS = 100;

export function useImportQueue() {
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const [pending, setPending] = useState<PendingDoc[]>([]);

  // The worker answers file by file; a batch of 2,000 files would re-render both lists 4,000 times.
  // Answers are gathered and applied together at most every FLUSH_MS, so the page stays responsive.
  const buffer = useRef<{ files: Map<string, Partial<QueuedFile>>; docs: PendingDoc[]; timer: ReturnType<typeof setTimeout> | null }>({ files: new Map(), docs: [], timer: null });
  const flush = useCallback(() => {
    const b = buffer.current;
    if (b.timer !== null) clearTimeout(b.timer);
    b.timer = null;
    const changes = b.files;
    const docs = b.docs;
    b.files = new Map();
    b.docs = [];
    // a transition: React renders the lists in slices and lets input and paint in between
    startTransition(() => {
      if (changes.size) setFiles((prev) => prev.map((q) => (changes.has(q.id) ? { ...q, ...changes.get(q.id) } : q)));
      if (docs.length) setPending((prev) => [...prev, ...docs]);
    });
  }, []);
  const later = useCallback((fileId: string, change: Partial<QueuedFile>, docs: PendingDoc[] = []) => {
    const b = buffer.current;
    b.files.set(fileId, { ...b.files.get(fileId), ...change });
    b.docs.push(...docs);
    b.timer ??= setTimeout(flush, FLUSH_MS);
  }, [flush]);

  /** Bumped by cancel(): a run started before stops handing files to the worker. */
  const generation = useRef(0);

  /** Reads the files chunk by chunk (readChunks.ts): never the whole batch in memory at once, the
   * page gets the event loop back between chunks, and the worker always has the next chunk waiting. */
  const run = useCallback(async (list: FileSource[]) => {
    if (list.length === 0) return;
    const gen = generation.current;
    const entries = list.map((f) => ({ id: `f${++fileSeq}`, f }));
    startTransition(() => {
      setFiles((prev) => [...prev, ...entries.map(({ id, f }) => ({ id, name: f.name, status: 'waiting' as const, stage: '', done: 0, total: 0, docs: 0 }))]);
    });
    const answer = (fileId: string, docs: DocResult[]) => later(fileId, { status: 'done', docs: docs.length },
      docs.map((doc, i) => ({ key: `${fileId}:${i}`, doc, corrections: {}, conflictWith: null })));
    type Entry = (typeof entries)[number];
    // a file never read is answered without asking its size (bytes 0)
    const unread = (e: Entry, problem: Parameters<typeof failedDoc>[1]) => answer(e.id, [failedDoc({ id: e.id, name: e.f.name, bytes: 0 }, problem)]);
    await pipeChunks(
      entries,
      (e) => e.f.size(),
      // a file that cannot be read from disk (moved, permissions) gets its message; the rest go on
      (chunk) => Promise.all(chunk.map(async (e): Promise<FileJob | { e: Entry; error: string }> => {
        try { return { id: e.id, name: e.f.name, type: e.f.type, buffer: await e.f.read() }; } catch (err) { return { e, error: (err as Error)?.message ?? String(err) }; }
      })),
      async (read) => {
        const jobs: FileJob[] = [];
        for (const r of read) {
          if ('error' in r) unread(r.e, { code: 'internal', detail: r.error });
          else jobs.push(r);
        }
        await extractFiles(jobs, {
          onProgress: (fileId, stage, done, total) => later(fileId, { status: 'working', stage, done, total }),
          onResult: answer,
        });
      },
      (rest) => rest.forEach((e) => unread(e, { code: 'cancelled' })),
      { limits: READ_LIMITS, ahead: READ_AHEAD, stopped: () => generation.current !== gen },
    );
    flush();
  }, [later, flush]);

  /** Cancel reading: the file being read and every file not read yet get the 'cancelled' message. */
  const cancel = useCallback(() => {
    generation.current++;
    cancelExtraction();
  }, []);

  const addFiles = useCallback((list: FileList | File[] | null) => {
    if (!list) return;
    void run([...list].map((f) => ({ name: f.name, type: f.type, size: () => f.size, read: () => f.arrayBuffer() })));
  }, [run]);

  const pasteCount = useRef(0);
  /** Reads pasted text as one more file, named `<name> N.txt`. */
  const addPasted = useCallback((text: string, name: string) => {
    if (!text.trim()) return;
    const bytes = new TextEncoder().encode(text);
    void run([{ name: `${name} ${++pasteCount.current}.txt`, type: 'text/plain', size: () => bytes.length, read: async () => bytes.buffer as ArrayBuffer }]);
  }, [run]);

  const update = useCallback((key: string, change: Partial<PendingDoc>) =>
    setPending((prev) => prev.map((q) => (q.key === key ? { ...q, ...change } : q))), []);
  /** After "add all": drops the settled documents and marks the waiting ones with their clash, in one update. */
  const settle = useCallback((dropped: readonly string[], waiting: readonly { key: string; with: UserReport | null }[]) => {
    const gone = new Set(dropped);
    const clash = new Map(waiting.map((w) => [w.key, w.with]));
    setPending((prev) => prev.filter((q) => !gone.has(q.key)).map((q) => (clash.has(q.key) ? { ...q, conflictWith: clash.get(q.key)! } : q)));
  }, []);
  const drop = useCallback((key: string) => setPending((prev) => prev.filter((q) => q.key !== key)), []);
  const readyToAdd = useMemo(() => pending.filter((p) => p.doc.extraction?.kind === 'annual_report'), [pending]);

  return { files, pending, readyToAdd, addFiles, addPasted, update, drop, settle, cancel };
}
