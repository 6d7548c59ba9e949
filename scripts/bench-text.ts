// Throughput of the text stage (decode → HTML → normalise → classify), one core.
// Usage: npx tsx scripts/bench-text.ts [seconds per case, default 2]
// Reads ../shared/{seeds,corpus} text files when present, else only the repository's fixtures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyDocument, decodeBytes, htmlToText, looksLikeHtml, normalizeText } from '../src/extract';

const seconds = Number(process.argv[2] ?? 2);
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const fixtures = resolve(root, 'tests/fixtures/text');

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return textFiles(p);
    return /\.(txt|md)$/.test(name) ? [p] : [];
  });
}

function textStage(bytes: Uint8Array): void {
  const d = decodeBytes(bytes);
  if ('error' in d) return;
  classifyDocument(normalizeText(looksLikeHtml(d.text) ? htmlToText(d.text) : d.text));
}

function bench(label: string, docs: Uint8Array[]): void {
  const total = docs.reduce((n, b) => n + b.length, 0);
  for (let i = 0; i < 5; i++) docs.forEach(textStage);
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < seconds * 1000) {
    docs.forEach(textStage);
    rounds++;
  }
  const s = (performance.now() - start) / 1000;
  const perDoc = (rounds * docs.length) / s;
  console.log(
    `${label.padEnd(44)} ${docs.length} docs, avg ${(total / docs.length / 1024).toFixed(1)} KB: ` +
      `${perDoc.toFixed(0)} docs/s, ${((rounds * total) / s / 1e6).toFixed(1)} MB/s`,
  );
}

const real = [...textFiles(join(shared, 'seeds')), ...textFiles(join(shared, 'corpus'))].map((f) => readFileSync(f));
if (real.length) bench('real seeds + corpus (.txt/.md)', real);
else console.log(`(${shared} absent: real documents skipped)`);

const own = ['report-simplified.txt', 'report-gbk.txt', 'report-big5.txt', 'report-page.html'].map((f) =>
  readFileSync(join(fixtures, f)),
);
bench('own fixtures (utf-8, gbk, big5, html)', own);
// ~10 KB documents built from the fixture report, the size the extractor benchmark targets.
const tenKb = Buffer.from(readFileSync(join(fixtures, 'report-simplified.txt'), 'utf8').repeat(7));
bench('fixture report repeated to ~10 KB (utf-8)', [tenKb]);
