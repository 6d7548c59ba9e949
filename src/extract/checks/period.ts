// PERIOD-FULL-YEAR and YEAR-CONSISTENT (docs/formats.md §1.2): the stated statistical period must be
// 1 January – 31 December of the report year, and the title's year must be the period's year.
// Dates whose 年/月 were dropped (自201911日至20191231日) are read digit by digit.
import type { Era, Finding, NormalizedDoc } from '../types';
import { finding } from './finding';

// 统计期限, 统计时限, 统计数据时间段 (…的统计数据时间段为2020年1月1日至2020年12月31日), 数据期限 …
const ANCHOR = /统计(?:数据)?(?:期限|时限|期间|时间段?|时段|区间|周期)|数据(?:期限|时间段)/g;
const DATE = String.raw`(\d{4})\s*年?\s*(\d{1,2})\s*月?\s*(\d{1,2})\s*日?`;
/** The end date may leave out the year the start has just given (2020年1月1日至12月31日); without
 * the year, 月 and 日 must be written, so a bare run of digits is never read as a month and day. */
const END = String.raw`(?:${DATE}|(\d{1,2})\s*月\s*(\d{1,2})\s*日)`;
const RANGE = new RegExp(String.raw`^[^。]{0,12}?${DATE}\s*(?:起)?\s*(?:至|到|—+|–|-|~)\s*${END}`);
const OPEN = new RegExp(String.raw`^[^。]{0,12}?(\d{4})\s*年\s*(\d{1,2})\s*月[^。]{0,8}?(?:至今|以来)`);
const EMPTY = /^[^。\d]{0,12}?(?:自|从)\s*(?:起)?\s*至\s*(?:止)?[。,，]/;

export interface StatedPeriod {
  line: number;
  start: [number, number, number] | null;
  end: [number, number, number] | null;
  openEnded: boolean;
}

export function findPeriod(doc: NormalizedDoc): StatedPeriod | null {
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    ANCHOR.lastIndex = 0;
    for (let a = ANCHOR.exec(line); a; a = ANCHOR.exec(line)) {
      const rest = line.slice(a.index + a[0].length, a.index + a[0].length + 80);
      const r = RANGE.exec(rest);
      if (r) {
        const n = r.slice(1).map(Number);
        const end: [number, number, number] = r[4] !== undefined ? [n[3], n[4], n[5]] : [n[0], n[6], n[7]];
        return { line: i + 1, start: [n[0], n[1], n[2]], end, openEnded: false };
      }
      const o = OPEN.exec(rest);
      if (o) return { line: i + 1, start: [Number(o[1]), Number(o[2]), 1], end: null, openEnded: true };
      if (EMPTY.test(rest)) return { line: i + 1, start: null, end: null, openEnded: false };
    }
  }
  return null;
}

const fmt = (d: [number, number, number] | null) => (d ? `${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}` : '(blank)');
const fmtZh = (d: [number, number, number] | null) => (d ? fmt(d) : '（空）');

export function titleYear(doc: NormalizedDoc): { year: number; line: number } | null {
  const re = /(\d{4})\s*年度?[^。\d]{0,40}?(?:年度报告|工作报告|年报)/u;
  for (let i = 0; i < Math.min(doc.lines.length, 12); i++) {
    const m = re.exec(doc.lines[i]);
    if (m) {
      const y = Number(m[1]);
      if (y >= 2000 && y <= 2100) return { year: y, line: i + 1 };
    }
  }
  return null;
}

export function periodChecks(doc: NormalizedDoc, reportYear: number | null, era: Era | null): Finding[] {
  const out: Finding[] = [];
  const p = findPeriod(doc);
  if (!p) {
    // The 2019 and 2021 formats print the period sentence; older reports often leave it out.
    if (era === '2019' || era === '2021') out.push(finding('PERIOD-NOT-STATED', { zh: '报告未说明统计期限', en: 'the report does not state its statistical period (统计期限)' }, []));
  } else if (!p.start || !p.end) {
    out.push(finding('PERIOD-FULL-YEAR',
      p.openEnded
        ? { zh: `第${p.line}行：统计期限没有终止日期（自${fmtZh(p.start)}“至今”），不是一个自然年`,
          en: `line ${p.line}: the statistical period is open-ended (from ${fmt(p.start)} "to date"), not a calendar year` }
        : { zh: `第${p.line}行：统计期限的句子中没有日期`, en: `line ${p.line}: the statistical period sentence has no dates` },
      []));
  } else if (reportYear !== null) {
    const [s, e] = [p.start, p.end];
    const full = s[0] === reportYear && s[1] === 1 && s[2] === 1 && e[0] === reportYear && e[1] === 12 && e[2] === 31;
    // From a date within the report year to its 31 December: how a body set up or reorganised during
    // the year reports (机构改革: 2019年9月1日至12月31日). Legitimate, so only noted (info); a period
    // that ends early or lies in another year stays a warning.
    const fromMidYear = !full && s[0] === reportYear && (s[1] > 1 || s[2] > 1) && e[0] === reportYear && e[1] === 12 && e[2] === 31;
    if (fromMidYear) {
      out.push(finding('PERIOD-FULL-YEAR', {
        zh: `第${p.line}行：统计期限为${fmtZh(s)}至${fmtZh(e)}，自年中起算至年末（机构新设或改革后常见）`,
        en: `line ${p.line}: the stated period runs from ${fmt(s)} to ${fmt(e)}, from mid-year to the year end (usual for a body set up or reorganised during the year)`,
      }, [], 'info'));
    } else if (!full) {
      out.push(finding('PERIOD-FULL-YEAR', {
        zh: `第${p.line}行：统计期限为${fmtZh(s)}至${fmtZh(e)}，不是${reportYear}年1月1日至12月31日`,
        en: `line ${p.line}: the stated period is ${fmt(s)} to ${fmt(e)}, not 1 January – 31 December ${reportYear}`,
      }, []));
    }
  }
  const t = titleYear(doc);
  const periodYear = p?.end?.[0] ?? p?.start?.[0] ?? null;
  if (t && periodYear !== null && t.year !== periodYear) {
    out.push(finding('YEAR-CONSISTENT', {
      zh: `标题年份为${t.year}（第${t.line}行），但统计期限在${periodYear}年（第${p!.line}行）`,
      en: `the title says ${t.year} (line ${t.line}) but the statistical period is in ${periodYear} (line ${p!.line})`,
    }, []));
  } else if (t && reportYear !== null && t.year !== reportYear && periodYear === null) {
    out.push(finding('YEAR-CONSISTENT', {
      zh: `标题年份为${t.year}（第${t.line}行），但报告年度读作${reportYear}`,
      en: `the title says ${t.year} (line ${t.line}) but the report year was read as ${reportYear}`,
    }, []));
  }
  return out;
}
