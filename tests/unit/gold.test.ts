// The extractor against the expected values in ../shared/spec/{seeds,corpus}-gold.json, on the real
// files. Reads ../shared at run time (never copies it); skipped when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { loadDivisionsFromDisk } from '../../scripts/cli/divisions';
import type { Extraction, Finding } from '../../src/extract/types';
import { provenanceProblems } from '../support/provenance';

const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'spec/seeds-gold.json'));

type GoldValue = number | null | { value: number | null; approx?: boolean };
interface GoldReport {
  file: string;
  kind: string;
  metrics: Record<string, GoldValue>;
  optional: Record<string, GoldValue>;
  must_flag: string[];
  flag_metrics?: string[][];
  never_values: number[];
  [identity: string]: unknown;
}

const IDENTITY_FIELDS = ['agency', 'agency_short', 'level', 'scope', 'parent', 'province', 'division_code', 'report_year', 'published_on', 'era'] as const;
const SETS = [
  { gold: 'spec/seeds-gold.json', dir: 'seeds' },
  { gold: 'spec/corpus-gold.json', dir: 'corpus' },
];

/** Compares one figure with its gold value; returns a description of the mismatch or null. */
export function compareFigure(x: Extraction, key: string, gold: GoldValue): string | null {
  const m = x.metrics.find((f) => f.key === key);
  const want = gold !== null && typeof gold === 'object' ? gold : { value: gold, approx: undefined };
  if (!m) return `${key}: missing (want ${want.value})`;
  if (want.value === null) return m.value === null ? null : `${key}: ${m.value} (${m.state}), want an empty cell`;
  if (m.state !== 'number' || m.value !== want.value) return `${key}: ${m.value} (${m.state}), want ${want.value}`;
  if (want.approx !== undefined && m.approx !== want.approx) return `${key}: approx ${m.approx}, want ${want.approx}`;
  return null;
}

/** The gist of a must_flag line that names neither a metric nor two numbers. */
const GIST_WORDS: Record<string, RegExp> = {
  placeholder: /placeholder|template|占位|模板|x{2,}/i,
};

/** Whether some finding (or, for a rejected document, its reason) reports what `flag` describes:
 * a finding whose metrics include the keys named, or whose message mentions both numbers. */
export function flagMatched(x: Extraction, flag: string, keys: string[]): boolean {
  const named = keys.length > 0 ? keys : /^([a-z_]+):/.exec(flag)?.[1] ? [/^([a-z_]+):/.exec(flag)![1]] : [];
  const numbers = (flag.match(/\d+(?:\.\d+)?/g) ?? []).slice(0, 2);
  const texts: { metrics: string[]; message: string }[] = x.findings.map((f: Finding) => ({ metrics: f.metrics, message: `${f.code} ${f.message}` }));
  if (x.reason) texts.push({ metrics: [], message: x.reason });
  if (x.reason_en) texts.push({ metrics: [], message: x.reason_en });
  const mentions = (msg: string, n: string) => new RegExp(`(^|[^\\d.])${n.replace('.', '\\.')}(?![\\d.])`).test(msg);
  return texts.some((t) => {
    if (named.length > 0 && named.every((k) => t.metrics.includes(k))) return true;
    if (numbers.length === 2 && numbers.every((n) => mentions(t.message, n))) return true;
    if (named.length === 0 && numbers.length < 2) {
      return Object.entries(GIST_WORDS).some(([word, re]) => flag.includes(word) && re.test(t.message));
    }
    return false;
  });
}

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
