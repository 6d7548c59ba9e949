// `npm run bench:extract [-- N]`: extractor throughput on one core over N (default 1,500) invented
// documents (scripts/invented: 2008 statistics table, 2019 and 2021 tables in three layouts,
// prose only, HTML pages), fed as UTF-8 bytes like the CLI does. Prints figures; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../src/extract';
import { loadDivisionsFromDisk } from './cli/divisions';
import { TEXT_EXTENSIONS, walkDocuments } from './cli/walk';
import { INVENTED_FORMATS, inventReport, type Layout } from './invented/reports';

interface Doc { label: string; bytes: Uint8Array }

function corpus(n: number): Doc[] {
  const layouts: Layout[] = ['lines', 'pipes', 'spaces'];
  const enc = new TextEncoder();
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    const format = INVENTED_FORMATS[i % INVENTED_FORMATS.length];
    const layout = layouts[Math.floor(i / INVENTED_FORMATS.length) % layouts.length];
    const r = inventReport(format, 1000 + i, layout);
    const label = format === '2019' || format === '2021' ? `${format}/${layout}` : format;
    docs.push({ label, bytes: enc.encode(r.text) });
  }
  return docs;
}

function run(docs: Doc[], divisions: ReturnType<typeof loadDivisionsFromDisk>['index']) {
  const per = new Map<string, { n: number; bytes: number; ms: number; figures: number }>();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) {
    const s = performance.now();
    const x = extractReport({ name: `${d.label}.txt`, bytes: d.bytes }, { divisions });
    const ms = performance.now() - s;
    const p = per.get(d.label) ?? { n: 0, bytes: 0, ms: 0, figures: 0 };
    p.n++; p.bytes += d.bytes.length; p.ms += ms; p.figures += x.metrics.length;
    per.set(d.label, p);
  }
  const cpu = process.cpuUsage(cpu0);
  return { total: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, per };
}

const n = Math.max(1000, Number(process.argv[2] ?? 1500) || 1500);
const divisions = loadDivisionsFromDisk().index;
const docs = corpus(n);
const totalBytes = docs.reduce((a, d) => a + d.bytes.length, 0);
run(docs.slice(0, 200), divisions); // warm-up: JIT and lazily built tables
const { total, cpuMs, per } = run(docs, divisions);
const mb = totalBytes / (1024 * 1024);
console.log(`bench:extract on ${cpus()[0]?.model ?? 'cpu'} (one core, Node ${process.versions.node}), division index ${divisions ? 'loaded' : 'absent'}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log(`${n} documents, ${mb.toFixed(1)} MB in ${(total / 1000).toFixed(2)} s wall: ${(n / (total / 1000)).toFixed(0)} docs/s, ${(mb / (total / 1000)).toFixed(1)} MB/s`);
// CPU time is what a busy shared machine does not distort (wall time counts the waits for a core);
// it counts every thread of the process (the GC's helpers too), so on an idle machine it is the
// more conservative of the two figures.
console.log(`  per CPU second (${(cpuMs / 1000).toFixed(2)} s of CPU): ${(n / (cpuMs / 1000)).toFixed(0)} docs/s, ${(mb / (cpuMs / 1000)).toFixed(1)} MB/s`);
console.log('format            docs   avg KB   docs/s    MB/s   figures/doc   (wall)');
for (const [label, p] of [...per.entries()].sort()) {
  const s = p.ms / 1000;
  console.log(
    `${label.padEnd(16)} ${String(p.n).padStart(5)} ${(p.bytes / p.n / 1024).toFixed(1).padStart(8)} ${(p.n / s).toFixed(0).padStart(8)} ` +
      `${(p.bytes / 1024 / 1024 / s).toFixed(1).padStart(7)} ${(p.figures / p.n).toFixed(1).padStart(12)}`,
  );
}

// The real documents in ../shared (text ones; PDFs time pdf.js, not the extractor), when present:
// read into memory once, then extracted round after round, so the figure is the extractor's alone.
// Like the invented set they get a warm-up round first (its figure printed apart): real reports take
// paths the invented ones never do (a whole report on one line, traditional script, 2008 tables cut
// together). V8 only optimises a function called once per document after some hundreds of
// documents, and it compiles on helper threads that the CPU figure counts, so a short run mostly
// timed the compiler: 1,000+ documents give the rate a batch actually sees.
const shared = fileURLToPath(new URL('../../shared', import.meta.url));
if (existsSync(shared)) {
  const real: Doc[] = ['seeds', 'corpus'].flatMap((d) => (existsSync(`${shared}/${d}`) ? walkDocuments(`${shared}/${d}`, TEXT_EXTENSIONS).files : []))
    .map((f) => ({ label: 'real', bytes: new Uint8Array(readFileSync(f.path)) }));
  if (real.length > 0) {
    const rounds = Math.max(1, Math.ceil(1000 / real.length));
    const repeated = Array.from({ length: rounds }, () => real).flat();
    const cold = run(real, divisions); // warm-up round, reported separately
    const r = run(repeated, divisions);
    const rb = repeated.reduce((a, d) => a + d.bytes.length, 0) / (1024 * 1024);
    console.log(
      `real reports in ../shared: ${real.length} text documents × ${rounds} rounds, ${rb.toFixed(1)} MB: ` +
        `${(repeated.length / (r.total / 1000)).toFixed(0)} docs/s wall, ${(repeated.length / (r.cpuMs / 1000)).toFixed(0)} docs/s per CPU second, ` +
        `${(rb / (r.cpuMs / 1000)).toFixed(1)} MB/s per CPU second`,
    );
    console.log(`  first (cold) round: ${(real.length / (cold.total / 1000)).toFixed(0)} docs/s wall, ${(real.length / (cold.cpuMs / 1000)).toFixed(0)} docs/s per CPU second`);
  }
}
