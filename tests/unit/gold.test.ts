// The extractor against the expected values in ../shared/spec/{seeds,corpus}-gold.json, on the real
// files. Reads ../shared at run time (never copies it); skipped when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { loadDivisionsFromDisk } from '../../scripts/cli/divisions';
import type { Extraction } from '../../src/extract/types';
import { GOLD_SETS as SETS, IDENTITY_FIELDS, compareFigure, flagMatched, type GoldReport } from '../../scripts/gold/compare';
import { provenanceProblems } from '../support/provenance';

const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'spec/seeds-gold.json'));

describe.skipIf(!HAVE_SHARED)('gold reports (../shared present)', () => {
  const divisions = loadDivisionsFromDisk().index;
  for (const set of SETS) {
    const path = resolve(SHARED, set.gold);
    if (!existsSync(path)) continue;
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { reports: GoldReport[] };
    for (const g of gold.reports) {
      describe(`${set.dir}/${g.file}`, () => {
        let cached: Extraction | undefined;
        const x = () => (cached ??= extractReport({ name: g.file, bytes: readFileSync(resolve(SHARED, set.dir, g.file)) }, { divisions }));

        it('kind', () => {
          expect(x().kind, x().reason ?? '').toBe(g.kind);
        });

        const idFields = IDENTITY_FIELDS.filter((f) => f in g);
        if (idFields.length > 0) {
          it(`identity (${idFields.join(', ')})`, () => {
            const got = Object.fromEntries(idFields.map((f) => [f, x()[f]]));
            const want = Object.fromEntries(idFields.map((f) => [f, g[f]]));
            expect(got).toEqual(want);
          });
        }

        if (Object.keys(g.metrics).length > 0) {
          it(`metrics (${Object.keys(g.metrics).length} exact)`, () => {
            const wrong = Object.entries(g.metrics).map(([k, v]) => compareFigure(x(), k, v)).filter(Boolean);
            expect(wrong).toEqual([]);
          });
        }

        if (Object.keys(g.optional).length > 0) {
          it(`optional figures, when extracted (${Object.keys(g.optional).length})`, () => {
            const wrong = Object.entries(g.optional)
              .filter(([k]) => x().metrics.some((m) => m.key === k))
              .map(([k, v]) => compareFigure(x(), k, v))
              .filter(Boolean);
            expect(wrong).toEqual([]);
          });
        }

        g.must_flag.forEach((flag, i) => {
          it(`flags: ${flag}`, () => {
            const found = x().findings.map((f) => `${f.code} [${f.metrics.join(',')}] ${f.message}`);
            expect(flagMatched(x(), flag, g.flag_metrics?.[i] ?? []), `findings: ${JSON.stringify(found)}; reason: ${x().reason}`).toBe(true);
          });
        });

        it('points every figure at its line (provenance)', () => {
          expect(provenanceProblems(x())).toEqual([]);
        });

        if (g.never_values.length > 0) {
          it(`never reports ${g.never_values.join(', ')} as a figure`, () => {
            const bad = x().metrics.filter((m) => m.value !== null && g.never_values.includes(m.value)).map((m) => `${m.key}=${m.value}`);
            expect(bad).toEqual([]);
          });
        }
      });
    }
  }
});

if (!HAVE_SHARED) describe('gold reports (../shared absent)', () => {
  it.skip(`skipped: ${SHARED} not found; the gold tests read the real reports there`, () => undefined);
});
