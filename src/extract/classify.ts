// Is this document an information-disclosure annual report at all? Pages that merely look like one
// — templates with placeholders, lists of reports, notices asking units to compile theirs,
// regulation texts, garbled or near-empty pages (docs/formats.md §9.4) — must not become data. Each
// verdict comes with one plain sentence saying why, shown to the user as is. Tests are ordered from
// the most certain to the least, and a real report (政府信息公开 + 年度报告 + a year + prose) is the
// default, so false rejections stay rare.
import { findPlaceholders } from './text/placeholders';
import type { Reason } from './text/magic';
import type { DocumentKind, NormalizedDoc, NotReportCode } from './types';

export type NotReportCategory = Exclude<NotReportCode, 'unreadable'>;

export interface Classification {
  kind: DocumentKind;
  /** why it is not a report, in Chinese (null for a report) */
  reason: string | null;
  /** the same in English */
  reason_en: string | null;
  /** why it is not a report, as a code (null for a report) */
  category: NotReportCategory | null;
}

/** The reasons, as sentences in Chinese (`zh`, shown by default) and English (`en`); exported so
 * other modules and tests say the same thing. */
export const NOT_A_REPORT = {
  garbled: (pct: number): Reason => ({
    zh: `文本为乱码：${pct}% 的字符是替换字符或乱码字符，无法可靠读取`,
    en: `the text is garbled: ${pct}% of its characters are replacement or mojibake characters, so it cannot be read reliably`,
  }),
  noChinese: (pct: number): Reason => ({
    zh: `文本几乎没有汉字（${pct}%），不是年度报告`,
    en: `the text has almost no Chinese characters (${pct}%), so it is not a report`,
  }),
  tooShort: (n: number): Reason => ({
    zh: `文档过短，不可能是年度报告（${n} 个汉字）`,
    en: `the document is far too short to be an annual report (${n} Chinese characters)`,
  }),
  template: (examples: string[], repost: string | null): Reason => ({
    zh: `这是模板，不是报告：${examples.map((e) => `“${e}”`).join('、')}等占位符出现在机关名称、年份和数字的位置` +
      (repost ? `（转载自网络，标有“${repost}”）` : ''),
    en: `this is a template, not a report: placeholders such as ${examples.map((e) => `'${e}'`).join(', ')} ` +
      `stand where the agency, year and figures would be` +
      (repost ? ` (reposted from the web, marked '${repost}')` : ''),
  }),
  regulation: (n: number): Reason => ({
    zh: `这是法规或制度文本（${n} 个编号条款“第…条”），不是报告`,
    en: `this is a regulation or rules text (${n} numbered articles 第…条), not a report`,
  }),
  notice: (title: string): Reason => ({
    zh: `这是关于编制或发布报告的通知（“${title}”），不是报告`,
    en: `this is a notice about compiling or publishing reports ('${title}'), not a report`,
  }),
  index: (n: number): Reason => ({
    zh: `这是报告列表（${n} 个报告标题，正文很少），本身不是报告`,
    en: `this is a list of reports (${n} report titles and little text), not a report itself`,
  }),
  halfYear: (title: string): Reason => ({
    zh: `只涵盖年度的一部分（“${title}”），不是年度报告`,
    en: `this covers part of a year ('${title}'), not a report year`,
  }),
  titleOnly: (): Reason => ({
    zh: '页面只有标题，没有报告正文',
    en: 'the page holds only the title, not the text of a report',
  }),
  attachmentOnly: (file: string): Reason => ({
    zh: `页面只有标题和附件链接（“${file}”），报告正文不在页面上`,
    en: `the page holds only the title and a link to an attachment ('${file}'); the report's text is not on the page`,
  }),
  otherDocument: (marker: string, kind: OtherKind, topics: number, table: boolean): Reason => ({
    zh: `标题表明这是${OTHER_KIND_ZH[kind]}（标题含“${marker}”），正文也不是年度报告的结构（只涉及年度报告的${topics}个部分，共${REPORT_PARTS}个` +
      `${table ? '' : '，没有统计表'}）`,
    en: `the title says this is ${OTHER_KIND_EN[kind]} (it contains '${marker}') and the text does not follow an annual report ` +
      `(${topics} of the ${REPORT_PARTS} parts of a report${table ? '' : ', no statistics table'})`,
  }),
  offTopic: (): Reason => ({
    zh: '文本没有同时提到“政府信息公开”和“年度报告”（或“工作报告/情况报告”）及年份，不是政府信息公开工作年度报告',
    en: 'the text never mentions both 政府信息公开 and 年度报告 (or 工作报告/情况报告) with a year, ' +
      'so it is not an information-disclosure annual report',
  }),
} as const;

const MIN_CJK = 150;
/** Marks of a text copied from a document-sharing site. 免责声明 alone is weak: government sites
 * carry it in their footers too. */
const REPOST_MARKERS = ['网络整理', '如有侵权', '版权归原作者', '百度文库', '豆丁网', '道客巴巴', '范文', '文档下载'];
const WEAK_REPOST_MARKER = '免责声明';

export function classifyDocument(doc: NormalizedDoc): Classification {
  const stats = charStats(doc.text);
  const verdict = (category: NotReportCategory, reason: Reason): Classification => ({
    kind: 'not_a_report',
    reason: reason.zh,
    reason_en: reason.en,
    category,
  });

  const visible = stats.visible || 1;
  if ((stats.replacement + stats.mojibake) * 100 > visible * 3 && stats.replacement + stats.mojibake >= 20) {
    return verdict('garbled', NOT_A_REPORT.garbled(Math.round(((stats.replacement + stats.mojibake) * 100) / visible)));
  }
  if (stats.cjk * 10 < stats.visible && (stats.cjk >= MIN_CJK || stats.visible >= 500)) {
    return verdict('garbled', NOT_A_REPORT.noChinese(Math.round((stats.cjk * 100) / visible)));
  }
  // A page that is only its title (and maybe an attachment link): the report is elsewhere. Tested
  // before the length rule so the reason says what the page is, not just that it is short (a saved
  // page's labels and breadcrumbs can make it long enough).
  const noBody = bodyless(doc);
  if (noBody) return verdict('no_body', noBody);
  if (stats.cjk < MIN_CJK) return verdict('too_short', NOT_A_REPORT.tooShort(stats.cjk));

  const placeholders = findPlaceholders(doc);
  const repost = REPOST_MARKERS.find((m) => doc.text.includes(m)) ?? null;
  const weakRepost = doc.text.includes(WEAK_REPOST_MARKER) ? WEAK_REPOST_MARKER : null;
  const needed = repost ? 1 : weakRepost ? 2 : 3;
  if (placeholders.length >= needed) {
    const examples = pickExamples(placeholders.map((p) => p.text));
    return verdict('template', NOT_A_REPORT.template(examples, weakRepost ?? repost));
  }

  const articles = countArticles(doc.lines);
  if (articles >= 5) return verdict('regulation', NOT_A_REPORT.regulation(articles));

  const titles = titleLines(doc.lines);
  const first = titles[0];
  if (first && isNoticeTitle(first) && /请各|各(?:乡镇|单位|部门|县|区|市|街道)/.test(doc.text)) {
    return verdict('notice', NOT_A_REPORT.notice(first));
  }

  const listed = distinctReportTitles(doc.text);
  if (listed >= 5 && proseLength(doc.lines) < 300) return verdict('index', NOT_A_REPORT.index(listed));

  if (first && /上半年|半年度|第[一二三四1-4]季度/.test(first) && !titles.some((t) => /年度报告|年报/.test(t))) {
    return verdict('half_year', NOT_A_REPORT.halfYear(first));
  }

  const other = otherDocument(doc);
  if (other) return verdict('other_document', other);

  if (!mentionsReport(doc.text)) return verdict('off_topic', NOT_A_REPORT.offTopic());
  return { kind: 'annual_report', reason: null, reason_en: null, category: null };
}

interface CharStats {
  visible: number;
  cjk: number;
  replacement: number;
  mojibake: number;
}

/** One pass over the text; mojibake counts characters that real Chinese reports do not use but
 * decoding accidents produce (Latin-1 letters, box drawing, bopomofo, private use). */
function charStats(text: string): CharStats {
  const s: CharStats = { visible: 0, cjk: 0, replacement: 0, mojibake: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    s.visible++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) s.cjk++;
    else if (c === 0xfffd) s.replacement++;
    else if (
      (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0x2500 && c <= 0x257f) ||
      (c >= 0x3100 && c <= 0x312f) ||
      (c >= 0xe000 && c <= 0xf8ff)
    ) {
      s.mojibake++;
    }
  }
  return s;
}

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
/** `第三条 …` at a line start, not `第二十条第(一)项` (a table row label of every 2019+ report). */
const ARTICLE = new RegExp(`^\\s*第(${CN_NUM}|\\d+)条(?!\\s*第)`);

function countArticles(lines: string[]): number {
  const numbers = new Set<string>();
  for (const line of lines) {
    const m = ARTICLE.exec(line);
    if (m) numbers.add(m[1]);
  }
  return numbers.size;
}

/** Short non-empty lines near the top, where a page's title sits (after any site chrome). */
function titleLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (line.length <= 80 && /关于|报告|通知|办法|规定|制度|意见|公告|年报|统计|情况/.test(line) && /[\u4e00-\u9fff]{4}/.test(line)) {
      out.push(line);
    }
    if (out.length >= 3) break;
  }
  return out;
}

function isNoticeTitle(line: string): boolean {
  return /关于.*通知[》」"]?$/.test(line) && !/^(?:根据|按照|依据)/.test(line);
}

/** Up to three different kinds of placeholder (a year, a count, a share), in document order. */
function pickExamples(texts: string[]): string[] {
  const kinds = [/[年月日]$/, /[条件个人名次篇期项份家起宗]$/, /%$/];
  const out: string[] = [];
  for (const k of kinds) {
    const hit = texts.find((t) => k.test(t));
    if (hit && !out.includes(hit)) out.push(hit);
  }
  for (const t of texts) if (out.length < 3 && !out.includes(t)) out.push(t);
  return out;
}

/** Report titles named anywhere (an index page may list them one per line or all on one line):
 * a year, then 年度报告/年报 within a few characters, with the words before it as the title's head.
 * Anchored on the year so the scan stays linear. */
const YEAR = /(?:19|20)\d{2}\s*年/g;
const TITLE_TAIL = /^度?[^\s|。;,、:]{0,24}?(?:年度报告|年报)/;
const TITLE_STOP = /[\s|。;,、:]/;

function distinctReportTitles(text: string): number {
  const titles = new Set<string>();
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const after = m.index + m[0].length;
    const tail = TITLE_TAIL.exec(text.slice(after, after + 30));
    if (!tail) continue;
    let start = m.index;
    while (start > 0 && m.index - start < 30 && !TITLE_STOP.test(text[start - 1])) start--;
    titles.add(text.slice(start, after + tail[0].length));
  }
  return titles.size;
}

/** Characters in lines that hold sentences (a 。): a list of links has next to none, a report has
 * paragraphs of them even when other reports are listed beside it. */
function proseLength(lines: string[]): number {
  let n = 0;
  for (const line of lines) if (line.includes('。')) n += line.length;
  return n;
}

function mentionsReport(text: string): boolean {
  return (
    /(?:政府信息公开|政务公开|信息公开)/.test(text) &&
    /(?:年度报告|工作报告|情况报告|年报)/.test(text) &&
    /(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}年/.test(text)
  );
}

// ---- pages that are not the report itself ---------------------------------------------------------

/** CJK characters in sentences (ending 。！？；): every report has paragraphs, a bare title has none. */
function sentenceChars(text: string): number {
  // One pass (a regex `[^。…]*[。…]` rescans a long line without a sentence end from every start:
  // quadratic on a one-line document): CJK characters count once their sentence ends.
  let n = 0;
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) pending++;
    else if (c === 0x0a) pending = 0;
    else if (SENTENCE_END.has(c)) {
      n += pending;
      pending = 0;
    }
  }
  return n;
}
const SENTENCE_END = new Set([...'。！？；!?;'].map((ch) => ch.charCodeAt(0)));

/** Numbers a statistics table would hold (not dates, times, URLs or file names). */
function tableNumbers(lines: readonly string[]): number {
  let n = 0;
  for (const line of lines) {
    if (/:\/\/|\.(?:html?|docx?|xlsx?|pdf)\b/i.test(line)) continue;
    n += (line.replace(/(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}/g, ' ').match(/(?<![\d.])\d+(?![\d.])/g) ?? []).length;
  }
  return n;
}

const ATTACHMENT = /([^\s:：>》]{1,40}\.(?:docx?|xlsx?|pdf|wps|zip|rar))|附件下载/i;

/** A page with no sentence and no table: nothing but a title (and page furniture, an attachment link). */
function bodyless(doc: NormalizedDoc): Reason | null {
  // not a single sentence, no table, but a title (an empty text is just too short; a list of
  // report titles is an index page)
  if (sentenceChars(doc.text) > 0 || tableNumbers(doc.lines) >= 12) return null;
  if (!documentTitle(doc.lines) || distinctReportTitles(doc.text) >= 5) return null;
  const att = ATTACHMENT.exec(doc.text);
  return att ? NOT_A_REPORT.attachmentOnly(att[1] ?? '附件下载') : NOT_A_REPORT.titleOnly();
}

/** The five parts of an annual report (docs/formats.md §2.1: 主动公开, 依申请公开, 复议诉讼, 收费, 问题与改进),
 * then its statistics table (last). */
const REPORT_TOPICS: readonly RegExp[] = [
  /主动公开/,
  /依申请|申请公开|公开申请/,
  /行政复议|行政诉讼/,
  /收费|减免|处理费/,
  /存在的?(?:主要)?问题|不足|改进/,
  /统计表|指标名称|计量单位|本年新收|第二十条/,
];
const REPORT_PARTS = 5;
/** A document with this many of the parts follows the report's structure whatever its title says. */
const REPORT_TOPICS_MIN = 4;

type OtherKind = 'letter' | 'self_check' | 'summary' | 'plan' | 'work_points';
const OTHER_KINDS: readonly [OtherKind, RegExp][] = [
  ['self_check', /自查报告/],
  ['work_points', /要点落实情况|工作要点/],
  ['summary', /工作总结|情况总结/],
  ['plan', /工作计划|工作思路|工作方案|实施方案/],
  ['letter', /的函[》」"]?$|^关于.*函$/],
];
const OTHER_KIND_ZH: Record<OtherKind, string> = {
  letter: '一封公函', self_check: '自查报告', summary: '工作总结', plan: '工作计划或思路', work_points: '工作要点落实情况的汇报',
};
const OTHER_KIND_EN: Record<OtherKind, string> = {
  letter: 'a letter', self_check: 'a self-inspection report', summary: 'a work summary', plan: 'a work plan',
  work_points: 'an account of the year\'s work points',
};
/** A title that names the annual report itself (also inside 关于报送《…年度报告》的函). */
const REPORT_TITLE = /年度报告|年报|工作报告|公开报告|年度工作报告/;

/** The title: a labelled `标题:` line or the first short lines that are not `label: value` metadata. */
function documentTitle(lines: readonly string[]): string | null {
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > 12) break;
    const labelled = /^(?:标题|题目)\s*:\s*(.+)$/.exec(line);
    if (labelled) return labelled[1].replace(/\s+/g, '');
    if (/^[\u4e00-\u9fff]{2,6}\s*:/.test(line) || /^=+/.test(line)) continue;
    if (line.length <= 80 && /[\u4e00-\u9fff]{6}/.test(line)) return line.replace(/\s+/g, '');
  }
  return null;
}

/** A letter, self-inspection, work summary or plan filed among the reports. Decided by the body: a
 * title like that over a text with the report's parts (a 情况总结 written as a report, a 报送…的函
 * carrying the whole report) is still a report. */
function otherDocument(doc: NormalizedDoc): Reason | null {
  const title = documentTitle(doc.lines);
  if (!title || REPORT_TITLE.test(title)) return null;
  // the reason quotes the words that decided, not the whole title (no passage of a document
  // travels into the dataset)
  const hit = OTHER_KINDS.map(([k, re]) => [k, re.exec(title)] as const).find(([, m]) => m);
  if (!hit) return null;
  const [kind, match] = hit;
  const hits = REPORT_TOPICS.map((re) => re.test(doc.text));
  if (hits.filter(Boolean).length >= REPORT_TOPICS_MIN) return null;
  const table = hits[REPORT_TOPICS.length - 1];
  return NOT_A_REPORT.otherDocument(match![0].replace(/^关于.*(?=函$)/, ''), kind, hits.slice(0, REPORT_PARTS).filter(Boolean).length, table);
}
