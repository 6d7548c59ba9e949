// EV-08: prose breakdowns "共N条，其中a条、b条…" whose parts do not add up to N (docs/formats.md §7.3).
// A list that says 等 or 主要包括 is admitted to be partial (info); approximate figures never
// fail hard (info). A single 其中 item is a subset, not a breakdown: it only fails when it exceeds N.
import type { Figure, Finding, NormalizedDoc } from '../types';
import { finding, fmtNum, near, sum } from './finding';

const UNITS = '条|件|个|次|篇|项|人次|人|期|家|场|份|名';
const TOTAL = new RegExp(
  `(约|近|共|总计|合计)?\\s*(?<![第\\d.])(\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*(${UNITS})(?!次)\\s*[,，、:：;；]?\\s*(\\(|（)?\\s*其中`,
  'g',
);

// Every character a TOTAL match can hold before its 其中 (prefix, spaces, number, 余/多, unit,
// punctuation, bracket). A match ends at a 其中 and holds only these, so it starts after the last
// other character before that 其中: the regex is run on that short window only. Run on the whole
// line it was tried at every character of run-together reports, a whole report on one line.
const TOTAL_CHAR = /[约近共总计合\s\d.余多条件个次篇项人期家场份名,，、:：;；(（]/;

/** TOTAL's matches in `text`, in order, as a global exec over the whole line would give them. */
export function totalsIn(text: string): { index: number; m: RegExpExecArray }[] {
  const out: { index: number; m: RegExpExecArray }[] = [];
  let from = 0; // where a global exec would resume
  for (let q = text.indexOf('其中'); q >= 0; q = text.indexOf('其中', Math.max(from, q + 1))) {
    let w = q;
    while (w > from && TOTAL_CHAR.test(text[w - 1])) w--;
    const off = w > 0 ? w - 1 : 0; // one character before the window for the lookbehind (?<![第\d.])
    TOTAL.lastIndex = w - off;
    const m = TOTAL.exec(text.slice(off, q + 2));
    if (!m) continue;
    out.push({ index: off + m.index, m });
    from = off + m.index + m[0].length;
  }
  return out;
}

export interface Breakdown {
  line: number;
  total: number;
  unit: string;
  parts: number[];
  approx: boolean;
  partial: boolean;
  /** the words of the total's clause before its number (全年政府信息主动公开 in …主动公开64条，其中…) */
  label: string;
  /** the total's clause from its start through 其中 (where a prose figure for the total would be read) */
  clause: string;
}

/** The breakdowns of a document (exported for tests). */
export function findBreakdowns(doc: NormalizedDoc): Breakdown[] {
  const out: Breakdown[] = [];
  doc.lines.forEach((text, i) => {
    if (!text.includes('其中')) return;
    for (const { index, m } of totalsIn(text)) {
      const start = index + m[0].length;
      const segment = listSegment(text, start, m[5] !== undefined);
      const unit = m[4];
      const parts: number[] = [];
      let approx = m[1] === '约' || m[1] === '近' || m[3] !== undefined;
      const item = new RegExp(`(?<![第\\d.])(约|近)?(\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*(?:${unit}${unit === '人' ? '(?!次)' : ''}(?![\\d%])|$)`, 'g');
      const flat = ownList(stripParens(segment).trim(), unit);
      for (let p = item.exec(flat); p; p = item.exec(flat)) {
        if (p[0] === '') break;
        parts.push(Number(p[2]));
        if (p[1] || p[3]) approx = true;
      }
      out.push({
        line: i + 1, total: Number(m[2]), unit, parts, approx,
        partial: /等|主要包括|主要有|包括但不限于/.test(flat),
        label: clauseBefore(text, index),
        clause: clauseBefore(text, index) + m[0],
      });
    }
  });
  return out;
}

/** From just after 其中 to the closing bracket (when the list opened one) or the end of the sentence. */
function listSegment(text: string, start: number, bracketed: boolean): string {
  if (bracketed) {
    let depth = 1;
    for (let j = start; j < text.length; j++) {
      const c = text[j];
      if (c === '(' || c === '（') depth++;
      else if (c === ')' || c === '）') {
        depth--;
        if (depth === 0) return text.slice(start, j);
      }
    }
    return text.slice(start);
  }
  const end = text.indexOf('。', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The list up to the next breakdown: "…3条；答复总数21条，其中…" ends before the clause that
 * carries the next total. A number with no unit at the very end ("不予公开1402。") is a part. */
function ownList(flat: string, unit: string): string {
  const next = flat.indexOf('其中');
  if (next < 0) return flat;
  const before = flat.slice(0, next);
  const total = new RegExp(`\\d+(?:\\.\\d+)?\\s*(?:余|多)?\\s*${unit}\\s*[,，、:：;；]?\\s*$`).exec(before);
  const cut = total ? before.slice(0, total.index).search(/[,，、;；][^,，、;；]*$/) : -1;
  return cut >= 0 ? before.slice(0, cut) : before;
}

/** Removes bracketed sub-breakdowns: (其中活动方案3条…) is already counted in its parent item. */
function stripParens(s: string): string {
  let out = '';
  let depth = 0;
  for (const c of s) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

function prefixReaches(parts: readonly number[], total: number): boolean {
  let acc = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    acc += parts[i];
    if (i >= 1 && near(acc, total)) return true;
  }
  return false;
}

/** The words right before a total (at most 40 characters): from the last clause break, bracket or
 * digit. A heading run into the sentence (（一）主动公开政府信息的数量2021年制作、获取政府信息总数510条)
 * ends at the year's digits, so the total is named by 制作、获取政府信息总数, not by the heading. */
function clauseBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 40), at);
  let cut = -1;
  for (let i = head.length - 1; i >= 0 && cut < 0; i--) if (/[。；;，,：:！？!?()（）\d]/.test(head[i])) cut = i;
  return head.slice(cut + 1);
}

/** What a total counts, read from the words of its own clause: the metric is named by what the
 * sentence says the total is, whether or not the prose parser kept that sentence's figure (only the
 * first proactive figure of a report is kept, and a later 主动公开64条，其中… is still a breakdown of
 * that metric). Items released on request (依申请公开) are not proactive disclosure. */
const LABEL_KEYS: ReadonlyArray<[RegExp, string, RegExp]> = [
  [/主动(?:公开|发布)/, 'proactive_total', /依申请|复议|诉讼/],
  [/(?:收到|受理|接到|接收|新收)[^。]{0,20}申请/, 'requests_received', /复议|诉讼/],
  [/行政复议/, 'reconsideration_total', /诉讼/],
  [/行政诉讼/, 'litigation_total', /复议/],
];

/** The metric whose figure is the breakdown's total: the metric its clause names (LABEL_KEYS), else
 * a prose figure read from that very clause with that value (全年公开政府信息共228条，其中… names no
 * metric, but the prose parser read it as proactive_total). Same value on the same line is not enough:
 * a flattened page is one line, and another figure may share the number by chance. */
function totalKeys(b: Breakdown, figures: readonly Figure[]): string[] {
  const named = LABEL_KEYS.find(([re, , not]) => re.test(b.label) && !not.test(b.label));
  if (named) return [named[1]];
  const squash = (t: string) => t.replace(/\s+/g, '');
  const clause = squash(b.clause);
  const f = figures.find((x) => x.source.line === b.line && x.state === 'number' && x.value === b.total &&
    x.source.kind === 'text' && clause.includes(squash(x.source.excerpt)));
  return f ? [f.key] : [];
}

export function breakdownChecks(doc: NormalizedDoc, figures: readonly Figure[] = []): Finding[] {
  const out: Finding[] = [];
  for (const b of findBreakdowns(doc)) {
    if (b.parts.length === 0) continue;
    const s = sum(b.parts);
    if (b.parts.length === 1) {
      if (b.parts[0] > b.total && !b.approx) {
        out.push(finding('EV-08', {
          zh: `第${b.line}行：其中的分项${fmtNum(b.parts[0])}${b.unit}大于总数${fmtNum(b.total)}${b.unit}`,
          en: `line ${b.line}: the part ${fmtNum(b.parts[0])}${b.unit} (其中) is larger than its total ${fmtNum(b.total)}${b.unit}`,
        }, totalKeys(b, figures)));
      }
      continue;
    }
    if (near(s, b.total)) continue;
    // A list that reaches the total exactly and then goes on (…其他处理2件；行政复议案件2件) has
    // moved on to another subject: the breakdown itself holds.
    if (prefixReaches(b.parts, b.total)) continue;
    // Parts far below the total are a selection ("其中涉及财政…9条；保障性住房7条"), not a breakdown.
    const selection = s < b.total * 0.5;
    const soft = b.approx || selection || (b.partial && s < b.total);
    out.push(finding('EV-08', {
      zh: `第${b.line}行：正文给出的总数为${fmtNum(b.total)}${b.unit}，但分项之和为${fmtNum(s)}（${b.parts.map(fmtNum).join(' + ')}）` +
        (b.partial ? '；列举中有“等/包括”，可能不完整' : '') + (b.approx ? '；数字为约数' : '') +
        (selection && !b.partial ? '；列举可能只是部分事项' : ''),
      en: `line ${b.line}: the prose gives a total of ${fmtNum(b.total)}${b.unit} but its breakdown adds up to ${fmtNum(s)} (${b.parts.map(fmtNum).join(' + ')})` +
        (b.partial ? '; the list says 等/包括, so it may be partial' : '') + (b.approx ? '; the figures are approximate' : '') +
        (selection && !b.partial ? '; the list may name only a selection' : ''),
    }, totalKeys(b, figures), soft ? 'info' : 'warning'));
  }
  return out;
}
