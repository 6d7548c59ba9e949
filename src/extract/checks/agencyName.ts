// EV-12: the preamble names another agency as the one whose report this is (seed 000: a street
// office says it compiles a city government's report). Only statements of authorship are read —
// "编制…YYYY年…年度报告" and title-like "名称YYYY年…年度报告" before the first section — because
// parents and superiors are legitimately named in the body.
import type { Finding, NormalizedDoc } from '../types';
import { finding } from './finding';

const CLAIM = /([\p{Script=Han}]{2,40})\s*\d{4}\s*年度?\s*(?:政府)?信息公开(?:工作)?(?:年度)?报告/gu;
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
    CLAIM.lastIndex = 0;
    for (let m = CLAIM.exec(line); m; m = CLAIM.exec(line)) {
      // "…办公厅关于做好2015年政府信息公开工作年度报告…的通知" cites another document, not an author.
      if (m[1].includes('关于') || /[《“"]\s*$/u.test(line.slice(0, m.index))) continue;
      const name = m[1].replace(VERB, '').replace(/^的/u, '');
      if (name.length < 2 || /^[我本该]/u.test(name)) continue;
      const c = core(name);
      if (c.length < 2) continue;
      if (mine.some((x) => x.includes(c) || c.includes(x))) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(finding('EV-12', `line ${i + 1}: the text presents this as the report of ${name}, but the agency is ${agency}`, []));
    }
    if (sectionStart >= 0) break;
  }
  return out;
}
