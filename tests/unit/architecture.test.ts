// Folders are the architecture: these rules keep them so. The extractor is pure (it runs in Node and
// in a browser worker), the UI never talks to DuckDB directly, chart builders are pure functions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports (static, dynamic and re-exports). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
    found.push(m[1] ?? m[2] ?? m[3]);
  }
  return found;
}

function violations(folder: string, forbidden: (spec: string, file: string) => boolean): string[] {
  const out: string[] = [];
  for (const f of sources(join(SRC, folder))) {
    for (const spec of imports(f)) if (forbidden(spec, f)) out.push(`${relative(SRC, f)} imports ${spec}`);
  }
  return out;
}

const resolvesInto = (spec: string, file: string, folder: string) =>
  spec.startsWith('.') && resolve(file, '..', spec).startsWith(join(SRC, folder));

describe('architecture', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(imports(join(SRC, 'extract/extractReport.ts'))).toContain('./classify');
    expect(sources(join(SRC, 'extract')).length).toBeGreaterThan(20);
  });
  it('src/extract is pure: no Node-only modules, no UI, no DuckDB, no React', () => {
    expect(violations('extract', (s, f) =>
      s.startsWith('node:') || ['fs', 'path', 'os', 'crypto'].includes(s) || s.startsWith('react') ||
      s.startsWith('@duckdb') || resolvesInto(s, f, 'app') || resolvesInto(s, f, 'data') ||
      resolvesInto(s, f, 'charts') || resolvesInto(s, f, 'worker'))).toEqual([]);
  });
  it('src/app never imports DuckDB or Arrow (it goes through src/data)', () => {
    expect(violations('app', (s) => s.startsWith('@duckdb') || s.startsWith('apache-arrow'))).toEqual([]);
  });
  it('src/charts builds options only: no React, no DuckDB, no app state', () => {
    expect(violations('charts', (s, f) =>
      s.startsWith('react') || s.startsWith('@duckdb') || resolvesInto(s, f, 'app') || resolvesInto(s, f, 'data'))).toEqual([]);
  });
  it('src/data and src/worker never import the UI', () => {
    expect([
      ...violations('data', (s, f) => s.startsWith('react') || resolvesInto(s, f, 'app')),
      ...violations('worker', (s, f) => s.startsWith('react') || resolvesInto(s, f, 'app')),
    ]).toEqual([]);
  });
});
