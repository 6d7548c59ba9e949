// The report's title: `东宁街道办事处2016年政府信息公开工作年度报告`, `2024 年上海市科委政府信息公开工作`
// ⏎ `年度报告` (a PDF title broken over two lines), `# XX县人民政府 2025 年 政府信息公开工作年度报告`,
// `关于2022年度政府信息公开情况的报告`, `2014池江镇…` (year without 年). The agency is written
// before the year or between the year and 政府信息公开.
import { compact } from './window';

export interface Title {
  /** the compacted title text */
  text: string;
  /** 1-based line of the title's first line, 0 for the file name */
  line: number;
  year: number | null;
  /** the agency as the title writes it (e.g. 乳山市诸往镇), or null */
  agency: string | null;
}

const REPORT_WORDS =
  '(?:政府信息与政务公开|政府信息公开|政务信息公开|政务公开|信息公开)(?:工作)?(?:情况)?(?:的)?(?:年度)?(?:工作)?(?:报告|年报)';
const TITLE = new RegExp(`^(.*?)((?:19|20)\\d{2})(?=年|[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff])(?:年度|年)?(?:的)?(.*?)${REPORT_WORDS}`);
/** A line too long to be a title is prose that happens to name the report (`编制XX2016年…年度报告(以下简称…`). */
const MAX_TITLE = 64;
/** Labels and navigation that may precede the title on a saved page. */
const LEAD = /^(?:#+|标题:|题目:|名称:|文章标题:|[•·*>\-]+)/;

/** `XX镇政府信息公开工作2019年度报告`: the year after the report words. */
const TITLE_YEAR_LAST = /^(.*?)(?:政府信息公开|政务公开|信息公开)(?:工作)?((?:19|20)\d{2})(?!\d)(?:年度|年)(?:工作)?(?:报告|年报)/;

/** `XX镇政府信息公开工作年度报告(2020年度)`: the year in brackets after the report words. */
const TITLE_YEAR_BRACKET = new RegExp(`^(.*?)${REPORT_WORDS}[(（]((?:19|20)\\d{2})(?:年度|年)?[)）]`);

/** Titles that call the report a summary or an account of the work rather than a 报告:
 * `XX局2013年度政府信息公开情况总结`, `关于报送《XX局2016年政府信息公开工作情况》的函`. Tried only when no
 * line reads as a strict title, since `…工作情况` also heads sections. */
const LOOSE_REPORT_WORDS = '(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:情况总结|工作总结|工作情况|情况)(?=[》」"”]|$)';
const LOOSE_TITLE = new RegExp(`^(.*?)((?:19|20)\\d{2})(?=年|[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff])(?:年度|年)?(?:的)?(.*?)${LOOSE_REPORT_WORDS}`);

export function parseTitleText(
  raw: string,
  loose = false,
): { year: number | null; agency: string | null; end: number } | null {
  const text = compact(raw).replace(LEAD, '');
  const m = (loose ? LOOSE_TITLE : TITLE).exec(text);
  if (m) {
    const before = cleanAgency(m[1]);
    const between = cleanAgency(m[3]);
    return { year: Number(m[2]), agency: before || between || null, end: m[0].length };
  }
  if (loose) return null;
  const y = TITLE_YEAR_LAST.exec(text) ?? TITLE_YEAR_BRACKET.exec(text);
  if (y) return { year: Number(y[2]), agency: cleanAgency(y[1]) || null, end: y[0].length };
  return null;
}

function cleanAgency(s: string): string {
  // navigation before the title on one line: `首页>…>信息公开年报>` or `当前位置:…年报`
  let t = s.replace(/^.*(?:[>:|]|年报|当前位置)/, '');
  // `XX县人民政府办公室关于XX县2020年…`: the agency reported on follows 关于 (印发)
  const after = /(?:关于印发|关于报送|关于)(.{2,})$/.exec(t);
  if (after) t = after[1];
  t = t.replace(/^(?:关于|印发)/, '').replace(/(?:关于|的|印发)$/, '');
  t = t.replace(/[《》"“”]/g, '').replace(/^[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/, '').replace(/[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff)）]+$/, '');
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/.test(t) && t.length <= 40 ? t : '';
}

/** The title among the head lines (a labelled `标题:` line first), joining a title broken over
 * two short lines; falls back to the file name. */
export function findTitle(head: readonly string[], fileName: string): Title | null {
  return findStrictTitle(head, fileName) ?? findLooseTitle(head, fileName);
}

/** A summary-style title (LOOSE_REPORT_WORDS) on a labelled `标题:` line, on one of the first short
 * lines, or in the file name. */
function findLooseTitle(head: readonly string[], fileName: string): Title | null {
  const limit = Math.min(head.length, 25);
  for (let i = 0; i < limit; i++) {
    const line = compact(head[i]);
    if (!line || line.length > MAX_TITLE) continue;
    const parsed = parseTitleText(line, true);
    if (parsed && endsTitle(line, parsed.end, true)) {
      return { text: line, line: i + 1, year: parsed.year, agency: parsed.agency };
    }
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  const parsed = parseTitleText(base, true);
  return parsed ? { text: compact(base), line: 0, year: parsed.year, agency: parsed.agency } : null;
}

function findStrictTitle(head: readonly string[], fileName: string): Title | null {
  for (let i = 0; i < head.length; i++) {
    if (/^\s*(?:标题|题目)\s*:/.test(head[i])) {
      const parsed = parseTitleText(head[i]);
      if (parsed) return { text: compact(head[i]), line: i + 1, year: parsed.year, agency: parsed.agency };
    }
  }
  const limit = Math.min(head.length, 25);
  for (let i = 0; i < limit; i++) {
    const line = compact(head[i]);
    if (!line) continue;
    if (line.length <= MAX_TITLE) {
      const parsed = parseTitleText(line);
      if (parsed && endsTitle(line, parsed.end)) {
        return { text: line, line: i + 1, year: parsed.year, agency: parsed.agency ?? nameAbove(head, i) };
      }
    }
    // A title broken over lines: join with the next non-empty short line(s).
    if (line.length <= 40 && /(?:19|20)\d{2}/.test(line)) {
      let joined = line;
      for (let j = i + 1, taken = 0; j < limit && taken < 2; j++) {
        const next = compact(head[j]);
        if (!next) continue;
        if (next.length > 40) break;
        joined += next;
        taken++;
        const parsed = parseTitleText(joined);
        if (parsed && endsTitle(joined, parsed.end)) return { text: joined, line: i + 1, year: parsed.year, agency: parsed.agency };
      }
    }
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  const parsed = parseTitleText(base);
  return parsed ? { text: compact(base), line: 0, year: parsed.year, agency: parsed.agency } : null;
}

/** A PDF cover puts the agency on its own line above `2023 年政府信息公开工作年度报告`. */
function nameAbove(head: readonly string[], i: number): string | null {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const line = compact(head[j]);
    if (!line) continue;
    return line.length <= 30 && /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff()（）]+$/.test(line) ? line : null;
  }
  return null;
}

/** A title ends with its report words (allowing a date or source after it on a page header line). */
function endsTitle(line: string, end: number, loose = false): boolean {
  const rest = line.replace(LEAD, '').slice(end);
  // a loose title is a whole line (or `《…》的函`), never the start of a sentence
  if (loose) return /^[》」"”]?(?:的函|的报告)?$/.test(rest);
  return rest.length <= 6 || /^(?:[(（]|发布|来源|时间|日期|-)/.test(rest);
}
