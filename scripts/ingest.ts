// `npm run ingest -- DIR...`: the data build. Reads every report under the folders (default
// ../shared/seeds and ../shared/corpus), extracts it, runs the cross-report checks, and writes
// data/{reports,metrics,requests,findings}.parquet, data/nianbao.duckdb and data/manifest.json.
// Same input → same Parquet bytes (only manifest.built_at changes).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { METRICS } from '../src/domain/metrics';
import { emptyRows, extractionToRows, type DatasetRows } from '../src/data/rows';
import { DATA_FILES, TABLES } from '../src/data/schema';
import {
  crossReportChecks, EXTRACTOR_VERSION, sameReportTwice, type DivisionIndex, type Extraction, type Finding,
} from '../src/extract';
import { loadDivisionsFromDisk } from './cli/divisions';
import { extractBytes } from './cli/extractBytes';
import { MAX_INPUT_BYTES, readInputFile } from './cli/readInput';
import { bothLanguages, oneLine } from './cli/summary';
import { TEXT_EXTENSIONS, walkDocuments } from './cli/walk';
import { writeDataset } from './cli/writeDataset';
import { writeSlices } from './slices/writeSlices';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_INPUTS = [resolve(REPO, '../shared/seeds'), resolve(REPO, '../shared/corpus')];
export const DEFAULT_OUT = resolve(REPO, 'data');

export interface IngestOptions {
  outDir?: string;
  divisions?: DivisionIndex | null;
  /** read PDFs with pdf.js (default true) */
  pdf?: boolean;
  log?: (s: string) => void;
  /** fixed build time for tests; default now */
  builtAt?: string;
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

export interface IngestResult {
  counts: Record<string, number>;
  inputs: InputEntry[];
  outDir: string;
}

export async function runIngest(dirs: string[], opts: IngestOptions = {}): Promise<IngestResult> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s));
  const outDir = opts.outDir ?? DEFAULT_OUT;
  let divisions: DivisionIndex | undefined;
  if (opts.divisions === undefined) {
    const loaded = loadDivisionsFromDisk();
    divisions = loaded.index;
    log(`ingest: ${loaded.note}\n`);
  } else divisions = opts.divisions ?? undefined;
  const readPdfs = opts.pdf ?? true;

  const inputs: InputEntry[] = [];
  const docs: { x: Extraction; reportId: string; bytes: number; entry: InputEntry; shown: string }[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    const shownDir = displayPath(dir);
    const exts = readPdfs ? [...TEXT_EXTENSIONS, '.pdf'] : TEXT_EXTENSIONS;
    const { files, ignored } = walkDocuments(dir, exts);
    const pdfsSkipped = ignored.filter((f) => f.ext === '.pdf').length;
    log(`ingest: ${shownDir}: ${files.length} document(s)${pdfsSkipped ? `, ${pdfsSkipped} PDF(s) skipped (--no-pdf)` : ''}\n`);
    for (const f of files) {
      const entry: InputEntry = { dir: shownDir, file: f.rel, bytes: 0, sha256: null, report_id: null, status: 'unreadable', kind: null, reason: null, reason_en: null };
      inputs.push(entry);
      const read = readInputFile(f.path, MAX_INPUT_BYTES);
      if (!read.ok) {
        entry.reason = read.reason;
        entry.reason_en = read.reason_en;
        log(`${f.rel}: ${bothLanguages(read.reason, read.reason_en)}\n`);
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
        continue;
      }
      seen.set(reportId, `${shownDir}/${f.rel}`);
      const x = await extractBytes(f.rel, read.bytes, divisions);
      entry.status = 'extracted';
      entry.kind = x.kind;
      entry.reason = x.reason;
      entry.reason_en = x.reason_en;
      if (x.kind !== 'annual_report') log(`${f.rel}: not a report: ${oneLine(bothLanguages(x.reason ?? '', x.reason_en))}\n`);
      docs.push({ x, reportId, bytes: read.bytes.length, entry, shown: `${shownDir}/${f.rel}` });
    }
  }

  // The same report twice with different bytes (posted under two columns, a crawl that kept a copy):
  // one agency (lineage), one year, near-identical text. Only the more complete file is kept, so no
  // comparison or total counts the report twice; the manifest names the file kept.
  const { duplicates } = sameReportTwice(docs.map((d) => d.x));
  const dropped = new Set<number>();
  for (const d of duplicates) {
    const e = docs[d.dropped].entry;
    const kept = docs[d.kept].shown;
    const pct = `${Math.floor(d.similarity * 1000) / 10}%`;
    e.status = 'duplicate';
    e.reason = `与 ${kept} 是同一机构同一年度的同一报告（较短文本有 ${pct} 见于另一份，数字一致），保留 ${kept}（数字更全，或数字一样多时取路径在前者）`;
    e.reason_en = `the same report of the same agency and year as ${kept} (${pct} of the shorter text is in the other, same figures); ${kept} is kept (more figures, or the earlier path when they have as many)`;
    dropped.add(d.dropped);
    log(`${e.file}: duplicate of ${kept} (${pct})\n`);
  }
  if (dropped.size > 0) {
    const keptDocs = docs.filter((_, i) => !dropped.has(i));
    docs.length = 0;
    docs.push(...keptDocs);
  }

  const extra = crossReportFindings(docs.map((d) => d.x));
  const rows: DatasetRows = emptyRows();
  docs.forEach((d, i) => {
    const r = extractionToRows(d.x, { reportId: d.reportId, origin: 'bundled', bytes: d.bytes }, extra[i]);
    rows.reports.push(...r.reports);
    rows.metrics.push(...r.metrics);
    rows.requests.push(...r.requests);
    rows.findings.push(...r.findings);
  });
  const written = await writeDataset(rows, outDir);
  // the embeds' static slices (src/data/slices.ts), cut from the database just written by the app's own queries
  const slices = await writeSlices(written.database, outDir, { dataset: 'bundled', extractor_version: EXTRACTOR_VERSION });
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
    inputs,
    metrics: METRICS,
  };
  writeFileSync(join(outDir, DATA_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
  const c = written.counts;
  log(
    `ingest: ${docs.length} document(s) (${docs.filter((d) => d.x.kind === 'annual_report').length} reports) → ` +
      `${displayPath(outDir)}: reports ${c.reports}, metrics ${c.metrics}, requests ${c.requests}, findings ${c.findings}\n`,
  );
  return { counts: written.counts, inputs, outDir };
}

/** Checks across the reports of one agency (carry-over chains, 雷同 copied text, swings): one
 * Finding[] per extraction, in the same order. They need every document, so they run here, not in
 * extractReport. */
function crossReportFindings(extractions: Extraction[]): Finding[][] {
  const byIndex = crossReportChecks(extractions);
  return extractions.map((_, i) => byIndex.get(i) ?? []);
}

function displayPath(p: string): string {
  const rel = relative(REPO, resolve(p));
  return rel === '' ? '.' : rel.split('\\').join('/');
}

async function main(argv: string[]): Promise<number> {
  const dirs: string[] = [];
  let outDir: string | undefined;
  let pdf = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') outDir = argv[++i];
    else if (a === '--no-pdf') pdf = false;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run ingest -- [DIR...] [--out DIR] [--no-pdf]\n');
      return 0;
    } else if (a.startsWith('-')) {
      process.stderr.write(`ingest: unknown option ${a}; usage: npm run ingest -- [DIR...] [--out DIR] [--no-pdf]\n`);
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
  await runIngest(inputs, { outDir, pdf });
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`ingest: ${(err as Error).stack ?? err}\n`); process.exitCode = 1; },
  );
}
