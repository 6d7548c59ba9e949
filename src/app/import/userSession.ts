// The user's reports for this page: loaded once from IndexedDB into the app's tables, then kept in
// step on every add, replace and removal. One instance per page; views subscribe to changes.
import { UserStore, type StoreState } from '../../data/userStore';
import { toDataset } from './datasetBridge';
import { mergeRows, userReportRows, type UserReport } from './userReport';
import { parseWorkspace, toWorkspace, type ParsedWorkspace } from './workspace';

type Listener = () => void;

class UserSession {
  private store = new UserStore<UserReport>();
  private ready: Promise<void> | null = null;
  private listeners = new Set<Listener>();
  reports: UserReport[] = [];
  /** the data layer refused the rows (the reports stay saved; the views just do not show them) */
  datasetError: string | null = null;

  get storage(): StoreState { return this.store.state; }

  /** Idempotent: the app calls it at start so saved reports appear in every view at once. */
  init(): Promise<void> {
    this.ready ??= (async () => {
      this.reports = await this.store.open();
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

  /** Adds reports; `replaces` are ids of reports they supersede (same agency and year). */
  async add(reports: UserReport[], replaces: string[] = []): Promise<void> {
    await this.init();
    const gone = [...new Set([...replaces, ...reports.map((r) => r.reportId)])].filter((id) => this.store.list().some((r) => r.reportId === id));
    if (replaces.length) await this.store.remove(replaces);
    await this.store.put(reports);
    await this.toData(async () => {
      await toDataset.remove(gone);
      await toDataset.load(mergeRows(reports.map(userReportRows)));
    });
    this.emit();
    void navigator.storage?.persist?.().catch(() => undefined);
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
