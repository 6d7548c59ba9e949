// The user's reports for this page: loaded once from IndexedDB into the app's tables, then kept in
// step on every add, replace and removal. One instance per page; views subscribe to changes.
//
// A reload puts the saved reports back in the views first (issue 9): from the Arrow "parts" kept
// beside the records (one insert per table and part), before any record is read. Each add stores its
// records, then its part, then puts the part in the tables — so whatever the views show is stored.
// Then the records are read a chunk at a time (for this page's list, conflicts and the workspace
// file), and the rows of any report the parts lack, or hold from an older addition, are rebuilt from
// its record. Parts that hold rows no longer wanted, or are many, are merged into one. Adds, removals
// and merges run one after the other.
import { UserStore, type BatchItem, type StorageProblem, type StoreState } from '../../data/userStore';
import type { DatasetRows } from '../../data/rows';
import { toDataset, type UserRowsPart } from './datasetBridge';
import { yieldToEventLoop } from './readChunks';
import { MAX_PARTS, planRestore } from './restorePlan';
import { agencyYearKey, conflictFor, corrected, mergeRows, userReportRows, type UserReport } from './userReport';
import { parseWorkspace, toWorkspace, type ParsedWorkspace } from './workspace';

type Listener = () => void;

/** What the user should hear about a batch that did not wholly reach storage (issue 13): one the
 * page was closed or crashed in the middle of (found at start), or one storage ran out during. */
export type BatchNotice =
  | { kind: 'interrupted'; batchId: string; at: string; total: number; missing: BatchItem[] }
  | { kind: 'unsaved'; batchId: string; at: string; total: number; stored: number; problem: StorageProblem };

/** A part as IndexedDB keeps it: its Arrow streams as Blobs (read back off the main thread), and when
 * each of its reports was added (a report added again, same bytes, is newer than its rows here). */
export interface StoredPart {
  format: string;
  ids: string[];
  addedAt: (string | undefined)[];
  tables: Record<string, Blob[]>;
}

function toStored(part: UserRowsPart, addedAt: (string | undefined)[]): StoredPart {
  const tables: Record<string, Blob[]> = {};
  for (const [name, streams] of Object.entries(part.tables)) tables[name] = streams.map((b) => new Blob([b as Uint8Array<ArrayBuffer>]));
  return { format: part.format, ids: part.ids, addedAt, tables };
}

async function fromStored(p: StoredPart): Promise<UserRowsPart> {
  const tables: Record<string, Uint8Array[]> = {};
  for (const [name, blobs] of Object.entries(p.tables ?? {})) tables[name] = await Promise.all(blobs.map(async (b) => new Uint8Array(await b.arrayBuffer())));
  return { format: p.format, ids: p.ids, tables };
}

let batchSeq = 0;
/** reports turned into rows per slice, the event loop given back in between (~5 ms each) */
const ROWS_SLICE = 100;

/** Whether a stored record is a report the tables can take (anything else is dropped on open). */
function isWholeReport(r: UserReport): boolean {
  return typeof r.addedAt === 'string' && typeof r.extraction === 'object' && r.extraction !== null && typeof r.corrections === 'object';
}

/** The dataset rows of `reports`, built ROWS_SLICE reports at a time with the event loop in between. */
export async function rowsOf(reports: readonly UserReport[], slice = ROWS_SLICE): Promise<DatasetRows> {
  const parts: DatasetRows[] = [];
  for (let i = 0; i < reports.length; i += slice) {
    if (i > 0) await yieldToEventLoop();
    for (const r of reports.slice(i, i + slice)) parts.push(userReportRows(r));
  }
  return mergeRows(parts);
}

export class UserSession {
  private store: UserStore<UserReport, StoredPart>;
  private ready: Promise<void> | null = null;
  private listeners = new Set<Listener>();
  /** adds, removals and merges of parts, one after the other */
  private chain: Promise<unknown> = Promise.resolve();
  /** parts kept in IndexedDB (as far as this page knows) */
  private partCount = 0;
  reports: UserReport[] = [];
  /** batches not wholly stored, until the user dismisses them (a new array on every change) */
  batchNotices: BatchNotice[] = [];
  /** the data layer refused the rows (the reports stay saved; the views just do not show them) */
  datasetError: string | null = null;

  /** `dbName`: the IndexedDB database (tests open several) */
  constructor(dbName?: string) {
    this.store = new UserStore<UserReport, StoredPart>(dbName, isWholeReport);
  }

  get storage(): StoreState { return this.store.state; }

  /** Idempotent: the app calls it at start so saved reports appear in every view at once. */
  init(): Promise<void> {
    this.ready ??= (async () => {
      const { ids, parts } = await this.store.open();
      this.partCount = parts.length;
      const fromParts = ids.length && parts.length ? await this.restore(parts, ids) : { restored: new Map<string, string | undefined>(), compact: parts.length > 0 };
      const { records, interrupted } = await this.store.load();
      this.batchNotices = interrupted.map((j) => ({ kind: 'interrupted', batchId: j.batchId, at: j.at, total: j.items.length, missing: j.missing ?? [] }));
      // what the parts gave that no whole record backs goes; what they lack, or hold older, is rebuilt
      const byId = new Map(records.map((r) => [r.reportId, r]));
      const stray = [...fromParts.restored.keys()].filter((id) => !byId.has(id));
      const rebuild = records.filter((r) => !fromParts.restored.has(r.reportId) || fromParts.restored.get(r.reportId) !== r.addedAt);
      await this.toData(async () => {
        await toDataset.remove(stray);
        await toDataset.load(await rowsOf(rebuild));
      });
      this.emit();
      if (fromParts.compact || stray.length || rebuild.length) void this.compact();
    })();
    return this.ready;
  }

  /** Puts the parts' rows in the tables, less the reports no longer stored or in several parts;
   * answers which reports they gave (and when each was added). Nothing if the sink takes no parts;
   * if the parts could not be put back, whatever went in is taken out again. */
  private async restore(parts: StoredPart[], ids: string[]): Promise<{ restored: Map<string, string | undefined>; compact: boolean }> {
    if (!(await toDataset.parts())) return { restored: new Map(), compact: false };
    const plan = planRestore(parts.map((p) => ({ ids: p.ids ?? [], addedAt: p.addedAt })), ids);
    try {
      const used = await toDataset.loadParts(await Promise.all(parts.map(fromStored)), plan.without);
      parts.forEach((p, k) => { if (!used[k]) for (const id of p.ids) plan.restored.delete(id); });
      return { restored: plan.restored, compact: plan.compact || used.includes(false) };
    } catch {
      await this.toData(() => toDataset.remove([...new Set(parts.flatMap((p) => p.ids ?? []))]));
      return { restored: new Map(), compact: true };
    }
  }

  /** Runs `f` after every add, removal and merge queued before it. */
  private serial<R>(f: () => Promise<R>): Promise<R> {
    const run = this.chain.then(f);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Replaces the parts kept in IndexedDB by one part of the tables as they are (queued; best effort:
   * without parts, the next start rebuilds the rows from the records). */
  private compact(): Promise<void> {
    return this.serial(async () => {
      if (this.store.state.mode !== 'indexeddb' || !(await toDataset.parts())) return;
      const records = this.store.list();
      if (records.length === 0) { await this.store.replaceParts(null); this.partCount = 0; return; }
      const part = await toDataset.exportPart().catch(() => null);
      if (!part) return;
      const added = new Map(records.map((r) => [r.reportId, r.addedAt]));
      await this.store.replaceParts(toStored(part, part.ids.map((id) => added.get(id))));
      this.partCount = 1;
    });
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
   * named at the next start, storage running out counted in a notice. Then its rows as a part (kept
   * beside the records), then into the tables: what the views show is stored. */
  add(reports: UserReport[], replaces: string[] = []): Promise<void> {
    return this.serial(async () => {
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
        const rows = await rowsOf(reports);
        if (!(await toDataset.parts())) {
          await toDataset.remove(gone);
          await toDataset.load(rows);
          return;
        }
        const part = await toDataset.buildPart(rows);
        if (written.stored > 0 && await this.store.putPart(batchId, toStored(part, reports.map((r) => r.addedAt)))) this.partCount++;
        await toDataset.remove(gone);
        await toDataset.loadParts([part], []);
      });
      this.emit();
      if (this.partCount > MAX_PARTS) void this.compact();
      void globalThis.navigator?.storage?.persist?.().catch(() => undefined); // no navigator in Node tests
    });
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

  remove(ids: string[]): Promise<void> {
    return this.serial(async () => {
      await this.init();
      await this.store.remove(ids);
      await this.toData(() => toDataset.remove(ids));
      this.emit();
    });
  }

  private async toData(f: () => Promise<unknown>): Promise<void> {
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
