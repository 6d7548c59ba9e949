// Nothing half-done (issue 13): a batch of imported reports written under a journal, chunk by chunk.
// A page that stops mid-batch (simulated: the next transaction never completes, then a new session
// opens the same database as a reload would) leaves exactly the reports of the committed chunks, and a
// summary naming the others, kept until dismissed; the tables get what IndexedDB holds. Storage
// running out mid-batch keeps what fitted and says how many did not.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setDatasetSink } from '../../src/app/import/datasetBridge';
import type { UserReport } from '../../src/app/import/userReport';
import { UserSession } from '../../src/app/import/userSession';
import { CHUNK } from '../../src/data/userStore';
import type { Extraction } from '../../src/extract/types';

function report(n: number, agency = `第${n}乡人民政府`): UserReport {
  const extraction: Extraction = {
    file: `r${n}.txt`, kind: 'annual_report', reason: null, reason_en: null, agency, agency_short: agency, level: 'township',
    scope: 'self', parent: '云岭县', province: '青川省', division_code: null, report_year: 2022, published_on: '2023-01-20',
    era: '2021', metrics: [{ key: 'requests_received', value: n, state: 'number', approx: false, source: { kind: 'table', line: 12, excerpt: `本年新收 ${n}` } }],
    findings: [], grid: [], publishedSource: null, encoding: 'utf-8', doc: { text: '', lines: [] },
  };
  return { reportId: `id${String(n).padStart(4, '0')}`, file: `r${n}.txt`, format: 'text', bytes: 10, addedAt: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`, extraction, corrections: {} };
}

/** A recording dataset sink: the report ids the app's tables hold. */
function tables() {
  const ids = new Set<string>();
  setDatasetSink({
    loadUserRows: (rows) => { for (const r of rows.reports) ids.add(r.report_id); },
    removeUserReports: (gone) => { for (const id of gone) ids.delete(id); },
  });
  return ids;
}

const realTransaction = IDBDatabase.prototype.transaction;
const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBDatabase.prototype.transaction = realTransaction;
  IDBObjectStore.prototype.put = realPut;
});

/** After `chunks` readwrite transactions on the reports store, the page "stops": later ones never complete. */
function stopAfter(chunks: number) {
  let seen = 0;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const [names, mode] = args;
    if (mode === 'readwrite' && [names].flat().includes('reports') && ![names].flat().includes('batches') && ++seen > chunks) {
      const frozen = { objectStore: () => ({ put() {}, delete() {} }) } as unknown as IDBTransaction;
      return frozen; // its oncomplete never fires: the writer waits forever, as a closed page would
    }
    return realTransaction.apply(this, args);
  } as IDBDatabase['transaction'];
}

let dbSeq = 0;

describe('a batch interrupted mid-way (page closed or crashed)', () => {
  it('keeps exactly the reports of the committed chunks and names the rest, until dismissed', async () => {
    const db = `t-interrupted-${++dbSeq}`;
    const first = new UserSession(db);
    tables();
    await first.init();
    const batch = Array.from({ length: 2 * CHUNK + 20 }, (_, k) => report(k));
    stopAfter(2);
    void first.add(batch); // never settles: the page is gone
    await new Promise((r) => setTimeout(r, 50));
    IDBDatabase.prototype.transaction = realTransaction;

    const inTables = tables();
    const reopened = new UserSession(db);
    await reopened.init();
    const k = 2 * CHUNK;
    expect(reopened.reports.map((r) => r.reportId).sort()).toEqual(batch.slice(0, k).map((r) => r.reportId));
    expect([...inTables].sort()).toEqual(batch.slice(0, k).map((r) => r.reportId));
    expect(reopened.batchNotices).toHaveLength(1);
    const notice = reopened.batchNotices[0];
    expect(notice.kind).toBe('interrupted');
    if (notice.kind !== 'interrupted') return;
    expect(notice.total).toBe(batch.length);
    expect(notice.missing.map((m) => m.file)).toEqual(batch.slice(k).map((r) => r.file));

    // the summary survives another reload until the user dismisses it
    tables();
    const again = new UserSession(db);
    await again.init();
    expect(again.batchNotices.map((n) => n.batchId)).toEqual([notice.batchId]);
    await again.dismissBatch(notice.batchId);
    expect(again.batchNotices).toEqual([]);
    const last = new UserSession(db);
    await last.init();
    expect(last.batchNotices).toEqual([]);
    expect(last.reports).toHaveLength(k);
  });

  it('a replacement is stored with its new report: stopped before it, the old report stays', async () => {
    const db = `t-interrupted-${++dbSeq}`;
    const first = new UserSession(db);
    tables();
    await first.init();
    const old = report(9000, '旧乡人民政府');
    await first.add([old]);
    const batch = Array.from({ length: CHUNK + 5 }, (_, k) => report(k));
    const newer = { ...report(9001, '旧乡人民政府') }; // same agency and year, in the second chunk
    stopAfter(1);
    void first.add([...batch, newer], [old.reportId]);
    await new Promise((r) => setTimeout(r, 50));
    IDBDatabase.prototype.transaction = realTransaction;

    tables();
    const reopened = new UserSession(db);
    await reopened.init();
    const ids = new Set(reopened.reports.map((r) => r.reportId));
    expect(ids.has(old.reportId)).toBe(true);
    expect(ids.has(newer.reportId)).toBe(false);
    expect(ids.size).toBe(CHUNK + 1);
  });

  it('a batch that completes leaves no journal and no summary', async () => {
    const db = `t-interrupted-${++dbSeq}`;
    const first = new UserSession(db);
    tables();
    await first.init();
    await first.add(Array.from({ length: CHUNK + 3 }, (_, k) => report(k)));
    expect(first.batchNotices).toEqual([]);
    tables();
    const reopened = new UserSession(db);
    await reopened.init();
    expect(reopened.reports).toHaveLength(CHUNK + 3);
    expect(reopened.batchNotices).toEqual([]);
  });
});

describe('records that are not whole reports', () => {
  it('are removed on open, so the tables load what IndexedDB holds', async () => {
    const db = `t-broken-${++dbSeq}`;
    const first = new UserSession(db);
    tables();
    await first.init();
    await first.add([report(1), report(2)]);
    await new Promise<void>((ok, fail) => {
      const req = indexedDB.open(db);
      req.onsuccess = () => {
        const tx = req.result.transaction('reports', 'readwrite');
        tx.objectStore('reports').put({ reportId: 'half', file: 'half.txt' }); // no extraction
        tx.oncomplete = () => { req.result.close(); ok(); };
        tx.onerror = () => fail(tx.error);
      };
    });
    const inTables = tables();
    const reopened = new UserSession(db);
    await reopened.init();
    expect(reopened.reports.map((r) => r.reportId).sort()).toEqual(['id0001', 'id0002']);
    expect([...inTables].sort()).toEqual(['id0001', 'id0002']);
    tables();
    const again = new UserSession(db);
    await again.init();
    expect(again.reports).toHaveLength(2);
  });
});

describe('storage running out mid-batch', () => {
  it('keeps what fitted, says how many did not, and keeps the rest in the page', async () => {
    const db = `t-quota-${++dbSeq}`;
    const session = new UserSession(db);
    const inTables = tables();
    await session.init();
    const batch = Array.from({ length: 2 * CHUNK + 20 }, (_, k) => report(k));
    const room = CHUNK + 20; // the store takes the first `room` reports, then is full
    const fits = new Set(batch.slice(0, room).map((r) => r.reportId));
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const id = (value as { reportId?: string }).reportId;
      if (this.name === 'reports' && id && !fits.has(id)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.call(this, value, key);
    } as IDBObjectStore['put'];
    await session.add(batch);
    IDBObjectStore.prototype.put = realPut;

    expect(session.storage.problem).toBe('full');
    expect(session.batchNotices).toEqual([expect.objectContaining({ kind: 'unsaved', total: batch.length, stored: room, problem: 'full' })]);
    // this page still shows the whole batch (the export can save it); the tables agree with the page
    expect(session.reports).toHaveLength(batch.length);
    expect(inTables.size).toBe(batch.length);

    tables();
    const reopened = new UserSession(db);
    await reopened.init();
    expect(reopened.reports.map((r) => r.reportId).sort()).toEqual([...fits].sort());
    expect(reopened.batchNotices).toEqual([]); // the page said it already; no journal was left
  });
});
