// The year a report covers (docs/formats.md §1.2), by priority: the title → the statistical period
// (`统计期限自2020年1月1日起至2020年12月31日止`, also with 年/月 dropped: `自201911日至20191231日`,
// `20211月1日起至202112月31日`) → an opening `2020年,我…` / `2017年,XX区政府…` sentence or a
// `YYYY年度…` heading → the table caption `(2017年度)` → the file name. A year is only taken
// before 年 or as part of a period: phone numbers, postcodes and document numbers never qualify.
import { isPlausibleYear } from './dates';
import type { Title } from './title';

export type YearSource = 'title' | 'period' | 'text' | 'file';

export interface ReportYear {
  year: number | null;
  source: YearSource | null;
  /** the year the statistical period states, when it states one */
  periodYear: number | null;
}

/** Start of a calendar-year period: `2020年1月1日`, `201911日`, `20211月1日`, `2020-01-01`,
 * `2024 年 1 月 1 日`, followed by 起/至/到/-. */
const PERIOD_START =
  /((?:19|20)\d{2})\s*(?:年\s*0?1\s*月?\s*0?1\s*日|0?1\s*月\s*0?1\s*日|11日|-0?1-0?1)\s*(?:起)?\s*(?:至|到|止|-|—|~)/;
/** `2021年1月至今`, `2015年1月至` (open-ended periods still name the year). */
const PERIOD_MONTH = /(?:统计|期限|周期|时限|时间|范围)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*0?1\s*月\s*(?:份)?\s*(?:起)?\s*(?:至|到)/;
/** An opening `2020年,我…`, `2020年度,全区…`, `2020年以来,我…`, `2017年,山城区政府…`. */
const OPENING = /(?:^|[\n。])\s*(?:\d{1,2}[.、)]?)?((?:19|20)\d{2})\s*年度?\s*(?:以来)?\s*[,，]?\s*(?:我|全|本|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,10}(?:人民政府|政府|办事处|管委会))/;
/** `一、2017年度政府信息公开工作的总体情况`, `(2017年度)` under a statistics-table title. */
const HEADING = /(?:^|\n)\s*(?:[一二三四五六七八九十]+、)?\s*[(（]?((?:19|20)\d{2})\s*年度\s*(?:[)）]|政府信息公开|政务公开)/;

export function findReportYear(headText: string, title: Title | null): ReportYear {
  const periodYear = findPeriodYear(headText);
  const fromTitle = title && title.line > 0 && title.year !== null && isPlausibleYear(title.year) ? title.year : null;
  if (fromTitle !== null) return { year: fromTitle, source: 'title', periodYear };
  if (periodYear !== null) return { year: periodYear, source: 'period', periodYear };
  for (const re of [OPENING, HEADING]) {
    const m = re.exec(headText);
    if (m && isPlausibleYear(+m[1])) return { year: +m[1], source: 'text', periodYear };
  }
  if (title && title.year !== null && isPlausibleYear(title.year)) return { year: title.year, source: 'file', periodYear };
  return { year: null, source: null, periodYear };
}

export function findPeriodYear(text: string): number | null {
  const m = PERIOD_START.exec(text) ?? PERIOD_MONTH.exec(text);
  return m && isPlausibleYear(+m[1]) ? +m[1] : null;
}
