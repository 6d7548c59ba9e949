// Every built file a page can load: its HTML's scripts, preloads and styles, then, transitively,
// every asset a JS file names (static imports, dynamic imports, preload lists, `new URL(…)` assets).
// Over-approximates on purpose: a file named anywhere counts as reachable.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function reachableAssets(distDir: string, htmlFile: string): string[] {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const text = readFileSync(join(distDir, f), 'utf8');
    for (const m of text.matchAll(/["'`(](?:\.\/|\/?assets\/)?([\w.-]+\.(?:js|css|wasm))["'`)]/g)) {
      const name = `assets/${basename(m[1])}`;
      try { readFileSync(join(distDir, name)); queue.push(name); } catch { /* not one of ours */ }
    }
  }
  return [...seen].sort();
}
