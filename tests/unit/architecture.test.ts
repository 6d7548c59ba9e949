// Folders are the architecture: these rules keep them so. The extractor is pure (it runs in Node and
// in a browser worker) and has one door (src/extract/index.ts), src/domain (what several layers read)
// imports no other layer, the UI never talks to DuckDB directly, chart builders are pure functions,
// scripts/ never reaches into tests/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const SCRIPTS = join(ROOT, 'scripts');
const EXTRACT = join(SRC, 'extract');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(tsx?|mts|mjs)$/.test(name)) out.push(p);
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

/** `files` defaults to the sources of src/<folder>. */
function violations(folder: string, forbidden: (spec: string, file: string) => boolean, files = sources(join(SRC, folder))): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const spec of imports(f)) if (forbidden(spec, f)) out.push(`${relative(ROOT, f)} imports ${spec}`);
  }
  return out;
}

/** The path a relative specifier names (null for a package). */
const target = (spec: string, file: string): string | null => (spec.startsWith('.') ? resolve(dirname(file), spec) : null);
const inside = (path: string | null, dir: string) => path !== null && (path === dir || path.startsWith(dir + sep));
const resolvesInto = (spec: string, file: string, folder: string) => inside(target(spec, file), join(SRC, folder));

/** A file inside src/extract other than its index (`../extract` and `../extract/index` are the door). */
const pastTheDoor = (spec: string, file: string) => {
  const t = target(spec, file);
  return inside(t, EXTRACT) && t !== EXTRACT && t!.replace(/\.tsx?$/, '') !== join(EXTRACT, 'index');
};

/** src/ outside src/extract, and scripts/. */
const outsideExtract = () => [...sources(SRC).filter((f) => !inside(f, EXTRACT)), ...sources(SCRIPTS)];

describe('architecture', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(imports(join(SRC, 'extract/extractReport.ts'))).toContain('./classify');
    expect(sources(join(SRC, 'extract')).length).toBeGreaterThan(20);
  });
  it('outside src/extract, src/ and scripts/ import the extractor only through src/extract/index.ts', () => {
    const files = outsideExtract();
    // the scanner sees both trees and the imports of the extractor in them
    expect(files).toContain(join(SRC, 'data/rows.ts'));
    expect(files).toContain(join(SCRIPTS, 'cli/extractBytes.ts'));
    expect(files.some((f) => inside(f, EXTRACT))).toBe(false);
    expect(imports(join(SRC, 'data/rows.ts'))).toContain('../extract');
    expect(imports(join(SCRIPTS, 'cli/extractBytes.ts'))).toContain('../../src/extract');
    expect(pastTheDoor('../extract/checks/timeliness', join(SRC, 'data/rows.ts'))).toBe(true);
    expect(pastTheDoor('../extract', join(SRC, 'data/rows.ts'))).toBe(false);
    expect(pastTheDoor('../src/extractors', join(SCRIPTS, 'x.ts'))).toBe(false);
    expect(violations('', pastTheDoor, files)).toEqual([]);
  });
  it('scripts/ never imports tests/ (what both use lives in scripts/)', () => {
    const files = sources(SCRIPTS);
    expect(files.length).toBeGreaterThan(15);
    expect(imports(join(SCRIPTS, 'bench-import.ts'))).toContain('./import-harness/server');
    expect(violations('', (s, f) => inside(target(s, f), join(ROOT, 'tests')), files)).toEqual([]);
  });
  it('src/domain imports no other layer and no package: only itself', () => {
    const files = sources(join(SRC, 'domain'));
    expect(files).toContain(join(SRC, 'domain/checks.ts'));
    expect(files).toContain(join(SRC, 'domain/table3.ts'));
    expect(imports(join(SRC, 'domain/table3.ts'))).toContain('./eras');
    expect(violations('domain', (s, f) => !resolvesInto(s, f, 'domain'))).toEqual([]);
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
  it('src/embed never reaches DuckDB: of src/data only the slice layout, the data address and row types', () => {
    const allowed = ['slices', 'dataUrl', 'queries/compare', 'queries/trends', 'queries/overview', 'queries/compliance'].map((f) => join(SRC, 'data', f));
    expect(imports(join(SRC, 'embed/loadSlice.ts'))).toContain('../data/dataUrl');
    expect(violations('embed', (s, f) => s.startsWith('@duckdb') || s.startsWith('apache-arrow')
      || (resolvesInto(s, f, 'data') && !allowed.includes(target(s, f)!.replace(/\.tsx?$/, ''))))).toEqual([]);
  });
  it('src/data and src/worker never import the UI', () => {
    expect([
      ...violations('data', (s, f) => s.startsWith('react') || resolvesInto(s, f, 'app')),
      ...violations('worker', (s, f) => s.startsWith('react') || resolvesInto(s, f, 'app')),
    ]).toEqual([]);
  });
});
