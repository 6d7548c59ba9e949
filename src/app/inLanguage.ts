// Texts the extractor writes in two languages (a finding's `message`/`message_en`, a document's
// `reason`/`reason_en`): Chinese is primary and always present; the English twin is absent from
// extractions saved before that text was bilingual, which then show the Chinese.
import type { Lang } from './state/urlState';

/** The text in the interface language, falling back to the Chinese `zh`; '' when there is none. */
export function inLanguage(zh: unknown, en: unknown, lang: Lang): string {
  const m = lang === 'en' && en != null && en !== '' ? en : zh;
  return m == null ? '' : String(m);
}
