// Structure: the sections a report must have (EV-04 for the 2019/2021 six headings, SECTIONS-A for
// the statutory topics of 2008-era reports), the tables of the 2019/2021 formats (EV-05), and
// documents that stop early (the last section missing and the text ending mid-sentence).
import type { Era, Finding, NormalizedDoc } from '../types';
import { finding } from './finding';
import { unverifiedCode } from '../../domain/checks';

interface Section {
  name: string;
  zh: string;
  re: RegExp;
}

// Matched anywhere: a heading may share its line with the body (flattened pages). The patterns are
// lenient on purpose — a missing section is an ERROR, so only a clear absence may trigger it.
export const SIX_SECTIONS: readonly Section[] = [
  { name: '一', zh: '总体情况', re: /总体情况|概述|基本情况|总体工作情况|工作情况概述/ },
  { name: '二', zh: '主动公开政府信息情况', re: /主动公开/ },
  { name: '三', zh: '收到和处理政府信息公开申请情况', re: /收到和处理|依申请公开|公开申请/ },
  { name: '四', zh: '政府信息公开行政复议、行政诉讼情况', re: /行政复议|行政诉讼/ },
  { name: '五', zh: '存在的主要问题及改进情况', re: /问题|不足|改进|整改/ },
  { name: '六', zh: '其他需要报告的事项', re: /其[他它]需要报告|其[他它]需报告|其[他它]事项|其[他它]需要说明/ },
];

export const TOPICS_2008: readonly Section[] = [
  { name: 'proactive', zh: '主动公开情况', re: /主动公开/ },
  { name: 'application', zh: '依申请公开情况', re: /依申请|公开申请|申请公开|收到申请/ },
  { name: 'fees', zh: '收费及减免情况', re: /收费|费用|收取/ },
  { name: 'appeals', zh: '行政复议、诉讼情况', re: /复议|诉讼/ },
  { name: 'problems', zh: '存在的主要问题及改进措施', re: /问题|不足|改进|整改/ },
];

const TABLE_ANCHORS: Record<'proactive' | 'requests' | 'appeals', { zh: string; re: RegExp }> = {
  proactive: { zh: '表二 主动公开政府信息情况（第二十条）', re: /第二十条|本年新制作数量|本年制发件数|处理决定数量/ },
  requests: { zh: '表三 收到和处理政府信息公开申请情况', re: /本年新收|上年结转|勾稽关系/ },
  appeals: { zh: '表四 行政复议、行政诉讼情况', re: /未经复议直接起诉|复议后起诉|尚未审结/ },
};

export function sectionChecks(doc: NormalizedDoc, era: Era | null, tablesFound: readonly string[]): Finding[] {
  if (era === null) return [];
  const text = doc.text;
  const truncated = endsMidSentence(doc);
  const out: Finding[] = [];
  // a problems section that says nothing is reported in every era (the 2008 regulation asks for the
  // same 存在的主要问题及改进措施)
  out.push(...emptyProblemsChecks(doc));
  if (era === '2008') {
    const missing = TOPICS_2008.filter((t) => !t.re.test(text));
    if (truncated && missing.some((t) => t.name === 'problems')) out.push(truncatedFinding(doc, '存在的主要问题及改进措施'));
    for (const t of missing) {
      if (truncated && t.name === 'problems') continue;
      out.push(finding('SECTIONS-A', { zh: `报告未涉及${t.zh}（未找到标题或关键词）`, en: `the report does not cover ${t.zh} (no heading or keyword found)` }, []));
    }
    return out;
  }
  const missing = SIX_SECTIONS.filter((s) => !s.re.test(text));
  const lastMissing = missing.some((s) => s.name === '六');
  if (truncated && lastMissing) out.push(truncatedFinding(doc, '六、其他需要报告的事项'));
  for (const s of missing) {
    if (truncated && (s.name === '六' || s.name === '五')) continue;
    out.push(finding('EV-04', { zh: `缺少第${s.name}部分“${s.name}、${s.zh}”（未找到标题）`, en: `section ${s.name}、${s.zh} is missing (no heading found)` }, []));
  }
  for (const [table, anchor] of Object.entries(TABLE_ANCHORS)) {
    if (tablesFound.includes(table)) continue;
    if (anchor.re.test(text)) {
      out.push(finding(unverifiedCode('EV-05'), {
        zh: `${anchor.zh}：表中标签存在，但未能读取该表`,
        en: `${anchor.zh}: the table's labels are present but the table could not be read`,
      }, []));
    } else if (!(truncated && table !== 'proactive')) {
      out.push(finding('EV-05', {
        zh: `缺少${anchor.zh}：文本中没有该表的任何标签（可能是图片或附件）`,
        en: `${anchor.zh} is missing: none of its labels appear in the text (an image or an attachment?)`,
      }, []));
    }
  }
  return out;
}

function truncatedFinding(doc: NormalizedDoc, lastSection: string): Finding {
  const last = lastLine(doc);
  return finding('TRUNCATED', {
    zh: `文本在第${last.line}行句子中途结束，且缺少最后一部分（${lastSection}）：该文本可能被截断`,
    en: `the text ends mid-sentence at line ${last.line} and the last section (${lastSection}) is missing: the copy is probably cut short`,
  }, []);
}

function lastLine(doc: NormalizedDoc): { line: number; text: string } {
  for (let i = doc.lines.length - 1; i >= 0; i--) {
    const t = doc.lines[i].trim();
    if (t) return { line: i + 1, text: t };
  }
  return { line: 1, text: '' };
}

/** Whether the last line stops without closing punctuation. Dates, signatures and short lines
 * (an agency name under the text) end a report legitimately. */
export function endsMidSentence(doc: NormalizedDoc): boolean {
  const t = lastLine(doc).text;
  if (!t) return false;
  if (/[。！？!?；;）)」』”"…:：]$/.test(t)) return false;
  if (/\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$|\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return false;
  if (t.length <= 20) return false;
  return true;
}

// SECTION-EMPTY: the section on problems and improvements (五、存在的主要问题及改进情况 in the 2019/2021
// formats; its number varies) is present but says nothing: "无。", "暂无问题", "无". The format asks for
// the problems found and what was done about them; a heading with a bare denial under it fills the
// slot without content. Read up to the next top-level heading (六、其他需要报告的事项) or, on a
// flattened page, up to the next numbered heading on the same line.
const PROBLEMS_HEADING = /(?:^|[\s。；;])([一二三四五六七八九十]{1,2})\s*[、.．]\s*(?:政府信息公开(?:工作)?)?(?:存在的?(?:主要)?问题(?:和|及|与)?(?:改进|整改)(?:情况|措施)?|存在的?(?:主要)?问题|主要问题(?:和|及)改进(?:情况|措施))[:：]?/g;
const NEXT_HEADING = /[一二三四五六七八九十]{1,2}\s*[、.．]/;
/** A body that says nothing: a denial with at most a few filler words (无 / 暂无 / 没有 / 不存在 …). */
const SAYS_NOTHING = /^(?:无|暂无|没有|不存在|未发现|本年度无|本年度暂无)(?:问题|相关问题|明显问题|需要报告的问题|需要改进的(?:问题|事项)|改进情况|相关情况|此类情况)?[。.;；]?$/;

const SUB_HEADING = /[(（][一二三四五六七八九十][)）]|\d[、.．]/;
const SUB_LABEL = /^(?:存在的?(?:主要)?问题|主要问题|问题|改进(?:情况|措施)|整改(?:情况|措施))[:：]?/;

export function emptyProblemsChecks(doc: NormalizedDoc): Finding[] {
  const text = doc.text;
  PROBLEMS_HEADING.lastIndex = 0;
  for (let m = PROBLEMS_HEADING.exec(text); m; m = PROBLEMS_HEADING.exec(text)) {
    const start = m.index + m[0].length;
    // the body: to the next numbered heading, at most a paragraph's worth
    const rest = text.slice(start, start + 400);
    const next = rest.search(NEXT_HEADING);
    const body = (next >= 0 ? rest.slice(0, next) : rest).replace(/\s+/g, '');
    // （一）存在问题：无。（二）改进情况：无。 — each sub-part on its own, without its label
    const pieces = body.split(SUB_HEADING).map((p) => p.replace(SUB_LABEL, '')).filter((p) => p.length > 0);
    if (pieces.length === 0 || !pieces.every((p) => SAYS_NOTHING.test(p))) continue;
    const line = lineOfOffset(text, m.index + (m[0].length - m[0].trimStart().length));
    const heading = m[0].trim().replace(/^[。；;]/, '');
    return [finding('SECTION-EMPTY', {
      zh: `第${line}行：“${heading}”部分只写了“${body}”，没有说明存在的问题和改进情况`,
      en: `line ${line}: the section "${heading}" says only "${body}": it states no problems and no improvements`,
    }, [])];
  }
  return [];
}

function lineOfOffset(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
