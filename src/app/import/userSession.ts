// The user's reports for this page: loaded once from IndexedDB into the app's tables, then kept in
// step on every add, replace and removal. One instance per page; views subscribe to changes.
import { UserStore, type BatchItem, type StorageProblem, type StoreState } from '../../data/userStore';
import { toDataset } from './datasetBridge';
import { agencyYearKey, conflictFor, corrected, mergeRows, userReportRows, type UserReport } from './userReport';
import { parseWorkspace, toWorkspace, type ParsedWorkspace } from './workspace';

type Listener = () => void;

/** What the user should hear about a batch that did not wholly reach storage (issue 13): one the
 * page was closed or crashed in the middle of (found at start), or one storage ran out during. */
export type BatchNotice =
  | { kind: 'interrupted'; batchId: string; at: string; total: number; missing: BatchItem[] }
  | { kind: 'unsaved'; batchId: string; at: string; total: number; stored: number; problem: StorageProblem };

let batchSeq = 0;

/** Whether a stored record is a report the tables can take (anything else is dropped on open). */
function isWholeReport(r: UserReport): boolean {
  return typeof r.addedAt === 'string' && typeof r.extraction === 'object' && r.extraction !== null && typeof r.corrections === 'object';
}

export class UserSession {
  private store: UserStore<UserReport>;
  private ready: Promise<void> | null = null;
  private listeners = new Set<Listener>();
  reports: UserReport[] = [];
  /** batches not wholly stored, until the user dismisses them (a new array on every change) */
  batchNotices: BatchNotice[] = [];
  /** the data layer refused the rows (the reports stay saved; the views just do not show them) */
  datasetError: string | null = null;

  /** `dbName`: the IndexedDB database (tests open several) */
  constructor(dbName?: string) {
    this.store = new UserStore<UserReport>(dbName, isWholeReport);
  }

  get storage(): StoreState { return this.store.state; }

  /** Idempotent: the app calls it at start so saved reports appear in every view at once. */
  init(): Promise<void> {
    this.ready ??= (async () => {
      const { records, interrupted } = await this.store.open();
      this.reports = records;
      this.batchNotices = interrupted.map((j) => ({ kind: 'interrupted', batchId: j.batchId, at: j.at, total: j.items.length, missing: j.missing ?? [] }));
      if (this.reports.length) await this.toData(() => toDataset.load(mergeRows(this.reports.map(userReportRows))));
      this.emit();
    })();
    return this.ready;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private emit() {
    this.reports = this.store.list().sort((a, b) => a.addedAt.localeCompare(b.addedAt));
    for (const l of this.listeners) l();
  }

  /** Adds reports; `replaces` are ids of reports they supersede (same agency and year). Stored as one
   * journaled batch (UserStore.putBatch): each report whole or not at all, a closed page's leftovers
   * named at the next start, storage running out counted in a notice. */
  async add(reports: UserReport[], replaces: string[] = []): Promise<void> {
    await this.init();
    const have = new Set(this.store.list().map((r) => r.reportId));
    const gone = [...new Set([...replaces, ...reports.map((r) => r.reportId)])].filter((id) => have.has(id));
    const at = new Date().toISOString();
    const batchId = `${at}#${++batchSeq}`;
    const written = await this.store.putBatch({ batchId, at, items: reports.map((r) => ({ reportId: r.reportId, file: r.file })) }, reports, this.replacedBy(reports, replaces));
    // a store already in memory mode has its own warning; a failure during this batch gets counts
    if (written.unsaved && written.problem) {
      this.batchNotices = [...this.batchNotices, { kind: 'unsaved', batchId, at, total: reports.length, stored: written.stored, problem: written.problem }];
    }
    await this.toData(async () => {
      await toDataset.remove(gone);
      await toDataset.load(mergeRows(reports.map(userReportRows)));
    });
    this.emit();
    void globalThis.navigator?.storage?.persist?.().catch(() => undefined); // no navigator in Node tests
  }

  /** Which new report supersedes each replaced one (the one of its agency and year), so each
   * replacement is stored in one transaction; one that matches none goes with the first report. */
  private replacedBy(reports: UserReport[], replaces: string[]): Map<string, string[]> {
    const byKey = new Map<string, UserReport[]>();
    for (const r of reports) {
      const key = agencyYearKey(corrected(r)) ?? '';
      const same = byKey.get(key);
      if (same) same.push(r); else byKey.set(key, [r]);
    }
    const saved = new Map(this.store.list().map((r) => [r.reportId, r]));
    const out = new Map<string, string[]>();
    for (const id of replaces) {
      const old = saved.get(id);
      const by = (old && conflictFor(old, byKey.get(agencyYearKey(corrected(old)) ?? '') ?? [])) ?? reports[0];
      if (by) out.set(by.reportId, [...(out.get(by.reportId) ?? []), id]);
    }
    return out;
  }

  async dismissBatch(batchId: string): Promise<void> {
    this.batchNotices = this.batchNotices.filter((n) => n.batchId !== batchId);
    this.emit();
    await this.store.dismiss(batchId);
  }

  async remove(ids: string[]): Promise<void> {
    await this.init();
    await this.store.remove(ids);
    await this.toData(() => toDataset.remove(ids));
    this.emit();
  }

  private async toData(f: () => Promise<void>) {
    try {
      await f();
      this.datasetError = null;
    } catch (err) {
      this.datasetError = (err as Error)?.message ?? String(err);
    }
  }

  exportJson(): string {
    return JSON.stringify(toWorkspace(this.store.list()));
  }

  async importJson(text: string): Promise<{ ok: true; added: number; rejected: number } | Extract<ParsedWorkspace, { ok: false }>> {
    const parsed = parseWorkspace(text);
    if (!parsed.ok) return parsed;
    await this.add(parsed.reports);
    return { ok: true, added: parsed.reports.length, rejected: parsed.rejected.length };
  }
}

export const userSession = new UserSession();
