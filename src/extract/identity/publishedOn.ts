// Publication date (docs/formats.md §5.2), by priority: the page label (`发布日期:2017-01-16`,
// `发布时间 : 2021-01-27`, `时间:2022-02-08 16:34`) → the date under the signature → a date in the
// page's URL (`/t20220208_`, `/art/2023/1/11/`) → a drafting date (`成文日期`, the statistics table's
// `填报日期`) only when nothing else is given. A date on or before the last day of the report year
// cannot be the publication of that year's report: it is skipped, and when every date is skipped
// the result is null with source 'implausible' — unless the document itself says it was finished
// before the year ended (a signature `XX局 2014年12月25日` or a cut-off `截止2014年12月25日` in the
// report year, anywhere in the text): then a page date on or shortly after that day is the real,
// early publication (some agencies publish in late December), not a slip.
import { DATE_SOURCE, findDate, isoDate } from './dates';

export type PublishedSource = 'label' | 'signature' | 'url' | 'drafted' | 'implausible';

export interface Published {
  date: string | null;
  source: PublishedSource | null;
}

interface Candidate {
  date: string;
  source: Exclude<PublishedSource, 'implausible'>;
}

const LABELLED_SOURCE = String.raw`([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{0,4}?)(日期|时间)[ \t]*[:：]?[ \t]*` + DATE_SOURCE;
const LABELLED = new RegExp(LABELLED_SOURCE, 'y');
const LABEL_WORD = /日期|时间/g;
/** Longest label prefix LABELLED allows before 日期/时间 (`{0,4}`). */
const LABEL_PREFIX_MAX = 4;

/**
 * LABELLED's matches in `line`, in order, as a global exec would find them. A match starts at most
 * four characters before a 日期/时间, so only those positions are tried (sticky): run as a global
 * regex it was tried at every character of the line, and a run-together report is one long line.
 */
export function labelledDates(line: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // lowest start not tried yet; a match moves it past its end
  LABEL_WORD.lastIndex = 0;
  for (let w = LABEL_WORD.exec(line); w; w = LABEL_WORD.exec(line)) {
    for (let p = Math.max(next, w.index - LABEL_PREFIX_MAX); p <= w.index; p++) {
      LABELLED.lastIndex = p;
      const m = LABELLED.exec(line);
      if (!m) continue;
      out.push(m);
      next = p + m[0].length;
      break;
    }
    if (next <= w.index) next = w.index + 1;
    if (LABEL_WORD.lastIndex < next) LABEL_WORD.lastIndex = next;
  }
  return out;
}
/** Label words that name a drafting or form-filling date, not a publication. */
const DRAFT_LABEL = /(?:成文|生成|印发|填报|制表|签发)$/;
/** Label words for dates that are neither (statistics cut-offs, print dates, visits). */
const OTHER_LABEL = /(?:统计|截止|截至|打印|访问|登录|开始|结束|办理|受理|答复|申请)$/;
/** A line that is only a date, maybe in brackets: the date under a signature. */
const BARE_DATE = new RegExp(String.raw`^[ \t]*[(（]?[ \t]*(?:` + DATE_SOURCE + String.raw`[ \t]*日?|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[ \t]*[)）]?[ \t]*$`);
/** An agency name followed by the date on the same line: `XX镇人民政府 2021年1月27日`. */
const SIGNED_DATE = new RegExp(String.raw`(?:人民政府|办事处|管委会|委员会|局|办公室|办公厅)[ \t]*` + DATE_SOURCE + String.raw`[ \t]*日?[ \t]*$`);
const URL_DATES: RegExp[] = [
  /\/t((?:19|20)\d{2})(\d{2})(\d{2})_/,
  /\/art\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//,
  /\/((?:19|20)\d{2})\/(?:19|20)\d{2}(\d{2})(\d{2})\//,
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
  /article_((?:19|20)\d{2})(\d{2})(\d{2})/,
];

export function findPublished(
  head: readonly string[],
  tail: readonly string[],
  fileName: string,
  reportYear: number | null,
  fullText = '',
): Published {
  const labels: Candidate[] = [];
  const drafted: Candidate[] = [];
  for (let i = 0; i < head.length; i++) {
    let line = head[i];
    if (!/日期|时间/.test(line)) continue;
    // a page's label and value in separate elements arrive on separate lines: `发布日期:` ⏎ `2021-01-27`
    if (/(?:日期|时间)[ \t]*:?[ \t]*$/.test(line) && i + 1 < head.length) line += head[i + 1];
    for (const m of labelledDates(line)) {
      const date = isoDate(+m[3], +m[4], +m[5]);
      if (!date) continue;
      const word = m[1];
      if (DRAFT_LABEL.test(word)) drafted.push({ date, source: 'drafted' });
      else if (!OTHER_LABEL.test(word)) labels.push({ date, source: 'label' });
    }
  }
  // 填报日期 at the foot of a statistics table, and drafting dates anywhere in the tail
  for (const line of tail) {
    if (!/日期/.test(line)) continue;
    for (const m of labelledDates(line)) {
      const date = isoDate(+m[3], +m[4], +m[5]);
      if (date && DRAFT_LABEL.test(m[1])) drafted.push({ date, source: 'drafted' });
    }
  }
  const signatures: Candidate[] = [];
  // the signature sits at the end; some PDFs also print it under the title
  for (const line of [...tail].reverse().concat(head.slice(0, 8))) {
    if (line.length > 60 || !/\d|〇|○/.test(line)) continue;
    if (BARE_DATE.test(line) || SIGNED_DATE.test(line)) {
      const date = findDate(line);
      if (date) signatures.push({ date, source: 'signature' });
    }
  }
  const urls: Candidate[] = [];
  for (const line of [fileName, ...head, ...tail]) {
    if (!line.includes('/')) continue;
    for (const re of URL_DATES) {
      const m = re.exec(line);
      const date = m && isoDate(+m[1], +m[2], +m[3]);
      if (date) urls.push({ date, source: 'url' });
    }
  }
  const all = [...labels, ...signatures, ...urls, ...drafted];
  if (all.length === 0) return { date: null, source: null };
  const plausible = all.find((c) => isPlausible(c.date, reportYear));
  if (plausible) return { date: plausible.date, source: plausible.source };
  const finished = reportYear === null ? [] : finishedWithinYear(fullText, reportYear);
  // only a page date (label, URL) can be corroborated this way: a signature cannot vouch for itself
  const early = all.find((c) => (c.source === 'label' || c.source === 'url') &&
    finished.some((f) => c.date >= f && daysBetween(f, c.date) <= EARLY_WINDOW_DAYS));
  return early ? { date: early.date, source: early.source } : { date: null, source: 'implausible' };
}

/** How long after the document's own signature or cut-off date an early page date is still its
 * publication. */
const EARLY_WINDOW_DAYS = 15;
/** A signature (an agency name, then the date) or a statistics cut-off (截止/截至 the date). */
const FINISHED = new RegExp(String.raw`(?:(?:人民政府|办事处|管委会|委员会|局|办公室|办公厅)[ \t]*|(?:截止|截至)(?:到)?[ \t]*)` + DATE_SOURCE, 'g');

/** Dates inside the report year on which the document says it was signed or its figures end. */
export function finishedWithinYear(text: string, reportYear: number): string[] {
  const out: string[] = [];
  FINISHED.lastIndex = 0;
  for (let m = FINISHED.exec(text); m; m = FINISHED.exec(text)) {
    if (+m[1] !== reportYear) continue;
    const date = isoDate(+m[1], +m[2], +m[3]);
    if (date && date < `${reportYear}-12-31`) out.push(date);
  }
  return out;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** Published after the period it reports on ends (31 December of the report year). */
function isPlausible(date: string, reportYear: number | null): boolean {
  if (reportYear === null) return true;
  return date > `${reportYear}-12-31`;
}
