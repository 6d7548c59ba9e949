// Which documents of a batch clash (same agency and year as a saved report or as another document of
// the batch), and what "add all" does with them under a bulk rule. Pure: the view applies the plan
// (one write for everything added) and shows its summary.
import { recheckIdentity } from '../../extract';
import { codeOf, corrected, reportKey, type Corrections, type UserReport } from './userReport';
import type { PendingDoc } from './useImportQueue';

/** How clashes are settled in bulk; null: each clash waits for a decision on its card. */
export type BulkRule = 'newer' | 'existing' | null;

export type SkipReason = 'not_report' | 'unreadable' | 'kept_existing' | 'older' | 'duplicate_in_batch';

export interface BatchPlan {
  add: UserReport[];
  /** saved reports the added ones supersede */
  replaces: string[];
  /** pending keys to drop from the preview (added, or settled away by the rule) */
  settled: string[];
  skipped: { key: string; name: string; reason: SkipReason }[];
  /** pending key → the saved report it clashes with, left for the user to decide */
  waiting: { key: string; with: UserReport | null }[];
}

/** What is saved: the extraction with the findings of the corrected identity, and the corrections. */
export function pendingToReport(p: PendingDoc, addedAt: string): UserReport {
  const x = p.doc.extraction!;
  return { reportId: p.doc.reportId, file: p.doc.name, format: p.doc.format, bytes: p.doc.bytes, addedAt, extraction: p.checked ? { ...x, findings: p.checked } : x, corrections: p.corrections };
}

/** pendingToReport(p, '') kept per document object (a change makes a new one): what the preview
 * compares and shows, asked of every document of the batch on each redraw. */
const previews = new WeakMap<PendingDoc, UserReport>();
export function previewReport(p: PendingDoc): UserReport {
  let r = previews.get(p);
  if (!r) { r = pendingToReport(p, ''); previews.set(p, r); }
  return r;
}

/** The document's findings with the identity-dependent checks re-run for corrections `c`, always from
 * the extractor's own findings (so correcting twice never stacks). */
export function recheckedFindings(p: PendingDoc, c: Corrections) {
  const x = p.doc.extraction!;
  const fixed = corrected({ ...pendingToReport({ ...p, checked: undefined }, ''), corrections: c });
  return recheckIdentity(x, fixed);
}

interface Member { key: string | null; report: UserReport; order: number }

/** Groups saved reports and candidates by agency and year. Within one name and year, two bodies whose
 * division codes are both known and differ are two agencies (城关镇): they go to separate clusters;
 * a member without a code could be either, so then the whole name-and-year is one cluster. */
function clusters(cands: { key: string; report: UserReport }[], saved: readonly UserReport[]): Member[][] {
  const byName = new Map<string, Member[]>();
  const put = (m: Member) => {
    const k = reportKey(m.report);
    if (k === null) return;
    const list = byName.get(k);
    if (list) list.push(m); else byName.set(k, [m]);
  };
  const candIds = new Set(cands.map((c) => c.report.reportId));
  // a saved report re-chosen (same bytes) is the same document: replaced by its own re-reading, not a clash
  saved.filter((s) => !candIds.has(s.reportId)).forEach((report, order) => put({ key: null, report, order }));
  cands.forEach((c, k) => put({ key: c.key, report: c.report, order: saved.length + k }));
  const out: Member[][] = [];
  for (const members of byName.values()) {
    if (members.some((m) => codeOf(m.report) === null)) { out.push(members); continue; }
    const byCode = new Map<string, Member[]>();
    for (const m of members) byCode.set(codeOf(m.report)!, [...(byCode.get(codeOf(m.report)!) ?? []), m]);
    out.push(...byCode.values());
  }
  return out;
}

/** Pending key → what it clashes with: a saved report, or 'batch' (only other documents of the batch). */
export function clashes(cands: { key: string; report: UserReport }[], saved: readonly UserReport[]): Map<string, UserReport | 'batch'> {
  const out = new Map<string, UserReport | 'batch'>();
  for (const c of clusters(cands, saved)) {
    if (c.length < 2) continue;
    const old = c.find((m) => m.key === null);
    for (const m of c) if (m.key !== null) out.set(m.key, old ? old.report : 'batch');
  }
  return out;
}

/** b is newer than a: the later publication date when both are known and differ, else the later file. */
function newer(a: Member, b: Member): Member {
  const pa = a.report.extraction.published_on, pb = b.report.extraction.published_on;
  if (pa && pb && pa !== pb) return pb > pa ? b : a;
  return b.order > a.order ? b : a;
}

/** What "add all" does with the batch's documents under `rule`. Non-reports and unreadable documents are
 * skipped (they stay in the preview with their message); a clash is settled by the rule, or waits. */
export function planBatch(pending: readonly PendingDoc[], saved: readonly UserReport[], rule: BulkRule, addedAt: string): BatchPlan {
  const plan: BatchPlan = { add: [], replaces: [], settled: [], skipped: [], waiting: [] };
  const cands: { key: string; report: UserReport }[] = [];
  for (const p of pending) {
    const x = p.doc.extraction;
    if (!x || p.doc.problem) plan.skipped.push({ key: p.key, name: p.doc.name, reason: 'unreadable' });
    else if (x.kind !== 'annual_report') plan.skipped.push({ key: p.key, name: p.doc.name, reason: 'not_report' });
    else cands.push({ key: p.key, report: pendingToReport(p, addedAt) });
  }
  const byKey = new Map(cands.map((c) => [c.key, c]));
  const inCluster = new Set<string>();
  const add = (m: Member) => { plan.add.push(m.report); plan.settled.push(m.key!); };
  const skip = (m: Member, reason: SkipReason) => { plan.skipped.push({ key: m.key!, name: m.report.file, reason }); plan.settled.push(m.key!); };
  for (const c of clusters(cands, saved)) {
    c.forEach((m) => { if (m.key !== null) inCluster.add(m.key); });
    const old = c.filter((m) => m.key === null);
    const fresh = c.filter((m) => m.key !== null);
    if (c.length === 1) { if (fresh.length) add(fresh[0]); continue; }
    if (rule === null) {
      // as one by one: the first of the batch goes in when nothing is saved; the others wait
      const first = old.length ? null : fresh[0];
      if (first) add(first);
      for (const m of fresh) if (m !== first) plan.waiting.push({ key: m.key!, with: old[0]?.report ?? first!.report });
    } else if (rule === 'existing') {
      const keep = old.length ? null : fresh[0];
      if (keep) add(keep);
      for (const m of fresh) if (m !== keep) skip(m, old.length ? 'kept_existing' : 'duplicate_in_batch');
    } else {
      const win = c.reduce(newer);
      if (win.key !== null) { add(win); plan.replaces.push(...old.map((m) => m.report.reportId)); }
      for (const m of fresh) if (m !== win) skip(m, 'older');
    }
  }
  // reports without a name or year form no cluster: they go in as they are
  for (const c of cands) if (!inCluster.has(c.key)) add({ key: c.key, report: byKey.get(c.key)!.report, order: 0 });
  return plan;
}
