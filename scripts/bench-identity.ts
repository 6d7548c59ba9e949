// Prints how fast identify() and detectEra() run (docs/s), on ../shared's seeds and corpus text
// files when present, else on the invented identity fixtures. Figures only: no pass/fail.
// Usage: npx tsx scripts/bench-identity.ts [seconds]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectEra, identify, loadDivisionIndex, normalizeText } from '../src/extract';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = resolve(root, '../shared');
const seconds = Number(process.argv[2] ?? 2);

function listText(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listText(join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

let files = [...listText(join(shared, 'seeds')), ...listText(join(shared, 'corpus'))];
if (files.length === 0) files = listText(join(root, 'tests/fixtures/identity'));
const t0 = performance.now();
const index = loadDivisionIndex(JSON.parse(readFileSync(join(root, 'public/divisions.json'), 'utf8')));
const loadMs = performance.now() - t0;
const docs = files.map((f) => ({ name: f.split('/').pop() ?? f, doc: normalizeText(readFileSync(f, 'utf8')) }));
const chars = docs.reduce((n, d) => n + d.doc.text.length, 0);

function rate(label: string, fn: (d: (typeof docs)[number]) => unknown): void {
  for (const d of docs) fn(d); // warm-up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) for (const d of docs) { fn(d); n++; }
  const ms = performance.now() - start;
  console.log(`${label.padEnd(10)} ${Math.round((n / ms) * 1000)} docs/s (${((ms / n) * 1000).toFixed(0)} µs/doc)`);
}

console.log(`${docs.length} documents, ${Math.round(chars / docs.length)} characters on average; division index loaded in ${loadMs.toFixed(0)} ms`);
rate('identify', (d) => identify(d.doc, d.name, index));
rate('era', (d) => detectEra(d.doc, 2020));
