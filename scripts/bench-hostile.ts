// `npm run bench:hostile [-- RUNS]`: the extractor on pathological documents (issue 13). Each family
// is generated at 1, 2 and 4 MB and extracted RUNS times (default 3) as UTF-8 bytes, exactly as the
// CLI does; the median time per document and per MB is printed, so that growth with size is visible
// (linear: the ms/MB column stays flat). Prints figures; asserts nothing.
import { cpus, loadavg } from 'node:os';
import { extractReport } from '../src/extract';
import { HOSTILE_FAMILIES, hostileDocument } from './hostile/families';

const SIZES_MB = [1, 2, 4];
const runs = Math.max(1, Number(process.argv[2] ?? 3) || 3);
const enc = new TextEncoder();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

console.log(`bench:hostile on ${cpus()[0]?.model ?? 'cpu'} (one core, Node ${process.versions.node}), load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; median of ${runs} runs`);
console.log('family              MB    ms/doc    ms/MB   kind            findings (codes of caps)');
extractReport({ name: 'warm-up.html', text: hostileDocument('deep-nesting', 100_000) }); // JIT warm-up
for (const family of HOSTILE_FAMILIES) {
  for (const mb of SIZES_MB) {
    const bytes = enc.encode(hostileDocument(family, mb * 1024 * 1024));
    const times: number[] = [];
    let x: ReturnType<typeof extractReport> | null = null;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      x = extractReport({ name: `${family}.html`, bytes });
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    const realMb = bytes.length / (1024 * 1024);
    const caps = [...new Set(x!.findings.filter((f) => f.code.startsWith('INPUT-')).map((f) => f.code))].join(' ');
    const failed = (x!.reason_en ?? '').startsWith('the extractor failed') ? `  FAILED: ${x!.reason_en}` : '';
    console.log(
      `${family.padEnd(18)} ${realMb.toFixed(1).padStart(4)} ${ms.toFixed(0).padStart(9)} ${(ms / realMb).toFixed(0).padStart(8)}   ${x!.kind.padEnd(15)} ${String(x!.findings.length).padStart(4)} ${caps}${failed}`,
    );
  }
}
