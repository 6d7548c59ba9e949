// `npm run ingest -- DIR...`: the data build. Reads every report under the folders (default
// ../shared/seeds and ../shared/corpus), extracts it, runs the cross-report checks, and writes
// data/{reports,metrics,requests,findings}.parquet, data/nianbao.duckdb and data/manifest.json.
// Same input → same Parquet bytes (only manifest.built_at changes), whatever the number of workers.
//
// It scales with the corpus (issue #12): documents are extracted in worker threads (`--jobs N`, all
// cores by default; scripts/cli/ingestPool.ts), their rows appended to DuckDB as they come
// (DatasetWriter), and only the compact form of the reports the cross-report checks can pair is kept,
// on disk (scripts/cli/ingestSpill.ts), read back one agency (lineage) at a time. A document that
// crashes or hangs its worker costs only that document.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { METRICS } from '../src/domain/metrics';
import { problemText, type Problem } from '../src/domain/problems';
import { extractionToRows, type FindingRow, type ReportRow } from '../src/data/rows';
import { DATA_FILES, TABLES } from '../src/data/schema';
import { crossReportChecks, EXTRACTOR_VERSION, sameReportTwice, type DivisionIndex } from '../src/extract';
import { loadDivisionsFromDisk } from './cli/divisions';
import { readCheckBlob } from './cli/ingestJob';
import { ExtractPool, type Outcome } from './cli/ingestPool';
import { SpillFile, type SpillAt } from './cli/ingestSpill';
import { MAX_INPUT_BYTES, readInputFile } from './cli/readInput';
import { bothLanguages, oneLine } from './cli/summary';
import { TEXT_EXTENSIONS, walkDocuments } from './cli/walk';
import { DatasetWriter } from './cli/writeDataset';
import { writeSlices } from './slices/writeSlices';
import { writePartitions } from './cli/writePartitions';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_INPUTS = [resolve(REPO, '../shared/seeds'), resolve(REPO, '../shared/corpus')];
export const DEFAULT_OUT = resolve(REPO, 'data');
/** A document whose extraction takes longer than this is stopped (its worker replaced) and reported. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface IngestOptions {
  outDir?: string;
  divisions?: DivisionIndex | null;
  /** read PDFs with pdf.js (default true) */
  pdf?: boolean;
  log?: (s: string) => void;
  /** fixed build time for tests; default now */
  builtAt?: string;
  /** worker threads extracting documents (default: all cores) */
  jobs?: number;
  /** per document (default 60 s) */
  timeoutMs?: number;
  /** cut the embeds' slices into data/slices (default true; tests of the build itself skip them) */
  slices?: boolean;
  /** also write the partitioned layout (one file per province + national answers, src/data/partitions.ts):
   * what a national dataset is published as, so the app fetches only the provinces a view needs */
  partitioned?: boolean;
  /** the worker module, for tests that need a worker that misbehaves (default scripts/cli/ingestWorker.ts) */
  worker?: URL;
}

export interface InputEntry {
  dir: string;
  file: string;
  bytes: number;
  sha256: string | null;
  report_id: string | null;
  status: 'extracted' | 'duplicate' | 'unreadable';
  kind: string | null;
  /** why it was not read, is a duplicate or is not a report: Chinese, with `reason_en` in English */
  reason: string | null;
  reason_en: string | null;
}

export interface IngestStats {
  jobs: number;
  /** documents sent to the workers (distinct bytes, readable) */
  extracted: number;
  /** workers started, replacements included */
  workersStarted: number;
  /** bytes of compact extractions spilled for the cross-report checks */
  spillBytes: number;
  /** the most reports of one lineage held in memory at once by the checks */
  largestGroup: number;
  ms: { extract: number; checks: number; write: number; total: number };
  /** share of the extraction phase the main thread was busy (reading, hashing, appending rows) */
  mainBusy: number;
}

export interface IngestResult {
  counts: Record<string, number>;
  inputs: InputEntry[];
  outDir: string;
  stats: IngestStats;
}

/** A document extracted, kept for the cross-report checks (its compact Extraction is on disk). */
interface Pairable {
  /** position in the input (the checks' order) */
  seq: number;
  reportId: string;
  bytes: number;
  entry: InputEntry;
  shown: string;
  at: SpillAt;
}

/** Replaced report rows and extra findings are applied in batches of about this many rows. */
const PATCH_BATCH = 5_000;

export async function runIngest(dirs: string[], opts: IngestOptions = {}): Promise<IngestResult> {
  const t0 = performance.now();
  const log = opts.log ?? ((s: string) => process.stderr.write(s));
  const outDir = opts.outDir ?? DEFAULT_OUT;
  let divisions: DivisionIndex | undefined;
  if (opts.divisions === undefined) {
    const loaded = loadDivisionsFromDisk();
    divisions = loaded.index;
    log(`ingest: ${loaded.note}\n`);
  } else divisions = opts.divisions ?? undefined;
  const readPdfs = opts.pdf ?? true;
  const jobs = Math.max(1, Math.floor(opts.jobs ?? availableParallelism()));

  const inputs: InputEntry[] = [];
  const seen = new Map<string, string>();
  /** pairable reports by lineage, in order of first appearance; member order = input order */
  const groups = new Map<string, Pairable[]>();
  let nDocs = 0;
  let nReports = 0;
  let nExtracted = 0;
  const writer = await DatasetWriter.open(outDir);
  const spill = new SpillFile();
  const pool = new ExtractPool({ jobs, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, divisions: divisions ?? null, worker: opts.worker });
  const ms = { extract: 0, checks: 0, write: 0, total: 0 };
  let largestGroup = 0;
  let mainBusy = 0;
  const elu0 = performance.eventLoopUtilization();
  try {
    // ---- extraction: in parallel ----------------------------------------------------------------
    // At most `window` documents are read and not yet answered: that, not the corpus, bounds memory.
    // Answers are taken as they come (one slow document does not hold up the others); everything
    // they change is order-free (the files are sorted, the manifest's entries and the pairable
    // reports are kept by input position) except the log, which `ordered` prints in input order.
    const window = Math.max(4, jobs * 4);
    const running = new Set<Promise<void>>();
    let failure: unknown;
    const ordered = new OrderedLog(log);
    const take = (seq: number, d: { entry: InputEntry; shown: string; reportId: string; bytes: number }, o: Outcome) => {
      const { entry } = d;
      if (!o.ok) {
        const [zh, en] = failureReason(o.problem);
        entry.report_id = null;
        entry.reason = zh;
        entry.reason_en = en;
        ordered.put(seq, `${entry.file}: ${bothLanguages(zh, en)}\n`);
        return;
      }
      const x = o.done;
      entry.status = 'extracted';
      entry.kind = x.kind;
      entry.reason = x.reason;
      entry.reason_en = x.reason_en;
      ordered.put(seq, x.kind !== 'annual_report' ? `${entry.file}: not a report: ${oneLine(bothLanguages(x.reason ?? '', x.reason_en))}\n` : '');
      writer.append(x.rows);
      nDocs++;
      if (x.kind === 'annual_report') nReports++;
      if (x.check) {
        const g = groups.get(x.check.lineage) ?? [];
        g.push({ seq, reportId: d.reportId, bytes: d.bytes, entry, shown: d.shown, at: spill.write(x.check.blob) });
        groups.set(x.check.lineage, g);
      }
    };
    let seq = 0;
    for (const dir of dirs) {
      const shownDir = displayPath(dir);
      const exts = readPdfs ? [...TEXT_EXTENSIONS, '.pdf'] : TEXT_EXTENSIONS;
      const { files, ignored } = walkDocuments(dir, exts);
      const pdfsSkipped = ignored.filter((f) => f.ext === '.pdf').length;
      ordered.put(seq++, `ingest: ${shownDir}: ${files.length} document(s)${pdfsSkipped ? `, ${pdfsSkipped} PDF(s) skipped (--no-pdf)` : ''}\n`);
      for (const f of files) {
        const mySeq = seq++;
        const entry: InputEntry = { dir: shownDir, file: f.rel, bytes: 0, sha256: null, report_id: null, status: 'unreadable', kind: null, reason: null, reason_en: null };
        inputs.push(entry);
        const read = readInputFile(f.path, MAX_INPUT_BYTES);
        if (!read.ok) {
          entry.reason = read.reason;
          entry.reason_en = read.reason_en;
          ordered.put(mySeq, `${f.rel}: ${bothLanguages(read.reason, read.reason_en)}\n`);
          continue;
        }
        entry.bytes = read.bytes.length;
        entry.sha256 = createHash('sha256').update(read.bytes).digest('hex');
        const reportId = entry.sha256.slice(0, 16);
        entry.report_id = reportId;
        const first = seen.get(reportId);
        if (first) {
          entry.status = 'duplicate';
          entry.reason = `与 ${first} 字节完全相同`;
          entry.reason_en = `same bytes as ${first}`;
          ordered.put(mySeq, '');
          continue;
        }
        const d = { entry, shown: `${shownDir}/${f.rel}`, reportId, bytes: read.bytes.length };
        seen.set(reportId, d.shown);
        nExtracted++;
        // the bytes go to the worker (transferred, not copied)
        const p: Promise<void> = pool.run({ name: f.rel, bytes: read.bytes, reportId })
          .then((o) => take(mySeq, d, o))
          .catch((err: unknown) => { failure ??= err; }) // no worker could start, or DuckDB failed: the build fails
          .finally(() => running.delete(p));
        running.add(p);
        while (running.size >= window) await Promise.race(running);
        if (failure !== undefined) throw failure;
      }
    }
    await Promise.all(running);
    if (failure !== undefined) throw failure;
    await pool.close();
    ms.extract = performance.now() - t0;
    mainBusy = performance.eventLoopUtilization(elu0).utilization;

    // ---- checks across reports, one lineage at a time -------------------------------------------
    // Both checks only ever pair reports of one lineage (sameReportTwice groups by agency and year,
    // and an agency belongs to one lineage), so running them group by group gives what running them
    // on the whole corpus gives, while only one group's texts are in memory.
    const t1 = performance.now();
    const dropped: string[] = [];
    let replaced: ReportRow[] = [];
    let extraFindings: FindingRow[] = [];
    const applyPatches = async () => {
      await writer.remove(replaced.map((r) => r.report_id), ['reports']);
      writer.append({ reports: replaced, findings: extraFindings });
      replaced = [];
      extraFindings = [];
    };
    // In input order: groups by their first report, members by position (the checks break ties by it).
    const byInput = [...groups.values()].map((g) => g.sort((p, q) => p.seq - q.seq)).sort((g, h) => g[0].seq - h[0].seq);
    for (const members of byInput) {
      if (members.length < 2) continue; // nothing to pair with
      largestGroup = Math.max(largestGroup, members.length);
      const xs = members.map((m) => readCheckBlob(spill.read(m.at)));
      // The same report twice with different bytes (posted under two columns, a crawl that kept a
      // copy): one agency (lineage), one year, near-identical text. Only the more complete file is
      // kept, so no comparison or total counts the report twice; the manifest names the file kept.
      const { duplicates } = sameReportTwice(xs);
      const droppedHere = new Set<number>();
      for (const d of duplicates) {
        const e = members[d.dropped].entry;
        const kept = members[d.kept].shown;
        const pct = `${Math.floor(d.similarity * 1000) / 10}%`;
        e.status = 'duplicate';
        e.reason = `与 ${kept} 是同一机构同一年度的同一报告（较短文本有 ${pct} 见于另一份，数字一致），保留 ${kept}（数字更全，或数字一样多时取路径在前者）`;
        e.reason_en = `the same report of the same agency and year as ${kept} (${pct} of the shorter text is in the other, same figures); ${kept} is kept (more figures, or the earlier path when they have as many)`;
        droppedHere.add(d.dropped);
        dropped.push(members[d.dropped].reportId);
        nDocs--;
        nReports--; // pairable members are all annual reports
        log(`${e.file}: duplicate of ${kept} (${pct})\n`);
      }
      const keep = members.map((_, i) => i).filter((i) => !droppedHere.has(i));
      // Checks across the reports of one agency (carry-over chains, 雷同 copied text, swings): a
      // finding goes to the later report of a pair, and changes that report's row (its counts).
      const found = crossReportChecks(keep.map((i) => xs[i]));
      for (const [k, extra] of found) {
        if (extra.length === 0) continue;
        const i = keep[k];
        const m = members[i];
        const r = extractionToRows(xs[i], { reportId: m.reportId, origin: 'bundled', bytes: m.bytes }, extra);
        replaced.push(...r.reports);
        extraFindings.push(...r.findings.slice(xs[i].findings.length));
      }
      if (replaced.length + extraFindings.length >= PATCH_BATCH) await applyPatches();
    }
    await applyPatches();
    await writer.remove(dropped);
    ms.checks = performance.now() - t1;
  } catch (err) {
    await pool.close();
    writer.abort();
    throw err;
  } finally {
    spill.dispose();
  }

  const t2 = performance.now();
  const written = await writer.finish();
  // the embeds' static slices (src/data/slices.ts), cut from the database just written by the app's own queries
  const slices = opts.slices === false
    ? { files: [] as string[] }
    : await writeSlices(written.database, outDir, { dataset: 'bundled', extractor_version: EXTRACTOR_VERSION });
  // cut from the Parquet files just written (the whole tables are kept: `npm run query` reads them)
  const partitions = opts.partitioned ? await writePartitions(outDir, { extractorVersion: EXTRACTOR_VERSION, log }) : undefined;
  const manifest = {
    origin: 'bundled',
    extractor_version: EXTRACTOR_VERSION,
    built_at: opts.builtAt ?? new Date().toISOString(),
    files: {
      database: DATA_FILES.database,
      parquet: Object.fromEntries(TABLES.map((t) => [t.name, DATA_FILES.parquet(t.name)])),
    },
    counts: written.counts,
    slices: slices.files,
    ...(partitions ? { layout: 'partitioned', partitions } : {}),
    inputs,
    metrics: METRICS,
  };
  writeFileSync(join(outDir, DATA_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
  ms.write = performance.now() - t2;
  ms.total = performance.now() - t0;
  const c = written.counts;
  log(
    `ingest: ${nDocs} document(s) (${nReports} reports) → ` +
      `${displayPath(outDir)}: reports ${c.reports}, metrics ${c.metrics}, requests ${c.requests}, findings ${c.findings}\n`,
  );
  return {
    counts: written.counts,
    inputs,
    outDir,
    stats: { jobs, extracted: nExtracted, workersStarted: pool.started, spillBytes: spill.bytes, largestGroup, ms, mainBusy },
  };
}

/** Log lines in input order, whatever order the workers answer in: each position is `put` once
 * (an empty string when there is nothing to say), and the lines are written as soon as all before
 * them are in. */
class OrderedLog {
  private next = 0;
  private readonly waiting = new Map<number, string>();
  constructor(private readonly log: (s: string) => void) {}

  put(seq: number, line: string): void {
    this.waiting.set(seq, line);
    while (this.waiting.has(this.next)) {
      const s = this.waiting.get(this.next)!;
      this.waiting.delete(this.next++);
      if (s) this.log(s);
    }
  }
}

/** A document the workers could not extract: why, in Chinese and English. */
function failureReason(p: Problem): [string, string] {
  const detail = p.detail ? oneLine(p.detail) : '';
  return [
    `${problemText(p, 'zh')}${detail ? `（${detail}）` : ''}`,
    `${problemText(p, 'en')}${detail ? ` (${detail})` : ''}`,
  ];
}

function displayPath(p: string): string {
  const rel = relative(REPO, resolve(p));
  return rel === '' ? '.' : rel.split('\\').join('/');
}

const USAGE = 'usage: npm run ingest -- [DIR...] [--out DIR] [--no-pdf] [--jobs N] [--partitioned]';

async function main(argv: string[]): Promise<number> {
  const dirs: string[] = [];
  let outDir: string | undefined;
  let pdf = true;
  let jobs: number | undefined;
  let partitioned = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') outDir = argv[++i];
    else if (a === '--partitioned') partitioned = true;
    else if (a === '--no-pdf') pdf = false;
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = a === '--jobs' ? argv[++i] : a.slice('--jobs='.length);
      jobs = /^[1-9]\d{0,3}$/.test(v ?? '') ? Number(v) : NaN;
      if (Number.isNaN(jobs)) {
        process.stderr.write(`ingest: --jobs needs a whole number of workers ≥ 1 (got ${v ?? 'nothing'}); ${USAGE}\n`);
        return 2;
      }
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n  --jobs N  worker threads extracting documents (default: all ${availableParallelism()} cores)\n  --partitioned  also write parts/: one file per province and the national answers (a national dataset)\n`);
      return 0;
    } else if (a.startsWith('-')) {
      process.stderr.write(`ingest: unknown option ${a}; ${USAGE}\n`);
      return 2;
    } else dirs.push(a);
  }
  if (outDir === undefined && argv.includes('--out')) {
    process.stderr.write('ingest: --out needs a folder\n');
    return 2;
  }
  const inputs = dirs.length > 0 ? dirs : DEFAULT_INPUTS.filter((d) => existsSync(d));
  if (inputs.length === 0) {
    process.stderr.write(`ingest: no input folders given and none of the defaults exist (${DEFAULT_INPUTS.map(displayPath).join(', ')}); usage: npm run ingest -- DIR...\n`);
    return 2;
  }
  for (const d of inputs) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      process.stderr.write(`ingest: ${d} is not a folder\n`);
      return 2;
    }
  }
  if (outDir) mkdirSync(outDir, { recursive: true });
  await runIngest(inputs, { outDir, pdf, jobs, partitioned });
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`ingest: ${(err as Error).stack ?? err}\n`); process.exitCode = 1; },
  );
}
