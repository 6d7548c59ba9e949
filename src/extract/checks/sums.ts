// Generic arithmetic rules over figures: total = Σ parts, part ≤ whole. A rule whose figures are all
// absent says nothing; one that touches a blank or n/a cell reports "cannot verify" (info), never a
// pass or a failure; approximate figures (余, 约) never enter a hard identity.
import type { Figure, Finding } from '../types';
import { type FigureMap, describe, describeZh, exact, finding, fmtNum, near, sum, withNote } from './finding';
import { unverifiedCode } from '../../domain/checks';

function unusable(fm: FigureMap, keys: readonly string[]): string[] {
  return keys.filter((k) => {
    const f = fm.get(k);
    return f !== undefined && (f.state !== 'number' || f.approx);
  });
}

/** total = Σ parts. Needs the total and every part. */
export function checkSum(fm: FigureMap, code: string, totalKey: string, partKeys: readonly string[]): Finding[] {
  const keys = [totalKey, ...partKeys];
  const present = keys.filter((k) => fm.has(k));
  if (present.length === 0) return [];
  const bad = unusable(fm, keys);
  const missing = keys.filter((k) => !fm.has(k));
  if (bad.length > 0 || missing.length > 0) {
    // Only a rule the table half-fills is worth an inspector's look: a blank or n/a cell next to
    // numbers. Figures simply not given (prose-only reports) stay silent.
    const blanks = bad.filter((k) => fm.get(k)!.state !== 'number');
    if (blanks.length > 0 && present.length > blanks.length) {
      return [finding(unverifiedCode(code), {
        zh: `无法核验 ${totalKey} = ${partKeys.join(' + ')}：${blanks.map((k) => describeZh(fm.get(k)!)).join('，')}`,
        en: `cannot verify ${totalKey} = ${partKeys.join(' + ')}: ${blanks.map((k) => describe(fm.get(k)!)).join(', ')}`,
      }, keys)];
    }
    return [];
  }
  const total = fm.get(totalKey)!;
  const parts = partKeys.map((k) => fm.get(k)!);
  const s = sum(parts.map((p) => p.value as number));
  if (near(s, total.value as number)) return [];
  return [softenForProse(finding(code, {
    zh: `${describeZh(total)}，但各分项之和为${fmtNum(s)}：${parts.map(describeZh).join(' + ')}`,
    en: `${describe(total)} but its parts add up to ${fmtNum(s)}: ${parts.map(describe).join(' + ')}`,
  }, keys), [total, ...parts])];
}

/** The identities are the tables' own; when a figure came from the prose instead, a failure may be
 * the sentence's wording rather than the report's arithmetic — an error becomes a warning. */
function softenForProse(f: Finding, figures: readonly Figure[]): Finding {
  if (f.severity !== 'error' || figures.every((x) => x.source.kind === 'table')) return f;
  return { ...withNote(f, { zh: '（数字取自正文）', en: ' (figures taken from the prose)' }), severity: 'warning' };
}

/** part ≤ whole. */
export function checkAtMost(fm: FigureMap, code: string, partKey: string, wholeKey: string): Finding[] {
  const part = fm.get(partKey);
  const whole = fm.get(wholeKey);
  if (!part || !whole) return [];
  if (!exact(part) || !exact(whole)) {
    if ((part.state !== 'number' || whole.state !== 'number') && (part.state === 'number' || whole.state === 'number')) {
      return [finding(unverifiedCode(code), {
        zh: `无法核验 ${partKey} ≤ ${wholeKey}：${describeZh(part)}，${describeZh(whole)}`,
        en: `cannot verify ${partKey} ≤ ${wholeKey}: ${describe(part)}, ${describe(whole)}`,
      }, [partKey, wholeKey])];
    }
    return [];
  }
  if (part.value <= whole.value) return [];
  return [softenForProse(finding(code, { zh: `${describeZh(part)}大于${describeZh(whole)}`, en: `${describe(part)} is larger than ${describe(whole)}` }, [partKey, wholeKey]), [part, whole])];
}
