// The three national formats (eras) of the annual report and the report years each governs: the
// 2008 regulation up to report year 2018 (国办发〔2014〕32号 table and older local tables), the 2019 tables (国办公开办函〔2019〕60号) for 2019–2020, the
// 2021 tables (国办公开办函〔2021〕30号) from 2021. One rule, read by the extractor (a report's format
// when it shows no fingerprint, FMT-ERA-MISMATCH) and the charts (era bands on the Trends axis).

export type Era = '2008' | '2019' | '2021';
export const ERAS: readonly Era[] = ['2008', '2019', '2021'];

/** The eras of the standard tables 二, 三 and 四 (the 2008 format has one statistics table instead). */
export type TableEra = Exclude<Era, '2008'>;
export const TABLE_ERAS: readonly TableEra[] = ['2019', '2021'];

/** The national format in force for a report year. */
export function eraOfYear(year: number): Era {
  return year <= 2018 ? '2008' : year <= 2020 ? '2019' : '2021';
}
