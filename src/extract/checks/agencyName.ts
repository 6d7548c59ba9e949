// EV-12: the preamble names another agency as the one whose report this is (seed 000: a street
// office says it compiles a city government's report). Only statements of authorship are read —
// "编制…YYYY年…年度报告" and title-like "名称YYYY年…年度报告" before the first section — because
// parents and superiors are legitimately named in the body.
import type { Finding, NormalizedDoc } from '../types';
import { finding } from './finding';

// A claim is `([\p{Script=Han}]{2,40})\s*\d{4}\s*年度?…报告`. Run as one regex, V8 tries the 2–40 Han
// characters at every position of every Han run and backtracks 40 times each — the costliest step of
// the whole extractor on run-together reports (a whole report on one line). `claims` finds the same
// matches, in the same order, from the tail instead: a tail starts with a digit, so the scan only
// stops at digits, and the name is the Han run that ends right before the tail's spaces (it must end
// there: the tail starts with a space or digit, never a Han character).
const CLAIM_TAIL = /\d{4}\s*年度?\s*(?:政府)?信息公开(?:工作)?(?:年度)?报告/gu;
const SPACE = /^\s$/u;
const HAN = /^\p{Script=Han}$/u;
const NAME_MAX = 40; // code points, as the `u` flag counts them

interface Claim { index: number; name: string }

export function claims(line: string): Claim[] {
  const out: Claim[] = [];
  if (!line.includes('信息公开')) return out;
  let from = 0; // where the regex would resume: matches never overlap
  CLAIM_TAIL.lastIndex = 0;
  for (let m = CLAIM_TAIL.exec(line); m; m = CLAIM_TAIL.exec(line)) {
    let end = m.index;
    while (end > from && SPACE.test(line[end - 1])) end--;
    let start = end;
    let count = 0;
    while (start > from && count < NAME_MAX) {
      const cp = codePointBefore(line, start, from);
      if (!HAN.test(cp)) break;
      start -= cp.length;
      count++;
    }
    if (count >= 2) {
      out.push({ index: start, name: line.slice(start, end) });
      from = CLAIM_TAIL.lastIndex;
    }
  }
  return out;
}

/** The code point ending at `at` (a surrogate pair counts as one unless it straddles `floor`). */
function codePointBefore(s: string, at: number, floor: number): string {
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at - 2 >= floor) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(at - 2, at);
  }
  return s[at - 1];
}
const VERB = /^.*(?:编制|发布|公布|形成|现将|完成|撰写|起草|制定|报送|特此|向社会公开|公开)(?:了|完成|出)?/u;
const SUFFIX = /(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府|街道办事处|办事处|管理委员会|管委会|委员会|办公室)$/u;

function core(name: string): string {
  return name.replace(SUFFIX, '').replace(/^(?:中共)/u, '');
}

export function agencyNameChecks(doc: NormalizedDoc, agency: string | null, agencyShort: string | null): Finding[] {
  if (!agency) return [];
  const out: Finding[] = [];
  const mine = [agency, agencyShort ?? ''].map(core).filter((s) => s.length >= 2);
  const seen = new Set<string>();
  for (let i = 0; i < Math.min(doc.lines.length, 40); i++) {
    let line = doc.lines[i];
    const sectionStart = line.search(/(?:^|\s)一[、.]/u);
    if (sectionStart >= 0) line = line.slice(0, sectionStart);
    for (const m of claims(line)) {
      // "…办公厅关于做好2015年政府信息公开工作年度报告…的通知" cites another document, not an author.
      if (m.name.includes('关于') || /[《“"]\s*$/u.test(line.slice(0, m.index))) continue;
      const name = m.name.replace(VERB, '').replace(/^的/u, '');
      if (name.length < 2 || /^[我本该]/u.test(name)) continue;
      const c = core(name);
      if (c.length < 2) continue;
      if (mine.some((x) => x.includes(c) || c.includes(x))) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(finding('EV-12', {
        zh: `第${i + 1}行：文中将本报告表述为${name}的报告，但发布机关是${agency}`,
        en: `line ${i + 1}: the text presents this as the report of ${name}, but the agency is ${agency}`,
      }, []));
    }
    if (sectionStart >= 0) break;
  }
  return out;
}
