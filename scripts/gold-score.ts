// `npm run gold [-- SET...] [--verbose]`: the share of expected fields the extractor gets right on the
// gold files of ../shared/spec (kind, identity fields, exact metrics, must_flag), per document and in all.
// This is the figure an issue quotes ("88.4% of the expected fields"); the gold test asserts all of them.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractReport } from '../src/extract';
import { loadDivisionsFromDisk } from './cli/divisions';
import { GOLD_SETS, IDENTITY_FIELDS, compareFigure, flagMatched, type GoldReport } from './gold/compare';

const SHARED = resolve(import.meta.dirname, '../../shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const wanted = args.filter((a) => !a.startsWith('--'));
if (!existsSync(resolve(SHARED, 'spec'))) {
  console.error(`no ${SHARED}/spec: the gold files live there`);
  process.exit(2);
}
const divisions = loadDivisionsFromDisk().index;
let right = 0;
let total = 0;
for (const set of GOLD_SETS) {
  if (wanted.length > 0 && !wanted.some((w) => set.gold.includes(w))) continue;
  const path = resolve(SHARED, set.gold);
  if (!existsSync(path)) continue;
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { reports: GoldReport[] };
  let setRight = 0;
  let setTotal = 0;
  for (const g of gold.reports) {
    const x = extractReport({ name: g.file, bytes: readFileSync(resolve(SHARED, set.dir, g.file)) }, { divisions });
    const wrong: string[] = [];
    let n = 1;
    if (x.kind !== g.kind) wrong.push(`kind: ${x.kind} (${x.reason ?? ''}), want ${g.kind}`);
    for (const f of IDENTITY_FIELDS) {
      if (!(f in g)) continue;
      n++;
      if (x[f] !== g[f]) wrong.push(`${f}: ${JSON.stringify(x[f])}, want ${JSON.stringify(g[f])}`);
    }
    for (const [k, v] of Object.entries(g.metrics)) {
      n++;
      const d = compareFigure(x, k, v);
      if (d) wrong.push(d);
    }
    g.must_flag.forEach((flag, i) => {
      n++;
      if (!flagMatched(x, flag, g.flag_metrics?.[i] ?? [])) wrong.push(`not flagged: ${flag}`);
    });
    setRight += n - wrong.length;
    setTotal += n;
    const name = g.file.split('/').pop();
    if (wrong.length > 0) {
      console.log(`${name}: ${n - wrong.length}/${n}`);
      for (const w of verbose ? wrong : wrong.slice(0, 6)) console.log(`    ${w}`);
      if (!verbose && wrong.length > 6) console.log(`    … ${wrong.length - 6} more (--verbose)`);
    }
  }
  console.log(`${set.gold}: ${setRight}/${setTotal} fields right (${((100 * setRight) / setTotal).toFixed(1)}%)`);
  right += setRight;
  total += setTotal;
}
console.log(`all: ${right}/${total} fields right (${((100 * right) / Math.max(1, total)).toFixed(1)}%)`);
