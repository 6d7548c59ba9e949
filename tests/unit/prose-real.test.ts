// parseProseFigures on every real document in ../shared (read at run time, never copied): gold
// values where seeds-gold.json / corpus-gold.json give them, and never a phone number, postcode or
// hotline. Skipped when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProseFigures } from '../../src/extract/prose/index';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Era } from '../../src/extract/types';

const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'spec/corpus-gold.json'));

interface Gold {
  file: string;
  era?: Era | null;
  kind: string;
  optional: Record<string, number | { value: number; approx: boolean }>;
  never_values: number[];
}
const reports = (name: string, dir: string): Array<Gold & { path: string }> =>
  HAVE_SHARED
    ? JSON.parse(readFileSync(resolve(SHARED, 'spec', name), 'utf8')).reports.map((r: Gold) => ({
        ...r,
        path: resolve(SHARED, dir, r.file),
      }))
    : [];

describe.skipIf(!HAVE_SHARED)('parseProseFigures on the real reports', () => {
  const all = [...reports('seeds-gold.json', 'seeds'), ...reports('corpus-gold.json', 'corpus')].filter(
    (r) => r.kind === 'annual_report',
  );

  for (const r of all) {
    it(`${r.file.slice(0, 40)}: optional prose figures match, never values never appear`, () => {
      const figs = parseProseFigures(normalizeText(readFileSync(r.path, 'utf8')), r.era ?? null);
      const values = figs.map((f) => f.value);
      for (const bad of r.never_values) expect(values).not.toContain(bad);
      for (const [key, v] of Object.entries(r.optional)) {
        const f = figs.find((x) => x.key === key);
        if (!f) continue;
        expect(f.value, key).toBe(typeof v === 'number' ? v : v.value);
        if (typeof v !== 'number') expect(f.approx, `${key} approx`).toBe(v.approx);
      }
    });
  }

  it('seed 003 states its proactive count as approximate (230余)', () => {
    const r = all.find((x) => x.file.startsWith('003'))!;
    const f = parseProseFigures(normalizeText(readFileSync(r.path, 'utf8')), '2019').find((x) => x.key === 'proactive_total');
    expect(f?.value).toBe(230);
    expect(f?.approx).toBe(true);
  });

  it('finds the annual proactive count of the Pingtan 2020 and 2021 reports, not a category line', () => {
    for (const year of ['2020年度', '2021年度']) {
      const r = all.find((x) => x.file.includes(year))!;
      const want = r.optional.proactive_total as number;
      const f = parseProseFigures(normalizeText(readFileSync(r.path, 'utf8')), r.era ?? null).find(
        (x) => x.key === 'proactive_total',
      );
      expect(f?.value).toBe(want);
    }
  });
});
