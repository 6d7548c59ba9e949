// The source row under a sheet's title: which dataset, which report year, the extractor version,
// the date of export, and the catalogue's 口径 notes where the concept changes.
import type { I18n } from '../i18n';

export interface ExportSource {
  /** the dataset's folder (`?data=`) or null for the bundled data */
  dataset: string | null;
  extractorVersion: string | null;
  /** YYYY-MM-DD */
  exportedOn: string;
}

export function sourceLine(src: ExportSource, i: I18n, extra: { year?: number | string | null; notes?: readonly string[] } = {}): string {
  const parts = [
    `${i.t('xlsx.dataset')}: ${src.dataset ?? i.t('xlsx.bundled')}`,
    extra.year != null && extra.year !== '' ? `${i.t('xlsx.reportYear')}: ${extra.year}` : null,
    `${i.t('xlsx.extractor')}: ${src.extractorVersion ?? i.t('unknown')}`,
    `${i.t('xlsx.exported')}: ${src.exportedOn}`,
    ...(extra.notes ?? []).filter(Boolean).map((n) => `${i.t('breakNote')}: ${n}`),
  ];
  return `${i.t('xlsx.source')} — ${parts.filter(Boolean).join(' · ')}`;
}

/** Today as YYYY-MM-DD in local time (the date an inspector would write on the document). */
export function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
