// Publication deadlines by level and the regulation in force (docs/formats.md §5).
// Report years ≤ 2018 (2007 regulation art. 31): every organ by 31 March of the next year.
// From 2019 (711号 art. 49): departments by 31 January; governments (province/city/county/district)
// by 31 March; townships and streets are not named in art. 49, so local rules decide — the default
// warns after 31 January and fails after 31 March. Local rules go in an override table.
import { eraOfYear } from '../../domain/eras';
import type { Level } from '../types';

export type Timeliness = 'on_time' | 'warn_window' | 'late' | 'premature' | 'unknown';

export interface TimelinessVerdict {
  deadline: string | null; // YYYY-MM-DD
  timeliness: Timeliness;
  /** Days after `deadline` (0 when on time); null when unknown or premature. */
  daysLate: number | null;
  /** Where a grace window applies (townships from 2019): the date after which it is late. */
  hardDeadline?: string | null;
}

/** A local rule: for these levels (all when absent), in this province (any when absent) and these
 * report years, the report is due by `due` (MM-DD of the next year), with an optional earlier
 * `warnAfter` date that only warns. */
export interface DeadlineOverride {
  province?: string;
  levels?: readonly Level[];
  fromYear?: number;
  toYear?: number;
  warnAfter?: string; // MM-DD
  due: string; // MM-DD
}

/** Overrides applied by default. Empty: no local rule is known well enough to enforce (§5.1 lists
 * examples such as 怀化市 townships by 20 Feb; pass them in `options.overrides` where they apply). */
export const DEFAULT_OVERRIDES: readonly DeadlineOverride[] = [];

export interface TimelinessOptions {
  province?: string | null;
  overrides?: readonly DeadlineOverride[];
}

function rule(level: Level, reportYear: number, options: TimelinessOptions): { warnAfter: string | null; due: string } {
  for (const o of [...(options.overrides ?? []), ...DEFAULT_OVERRIDES]) {
    if (o.province && o.province !== options.province) continue;
    if (o.levels && !o.levels.includes(level)) continue;
    if (o.fromYear !== undefined && reportYear < o.fromYear) continue;
    if (o.toYear !== undefined && reportYear > o.toYear) continue;
    return { warnAfter: o.warnAfter ?? null, due: o.due };
  }
  // report years up to 2018 (domain/eras.ts): one date for every organ
  if (eraOfYear(reportYear) === '2008') return { warnAfter: null, due: '03-31' };
  if (level === 'department') return { warnAfter: null, due: '01-31' };
  if (level === 'township' || level === 'street') return { warnAfter: '01-31', due: '03-31' };
  // Governments (province/city/county/district), and an unknown level: the later statutory date, so
  // that an unknown level never produces a late verdict a government rule would not also give.
  return { warnAfter: null, due: '03-31' };
}

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCDate() !== d) return null; // 2021-02-30
  return t / 86_400_000;
}

export function judgeTimeliness(
  level: Level,
  reportYear: number | null,
  publishedOn: string | null,
  options: TimelinessOptions = {},
): TimelinessVerdict {
  if (reportYear === null || !Number.isInteger(reportYear)) return { deadline: null, timeliness: 'unknown', daysLate: null };
  const r = rule(level, reportYear, options);
  const next = reportYear + 1;
  const due = `${next}-${r.due}`;
  const warnAfter = r.warnAfter ? `${next}-${r.warnAfter}` : null;
  const deadline = warnAfter ?? due;
  // literals, not `{ ...base, timeliness }` (V8's spread-plus-fields path is slow); same field order
  const verdict = (timeliness: TimelinessVerdict['timeliness'], daysLate: number | null): TimelinessVerdict =>
    warnAfter ? { deadline, hardDeadline: due, timeliness, daysLate } : { deadline, timeliness, daysLate };
  const pub = publishedOn ? dayNumber(publishedOn) : null;
  if (pub === null) return verdict('unknown', null);
  if (pub < dayNumber(`${next}-01-01`)!) return verdict('premature', null);
  const late = pub - dayNumber(deadline)!;
  if (late <= 0) return verdict('on_time', 0);
  if (warnAfter && pub <= dayNumber(due)!) return verdict('warn_window', late);
  return verdict('late', late);
}
