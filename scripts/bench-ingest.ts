// `npm run bench:ingest [-- --docs N] [--runs R] [--jobs 1,4]`: the data build's throughput and
// memory, one worker against all cores (issue #12). Writes N invented documents (default 2,000; a
// comma list such as 500,8000 shows how memory grows with the corpus) to a temp folder: many
// agencies (real townships and streets) with a few reports each, in every invented format
// (writeInventedCorpus below; scripts/invented/). Then ingests them, each run in a child process of
// its own into a temp --out (never data/), jobs alternating, and prints medians: documents/s over the
// whole build and over the extraction phase, seconds per phase, CPU seconds, and the peak RSS of the
// process (main thread and worker threads are one process: its maxRSS covers both). Prints; asserts
// nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { divisionTree } from '../src/domain/divisionTree';
import { runIngest, type IngestStats } from './ingest';
import { inventRegionReports, type RegionPlace, type RegionUnit } from './invented/region';
import { INVENTED_FORMATS, inventReport, type InventedFormat, type Layout } from './invented/reports';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SELF = fileURLToPath(import.meta.url);

interface RunFigures {
  stats: IngestStats;
  /** process.resourceUsage().maxRSS, bytes */
  maxRss: number;
  /** CPU seconds of the whole process (main thread and workers) */
  cpu: number;
  counts: Record<string, number>;
}

/** A township or street of the national division list, with the county it is in. */
interface Unit { name: string; place: RegionPlace }

/** Townships and streets in code order, county by county. */
function* units(): Generator<{ place: RegionPlace; units: RegionUnit[] }> {
  const tree = divisionTree(JSON.parse(readFileSync(join(REPO, 'public/divisions.json'), 'utf8')));
  for (const province of tree.children(null)) {
    for (const city of tree.units(province.code)) {
      for (const county of tree.units(city.code)) {
        const us = tree.units(county.code).filter((u) => u.tier === 'township');
        if (us.length > 0) yield { place: { province: province.name, city: city.name, county: county.name }, units: us };
      }
    }
  }
}

/** An invented report of another format put under a real unit's names (as scripts/invented/region.ts
 * does for the 2021 format): the first seed from `from` whose invented agency is of the unit's kind. */
function reportFor(format: InventedFormat, layout: Layout, unit: Unit, from: number): { text: string; seed: number } {
  const street = unit.name.endsWith('街道');
  for (let seed = from; seed < from + 20_000; seed++) {
    const r = inventReport(format, seed, layout);
    if (r.agency.level !== (street ? 'street' : 'township')) continue;
    const a = r.agency;
    const text = r.text
      .split(a.name).join(`${unit.place.county}${unit.name}${street ? '办事处' : '人民政府'}`)
      .split(a.short).join(unit.name)
      .split(a.parent).join(unit.place.county)
      .split('望江市').join(unit.place.city)
      .split(a.province).join(unit.place.province);
    return { text, seed };
  }
  throw new Error(`no invented ${format} report of a ${street ? 'street' : 'township'}`);
}

/** N documents in `dir`, of many agencies with a few reports each, as a real collection is: 45%
 * 2021-format reports of real townships and streets over four years (scripts/invented/region.ts),
 * 45% other real units with one report in each invented format (2008 table, 2019 and 2021 tables
 * in three layouts, prose, HTML: years vary, so some units have two reports of one year), and 10%
 * the eight invented agencies of scripts/invented/agencies.ts, whose many reports per agency and
 * year make the cross-report checks' largest groups. */
export function writeInventedCorpus(dir: string, n: number): void {
  for (const sub of ['region', 'formats', 'agencies']) mkdirSync(join(dir, sub), { recursive: true });
  const nRegion = Math.floor(n * 0.45);
  const nFormats = Math.floor(n * 0.45);
  const years = [2021, 2022, 2023, 2024];
  const layouts: Layout[] = ['lines', 'pipes', 'spaces'];
  let region = 0;
  let formats = 0;
  let seed = 1;
  for (const county of units()) {
    if (region < nRegion) {
      const us = county.units.slice(0, Math.ceil((nRegion - region) / years.length));
      for (const r of inventRegionReports(county.place, us, years)) {
        if (region >= nRegion) break;
        writeFileSync(join(dir, 'region', r.fileName), r.text);
        region++;
      }
      continue;
    }
    if (formats >= nFormats) break;
    for (const u of county.units) {
      for (const [k, format] of INVENTED_FORMATS.entries()) {
        if (formats >= nFormats) break;
        const r = reportFor(format, layouts[(formats + k) % layouts.length], { name: u.name, place: county.place }, seed);
        seed = r.seed + 1;
        writeFileSync(join(dir, 'formats', `${u.code}-${format}${format === 'html' ? '.html' : '.txt'}`), r.text);
        formats++;
      }
    }
  }
  for (let i = 0; region + formats + i < n; i++) {
    const format = INVENTED_FORMATS[i % INVENTED_FORMATS.length];
    const r = inventReport(format, 5000 + i, layouts[Math.floor(i / INVENTED_FORMATS.length) % layouts.length]);
    writeFileSync(join(dir, 'agencies', `${String(i).padStart(5, '0')}-${format}${format === 'html' ? '.html' : '.txt'}`), r.text);
  }
}

/** One ingest in this process (the child side): prints its figures as one JSON line. */
async function child(inDir: string, outDir: string, jobs: number): Promise<void> {
  const r = await runIngest([inDir], { outDir, jobs, log: () => undefined });
  const u = process.resourceUsage();
  const figures: RunFigures = { stats: r.stats, maxRss: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, counts: r.counts };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function runChild(inDir: string, outDir: string, jobs: number): RunFigures {
  rmSync(outDir, { recursive: true, force: true });
  const p = spawnSync(process.execPath, [...process.execArgv, SELF, '--child', inDir, outDir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (p.status !== 0) throw new Error(`bench:ingest: the ingest failed (exit ${p.status}):\n${p.stderr}`);
  const line = p.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as RunFigures;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (b: number) => `${(b / (1024 * 1024)).toFixed(0)} MB`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child') {
    await child(argv[1], argv[2], Number(argv[3]));
    return 0;
  }
  let sizes = [2000];
  let runs = 3;
  let jobsList = [1, availableParallelism()];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const list = (v: string | undefined) => (v ?? '').split(',').map(Number);
    if (a === '--docs') sizes = list(argv[++i]);
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--jobs') jobsList = list(argv[++i]);
    else {
      process.stderr.write('usage: npm run bench:ingest -- [--docs N[,N...]] [--runs R] [--jobs J[,J...]]\n');
      return 2;
    }
  }
  if ([...sizes, ...jobsList, runs].some((x) => !Number.isInteger(x) || x < 1)) {
    process.stderr.write('bench:ingest: --docs, --runs and --jobs take whole numbers ≥ 1\n');
    return 2;
  }
  jobsList = [...new Set(jobsList)];
  const root = mkdtempSync(join(tmpdir(), 'nianbao-bench-ingest-'));
  try {
    console.log(`bench:ingest on ${cpus()[0]?.model ?? 'cpu'} (${availableParallelism()} cores, Node ${process.versions.node}), load average ${loadavg()[0].toFixed(1)}; ${runs} run(s) each, medians`);
    // CPU s counts every thread: on a machine busy with other jobs, wall time (docs/s) suffers, CPU time much less.
    console.log('   docs  jobs   build s   docs/s  extract s  docs/s  checks s  write s    CPU s   peak RSS (max)      spilled  largest lineage');
    for (const n of sizes) {
      const inDir = join(root, `in-${n}`);
      writeInventedCorpus(inDir, n);
      const byJobs = new Map<number, RunFigures[]>(jobsList.map((j) => [j, []]));
      // alternate the settings run by run, so a busy spell on the machine does not hit one setting only
      for (let r = 0; r < runs; r++) for (const j of jobsList) byJobs.get(j)!.push(runChild(inDir, join(root, `out-${n}-${j}`), j));
      for (const [j, fs] of byJobs) {
        const total = median(fs.map((f) => f.stats.ms.total)) / 1000;
        const extract = median(fs.map((f) => f.stats.ms.extract)) / 1000;
        const checks = median(fs.map((f) => f.stats.ms.checks)) / 1000;
        const write = median(fs.map((f) => f.stats.ms.write)) / 1000;
        const docs = fs[0].stats.extracted;
        console.log(
          `${String(n).padStart(7)} ${String(j).padStart(5)} ${total.toFixed(2).padStart(9)} ${(docs / total).toFixed(0).padStart(8)} ` +
            `${extract.toFixed(2).padStart(10)} ${(docs / extract).toFixed(0).padStart(7)} ${checks.toFixed(2).padStart(9)} ${write.toFixed(2).padStart(8)} ` +
            `${median(fs.map((f) => f.cpu)).toFixed(1).padStart(8)} ` +
            `${mb(median(fs.map((f) => f.maxRss))).padStart(10)} (${mb(Math.max(...fs.map((f) => f.maxRss)))}) ${mb(fs[0].stats.spillBytes).padStart(9)} ${String(fs[0].stats.largestGroup).padStart(8)} reports`,
        );
      }
      const counts = [...byJobs.values()].map((fs) => JSON.stringify(fs[0].counts));
      if (new Set(counts).size > 1) console.log(`  !! row counts differ between settings: ${counts.join(' vs ')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`bench:ingest: ${(err as Error).stack ?? err}\n`); process.exitCode = 1; },
  );
}
