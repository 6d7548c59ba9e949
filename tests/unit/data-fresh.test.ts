// The committed datasets in data/ must be what `npm run ingest` builds today from ../shared: a change
// to the extractor that is not followed by a re-run of the ingest leaves the app showing stale
// figures. Rebuilds into a temp folder and compares the Parquet files byte for byte (the ingest
// writes them deterministically; only the manifest's build time differs).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/data/schema';
import { SLICES_DIR } from '../../src/data/slices';
import { DEFAULT_INPUTS, DEFAULT_OUT, runIngest } from '../../scripts/ingest';
import { loadDivisionsFromDisk } from '../../scripts/cli/divisions';

const HAVE_SHARED = DEFAULT_INPUTS.every((d) => existsSync(d));
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-fresh-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Paths of the files under a folder, relative and sorted. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name))).sort();
}

describe.runIf(HAVE_SHARED)('committed data/ is current', () => {
  it('re-running the ingest on ../shared reproduces every Parquet file of data/ byte for byte', async () => {
    const out = join(tmp, 'out');
    const divisions = loadDivisionsFromDisk();
    await runIngest(DEFAULT_INPUTS, { outDir: out, divisions: divisions.index ?? null, log: () => undefined });
    const stale = TABLES.map((t) => `${t.name}.parquet`).filter(
      (f) => !readFileSync(join(out, f)).equals(readFileSync(resolve(DEFAULT_OUT, f))),
    );
    expect(stale, 'run `npm run ingest` and commit data/').toEqual([]);
  });
  it('…and every embed slice (data/slices/, JSON cut by the app\'s queries) byte for byte', () => {
    const out = join(tmp, 'out', SLICES_DIR);
    const fresh = filesUnder(out);
    expect(fresh.length, 'the ingest writes slices').toBeGreaterThan(10);
    const committed = existsSync(resolve(DEFAULT_OUT, SLICES_DIR)) ? filesUnder(resolve(DEFAULT_OUT, SLICES_DIR)) : [];
    expect(committed, 'run `npm run ingest` and commit data/slices/').toEqual(fresh);
    const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(resolve(DEFAULT_OUT, SLICES_DIR), f))));
    expect(stale, 'run `npm run ingest` and commit data/slices/').toEqual([]);
  });
});

if (!HAVE_SHARED) {
  describe('committed data/ is current (../shared absent)', () => {
    it.skip('skipped: ../shared/seeds and ../shared/corpus not found; the check rebuilds from them', () => undefined);
  });
}
