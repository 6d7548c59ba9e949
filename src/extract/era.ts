// Which national format a report follows (docs/formats.md §1.1). Fingerprint strings of each format are
// counted (distinct strings, whitespace ignored: PDF text splits `本年新 制作数量`); the format with
// the most wins. Without fingerprints (narrative-only reports) the format is the one in force for
// the report year. When the fingerprints name another format than the year's, `era` is the format
// actually used and `formatEra` ≠ yearEra(reportYear) lets the checks emit FMT-ERA-MISMATCH.
import { eraOfYear } from '../domain/eras';
import type { Era, NormalizedDoc } from './types';

/** The format in force for a report year (domain/eras.ts), or null when the year is unknown. */
export function yearEra(year: number | null): Era | null {
  return year === null ? null : eraOfYear(year);
}

interface Fingerprint {
  era: Era;
  text: string;
}

const FINGERPRINTS: readonly Fingerprint[] = [
  // 2008 regulation: local A0 tables and the national 国办发〔2014〕32号 statistics table
  ...[
    '全文电子化率', '咨询处理情况', '免予公开范围', '不予公开范围', '非《条例》所指政府信息', '公文类政府信息',
    '(不同渠道和方式公开相同信息计1条)', '回应公众关注热点或重大舆情数', '当面申请数', '申请办结数', '按时办结数',
    '告知作出更改补充数', '接受培训人员数', '依申请公开信息收取的费用', '举报投诉数量', '不同意公开答复数',
  ].map((text): Fingerprint => ({ era: '2008', text })),
  // 国办公开办函〔2021〕30号 (本年处理决定数量 listed before 2019's 处理决定数量, which it contains:
  // the alternation consumes the longer one first)
  ...['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期不补正',
    '逾期未按收费通知要求缴纳费用'].map((text): Fingerprint => ({ era: '2021', text })),
  // 国办公开办函〔2019〕60号
  ...['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项',
    '第二十条第(九)项', '采购项目数量', '采购总金额', '处理决定数量'].map((text): Fingerprint => ({ era: '2019', text })),
];

const ERA_OF = new Map(FINGERPRINTS.map((f) => [f.text, f.era]));
/** One pass over the text finds every fingerprint. */
const FINGERPRINT_RE = new RegExp(FINGERPRINTS.map((f) => f.text.replace(/[()/[\]\\.*+?^$|{}]/g, '\\$&')).join('|'), 'g');

/** A format different from the year's needs this many distinct fingerprints to be believed. */
const MISMATCH_MIN = 2;

/** Fingerprints are table headers and row labels: short lines. Long prose lines are skipped (most of
 * a report's characters, and the scan's cost) unless the page is flattened into a few lines. */
const PROSE_LINE = 160;
const FLATTENED_PAGE_LINES = 40;

export function scoreEras(doc: NormalizedDoc): Record<Era, number> {
  const lines = doc.lines;
  const source =
    lines.length < FLATTENED_PAGE_LINES ? doc.text : lines.filter((l) => l.length <= PROSE_LINE).join('\n');
  const text = source.replace(/[ \t\n\r\f\v\u00a0]+/g, '');
  const seen = new Set<string>();
  for (const m of text.matchAll(FINGERPRINT_RE)) seen.add(m[0]);
  const score: Record<Era, number> = { '2008': 0, '2019': 0, '2021': 0 };
  for (const f of seen) score[ERA_OF.get(f) as Era]++;
  return score;
}

export function detectEra(doc: NormalizedDoc, reportYear: number | null): { era: Era | null; formatEra: Era | null } {
  const byYear = yearEra(reportYear);
  const score = scoreEras(doc);
  const best = Math.max(score['2008'], score['2019'], score['2021']);
  if (best === 0) return { era: byYear, formatEra: null };
  const leaders = (['2021', '2019', '2008'] as Era[]).filter((e) => score[e] === best);
  const formatEra = byYear && leaders.includes(byYear) ? byYear : leaders[0];
  if (byYear && formatEra !== byYear && best < MISMATCH_MIN) return { era: byYear, formatEra: null };
  return { era: formatEra, formatEra };
}
