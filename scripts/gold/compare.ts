// Comparing an extraction with a gold file's expectations (../shared/spec/*-gold.json): used by the
// gold test and by `npm run gold` (the score a new user would measure). One place, so the test and the
// printed score can never disagree about what "right" means.
import type { Extraction, Finding } from '../../src/extract';

export type GoldValue = number | null | { value: number | null; approx?: boolean };
export interface GoldReport {
  file: string;
  kind: string;
  metrics: Record<string, GoldValue>;
  optional: Record<string, GoldValue>;
  must_flag: string[];
  flag_metrics?: string[][];
  never_values: number[];
  [identity: string]: unknown;
}

export const IDENTITY_FIELDS = ['agency', 'agency_short', 'level', 'scope', 'parent', 'province', 'division_code', 'report_year', 'published_on', 'era'] as const;
export const GOLD_SETS = [
  { gold: 'spec/seeds-gold.json', dir: 'seeds' },
  { gold: 'spec/corpus-gold.json', dir: 'corpus' },
  { gold: 'spec/corpus-gold-2.json', dir: 'corpus' },
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

