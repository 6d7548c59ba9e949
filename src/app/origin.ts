// Reports the user imported (reports.origin = 'user') are marked wherever reports are listed:
// HTML uses <OriginBadge>; chart labels, which are plain text, get this suffix.
import { makeI18n } from './i18n';
import type { Lang } from '../domain/text';

export const isMine = (origin: unknown): boolean => origin === 'user';

/** `（我的）` / ` (mine)`, the badge's word as text. */
export function mineSuffix(lang: Lang): string {
  const word = makeI18n(lang).t('import.mineBadge');
  return lang === 'en' ? ` (${word})` : `（${word}）`;
}

export function withMine(label: string, mine: boolean, lang: Lang): string {
  return mine ? label + mineSuffix(lang) : label;
}
