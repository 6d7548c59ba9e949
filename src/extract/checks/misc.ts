// Small document-level checks: the format against the year (FMT-ERA-MISMATCH), publication on time
// (EV-01, via judgeTimeliness) and, from 2021, whether section 六 says anything about the
// information-processing fee (EV-15).
import { yearEra } from '../era';
import type { Era, Finding, Level, NormalizedDoc } from '../types';
import { finding } from './finding';
import { judgeTimeliness } from './timeliness';

const LEVEL_ZH: Record<Level, string> = {
  province: '省级', city: '市级', county: '县级', district: '区级', township: '乡镇', street: '街道',
  department: '部门', unknown: '未知',
};

const ERA_NAME_ZH: Record<Era, string> = {
  '2008': '2019年以前的格式（国办发〔2014〕32号统计表或地方统计表）',
  '2019': '2019年格式（国办公开办函〔2019〕60号）',
  '2021': '2021年格式（国办公开办函〔2021〕30号）',
};

const ERA_NAME: Record<Era, string> = {
  '2008': 'the pre-2019 format (国办发〔2014〕32号 table or local tables)',
  '2019': 'the 2019 format (国办公开办函〔2019〕60号)',
  '2021': 'the 2021 format (国办公开办函〔2021〕30号)',
};

export function eraChecks(formatEra: Era | null, reportYear: number | null): Finding[] {
  const expected = yearEra(reportYear);
  if (!formatEra || !expected || formatEra === expected) return [];
  return [finding('FMT-ERA-MISMATCH', {
    zh: `${reportYear}年度报告采用了${ERA_NAME_ZH[formatEra]}；${reportYear}年度报告应采用${ERA_NAME_ZH[expected]}`,
    en: `a ${reportYear} report written in ${ERA_NAME[formatEra]}; reports for ${reportYear} use ${ERA_NAME[expected]}`,
  }, [])];
}

export function timelinessChecks(
  level: Level,
  reportYear: number | null,
  publishedOn: string | null,
  province: string | null = null,
): Finding[] {
  const v = judgeTimeliness(level, reportYear, publishedOn, { province });
  switch (v.timeliness) {
    case 'late':
      return [finding('EV-01', {
        zh: `发布于${publishedOn}，晚于截止日期${v.deadline} ${v.daysLate}天` +
          (v.hardDeadline ? `，且晚于最后可接受日期${v.hardDeadline}` : '') + `（层级：${LEVEL_ZH[level] ?? level}）`,
        en: `published ${publishedOn}, ${v.daysLate} day(s) after the deadline ${v.deadline}` +
          (v.hardDeadline ? ` and after the last accepted date ${v.hardDeadline}` : '') + ` (level: ${level})`,
      }, [], 'error')];
    case 'warn_window':
      return [finding('EV-01', {
        zh: `发布于${publishedOn}，晚于${LEVEL_ZH[level] ?? level}的通常截止日期${v.deadline} ${v.daysLate}天（仍早于${v.hardDeadline}；以地方规定为准）`,
        en: `published ${publishedOn}, ${v.daysLate} day(s) after the usual deadline ${v.deadline} for a ${level} (still before ${v.hardDeadline}; local rules decide)`,
      }, [], 'warning')];
    case 'premature':
      return [finding('EV-01', {
        zh: `发布日期${publishedOn}早于报告年度${reportYear}结束：日期不合理（可能是起草日期或标注错误）`,
        en: `the publication date ${publishedOn} is before the end of the report year ${reportYear}: the date is implausible (a drafting date or a wrong label?)`,
      }, [], 'warning')];
    default:
      return [];
  }
}

export function feeDisclosureChecks(doc: NormalizedDoc, era: Era | null, reportYear: number | null): Finding[] {
  if (era !== '2021' && !(reportYear !== null && reportYear >= 2021)) return [];
  if (/信息处理费/.test(doc.text)) return [];
  const six = doc.text.search(/六\s*[、.]\s*其[他它]需要报告/);
  if (six >= 0 && /费/.test(doc.text.slice(six, six + 800))) return [];
  return [finding('EV-15', {
    zh: '报告未说明是否收取信息处理费（国办函〔2020〕109号）；通常在第六部分说明',
    en: 'the report does not say whether it charged information-processing fees (信息处理费, 国办函〔2020〕109号); section 六 usually states it',
  }, [])];
}
