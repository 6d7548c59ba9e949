// Where the user's own reports live between visits: IndexedDB, one record per report keyed by
// report_id. When IndexedDB is denied (private windows, policies) or full, the store switches to
// memory for the rest of the session and says why; records already saved are never touched by a
// failed write, and the view offers the workspace export so nothing is lost.

export type StorageProblem = 'denied' | 'full' | 'failed';

export interface StoreState {
  mode: 'indexeddb' | 'memory';
  problem: StorageProblem | null;
  detail: string | null;
}

const DB_NAME = 'nianbao-user';
const DB_VERSION = 1;
const STORE = 'reports';

export class UserStore<T extends { reportId: string }> {
  private db: IDBDatabase | null = null;
  private memory = new Map<string, T>();
  state: StoreState = { mode: 'indexeddb', problem: null, detail: null };

  constructor(private readonly dbName = DB_NAME) {}

  /** Opens the database and returns what it holds. Never throws: a denied database gives []. */
  async open(): Promise<T[]> {
    try {
      this.db = await openDb(this.dbName);
      const all = await request<T[]>(this.db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
      for (const r of all) this.memory.set(r.reportId, r);
      return all;
    } catch (err) {
      this.fallBack(err);
      return [];
    }
  }

  list(): T[] {
    return [...this.memory.values()];
  }

  /** Saves records (replacing those with the same id). Returns false when they are kept in memory only. */
  async put(records: T[]): Promise<boolean> {
    for (const r of records) this.memory.set(r.reportId, r);
    if (!this.db) return false;
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      const os = tx.objectStore(STORE);
      for (const r of records) os.put(r);
      await done(tx);
      return true;
    } catch (err) {
      this.fallBack(err);
      return false;
    }
  }

  async remove(ids: string[]): Promise<boolean> {
    for (const id of ids) this.memory.delete(id);
    if (!this.db) return false;
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      const os = tx.objectStore(STORE);
      for (const id of ids) os.delete(id);
      await done(tx);
      return true;
    } catch (err) {
      this.fallBack(err);
      return false;
    }
  }

  private fallBack(err: unknown) {
    const e = err as DOMException | Error | undefined;
    const name = e?.name ?? '';
    const problem: StorageProblem =
      name === 'QuotaExceededError' || /quota|full|space/i.test(e?.message ?? '') ? 'full'
        : name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError' || /denied|not allowed|security/i.test(e?.message ?? '') ? 'denied'
          : 'failed';
    this.state = { mode: 'memory', problem, detail: `${name}${e?.message ? `: ${e.message}` : ''}` || String(err) };
    try { this.db?.close(); } catch { /* already closed */ }
    this.db = null;
  }
}

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') { reject(new DOMException('IndexedDB is not available', 'NotAllowedError')); return; }
    const req = indexedDB.open(name, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'reportId' });
    };
    req.onsuccess = () => resolve(req.result);
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
