// Where the user's own reports live between visits: IndexedDB, one record per report keyed by
// report_id. When IndexedDB is denied (private windows, policies) or full, the store switches to
// memory for the rest of the session and says why; records already saved are never touched by a
// failed write, and the view offers the workspace export so nothing is lost.
//
// Nothing half-done (issue 13): a batch is written in chunks, each ONE transaction, so a report is
// either wholly stored or absent (a record is written whole or not at all: its commit is its mark
// of completion). A journal record (batch id, time, the reports intended) is committed before the
// first chunk and deleted after the last; a journal found on open means the page closed or crashed
// mid-batch, and becomes a summary of the reports that never arrived, kept until dismissed.
//
// A reload must not wait for 2,000 records to be read and turned into rows (issue 9): beside the
// records the store keeps "parts", what batches of them became (the app's rows, opaque here; large
// bytes are best kept as Blobs, which IndexedDB hands back without reading them on the page's main
// thread). `open` reads only the ids and the parts; `load` reads the records afterwards, a chunk at a
// time, so the page keeps the event loop while it does.

export type StorageProblem = 'denied' | 'full' | 'failed';

export interface StoreState {
  mode: 'indexeddb' | 'memory';
  problem: StorageProblem | null;
  detail: string | null;
}

const DB_NAME = 'nianbao-user';
const DB_VERSION = 3;
const STORE = 'reports';
const BATCHES = 'batches';
/** what batches of records became (the app's parts, one record each) */
const ROWS = 'rows';
/** reports per transaction: one transaction per report made a county's batch of 2,000 crawl */
export const CHUNK = 20;
/** records read per transaction by `load`: reading a structured clone costs the page's main thread
 * ~0.2 ms a report, so 2,000 at once would freeze it for about half a second */
export const READ_CHUNK = 100;

/** One report of a batch, as the journal names it. */
export interface BatchItem { reportId: string; file: string }

/** The journal of a batch being written; `missing` is set once it is found unfinished on open. */
export interface BatchJournal {
  batchId: string;
  /** ISO timestamp of the batch */
  at: string;
  items: BatchItem[];
  /** the intended reports that were never stored (set when the journal was found unfinished) */
  missing?: BatchItem[];
}

/** What writing a batch achieved: `stored` reached IndexedDB; the others are kept in memory only;
 * `problem` is the storage failure met during this batch (null if none, or if storage had failed before). */
export interface BatchWrite { stored: number; unsaved: number; problem: StorageProblem | null }

export class UserStore<T extends { reportId: string }, S = unknown> {
  private db: IDBDatabase | null = null;
  private memory = new Map<string, T>();
  state: StoreState = { mode: 'indexeddb', problem: null, detail: null };

  /** `isWhole` says whether a stored record is a usable report; others are removed by `load`. */
  constructor(private readonly dbName = DB_NAME, private readonly isWhole: (r: T) => boolean = () => true) {}

  /** Opens the database and returns the ids of the records it holds and the parts kept beside them
   * (no record is read). Never throws: a denied database gives nothing. */
  async open(): Promise<{ ids: string[]; parts: S[] }> {
    try {
      this.db = await openDb(this.dbName);
      const tx = this.db.transaction([STORE, ROWS], 'readonly');
      const [ids, parts] = await Promise.all([
        request<IDBValidKey[]>(tx.objectStore(STORE).getAllKeys()),
        request<S[]>(tx.objectStore(ROWS).getAll()),
      ]);
      return { ids: ids.filter((k): k is string => typeof k === 'string'), parts };
    } catch (err) {
      this.fallBack(err);
      return { ids: [], parts: [] };
    }
  }

  /** Reads the records, READ_CHUNK per transaction, and returns the whole ones (the others are
   * deleted), and the batches a closed page left unfinished (turned into summaries here, kept until
   * `dismiss`). Call after `open`. Never throws: what could not be read is left out. */
  async load(): Promise<{ records: T[]; interrupted: BatchJournal[] }> {
    if (!this.db) return { records: this.list(), interrupted: [] };
    try {
      const db = this.db;
      const all: T[] = [];
      let after: IDBValidKey | null = null;
      for (;;) {
        const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
        const part: T[] = await request<T[]>(db.transaction(STORE, 'readonly').objectStore(STORE).getAll(range, READ_CHUNK));
        all.push(...part);
        if (part.length < READ_CHUNK) break;
        after = (part[part.length - 1] as { reportId: IDBValidKey }).reportId;
      }
      const journals = await request<BatchJournal[]>(db.transaction(BATCHES, 'readonly').objectStore(BATCHES).getAll());
      const records = all.filter((r) => typeof r?.reportId === 'string' && this.isWhole(r));
      const whole = new Set(records);
      const broken = all.filter((r) => !whole.has(r) && r?.reportId !== undefined).map((r) => r.reportId as IDBValidKey);
      const have = new Set(records.map((r) => r.reportId));
      const interrupted: BatchJournal[] = [];
      const finished: string[] = [];
      const found: BatchJournal[] = []; // journals seen unfinished for the first time: kept as summaries
      for (const j of journals) {
        const missing = j.missing ?? j.items.filter((it) => !have.has(it.reportId));
        if (missing.length === 0) { finished.push(j.batchId); continue; }
        interrupted.push({ ...j, missing });
        if (!j.missing) found.push({ ...j, missing });
      }
      for (const r of records) this.memory.set(r.reportId, r);
      // Tidying is best effort: with storage full even this may fail, and the saved reports still load.
      if (broken.length || finished.length || found.length) {
        await write(db, [STORE, BATCHES], (tx) => {
          for (const id of broken) tx.objectStore(STORE).delete(id);
          for (const id of finished) tx.objectStore(BATCHES).delete(id);
          for (const j of found) tx.objectStore(BATCHES).put(j);
        }).catch(() => undefined);
      }
      return { records, interrupted: interrupted.sort((a, b) => a.at.localeCompare(b.at)) };
    } catch (err) {
      this.fallBack(err);
      return { records: this.list(), interrupted: [] };
    }
  }

  /** Keeps a part beside the records; whether it was written (best effort: a part that could not be
   * written only makes the next start slower). */
  async putPart(key: string, part: S): Promise<boolean> {
    if (!this.db) return false;
    try {
      await write(this.db, ROWS, (tx) => tx.objectStore(ROWS).put(part, key));
      return true;
    } catch {
      return false; // the next start reads the records instead
    }
  }

  /** Replaces every part by `part` (none: just removes them), in one transaction. */
  async replaceParts(part: S | null): Promise<void> {
    if (!this.db) return;
    try {
      await write(this.db, ROWS, (tx) => {
        tx.objectStore(ROWS).clear();
        if (part !== null) tx.objectStore(ROWS).put(part, 'all');
      });
    } catch { /* the old parts stay: still right, only more of them */ }
  }

  /** Forgets the summary of an interrupted batch (the user has read it). */
  async dismiss(batchId: string): Promise<void> {
    if (!this.db) return;
    try {
      await write(this.db, BATCHES, (tx) => tx.objectStore(BATCHES).delete(batchId));
    } catch { /* a summary that outlives its dismissal is shown again: harmless */ }
  }

  /** Saves a batch chunk by chunk under a journal (see the header). `replaces` maps a record's id to
   * the ids it supersedes; they are deleted in the transaction that writes it, so a page closed
   * mid-batch never leaves the old report gone without the new one, nor both.
   * When storage runs out, the chunk that did not fit is retried report by report, so everything
   * that fits is kept; the rest stays in memory and the store switches to memory mode. */
  async putBatch(journal: Omit<BatchJournal, 'missing'>, records: T[], replaces: ReadonlyMap<string, readonly string[]> = new Map()): Promise<BatchWrite> {
    for (const ids of replaces.values()) for (const id of ids) this.memory.delete(id);
    for (const r of records) this.memory.set(r.reportId, r);
    if (!this.db) return { stored: 0, unsaved: records.length, problem: null }; // memory mode already, and said so
    const db = this.db;
    let stored = 0;
    let failure: unknown = null;
    try {
      await write(db, BATCHES, (tx) => tx.objectStore(BATCHES).put(journal));
      for (let i = 0; i < records.length && failure === null; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        const putWhole = (os: IDBObjectStore, r: T) => { for (const id of replaces.get(r.reportId) ?? []) os.delete(id); os.put(r); };
        try {
          await write(db, STORE, (tx) => { for (const r of chunk) putWhole(tx.objectStore(STORE), r); });
          stored += chunk.length;
        } catch (err) {
          if (storageProblemOf(err) !== 'full' || chunk.length === 1) throw err;
          for (const r of chunk) {
            await write(db, STORE, (tx) => putWhole(tx.objectStore(STORE), r));
            stored++;
          }
        }
      }
    } catch (err) {
      failure = err;
    }
    // The journal goes even after a failure: the page itself says what was not stored.
    try { await write(db, BATCHES, (tx) => tx.objectStore(BATCHES).delete(journal.batchId)); } catch { /* then the next start says it */ }
    if (failure !== null) this.fallBack(failure);
    return { stored, unsaved: records.length - stored, problem: failure === null ? null : this.state.problem };
  }

  list(): T[] {
    return [...this.memory.values()];
  }

  async remove(ids: string[]): Promise<boolean> {
    for (const id of ids) this.memory.delete(id);
    if (!this.db) return false;
    try {
      await write(this.db, STORE, (tx) => { for (const id of ids) tx.objectStore(STORE).delete(id); });
      return true;
    } catch (err) {
      this.fallBack(err);
      return false;
    }
  }

  private fallBack(err: unknown) {
    const e = err as DOMException | Error | undefined;
    const name = e?.name ?? '';
    const problem = storageProblemOf(err);
    this.state = { mode: 'memory', problem, detail: `${name}${e?.message ? `: ${e.message}` : ''}` || String(err) };
    try { this.db?.close(); } catch { /* already closed */ }
    this.db = null;
  }
}

/** What kind of storage failure an error is. */
function storageProblemOf(err: unknown): StorageProblem {
  const e = err as DOMException | Error | undefined;
  const name = e?.name ?? '';
  return name === 'QuotaExceededError' || /quota|full|space/i.test(e?.message ?? '') ? 'full'
    : name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError' || /denied|not allowed|security/i.test(e?.message ?? '') ? 'denied'
      : 'failed';
}

/** One readwrite transaction; an operation that throws aborts it, so nothing of it lands. */
async function write(db: IDBDatabase, stores: string | string[], ops: (tx: IDBTransaction) => void): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  const finished = done(tx);
  try {
    ops(tx);
  } catch (err) {
    try { tx.abort(); } catch { /* already finished */ }
    finished.catch(() => undefined);
    throw err;
  }
  await finished;
}

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') { reject(new DOMException('IndexedDB is not available', 'NotAllowedError')); return; }
    const req = indexedDB.open(name, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'reportId' });
      if (!req.result.objectStoreNames.contains(BATCHES)) req.result.createObjectStore(BATCHES, { keyPath: 'batchId' });
      if (!req.result.objectStoreNames.contains(ROWS)) req.result.createObjectStore(ROWS);
    };
    req.onsuccess = () => {
      // a newer page (another tab after an update) needs the database upgraded: let it go
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => reject(new DOMException('the database is blocked by another tab', 'InvalidStateError'));
  });
}

function request<R>(req: IDBRequest): Promise<R> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as R);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });
}
