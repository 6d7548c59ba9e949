// Reports the user imported (reports.origin = 'user') are marked wherever reports are listed:
// HTML uses <OriginBadge>; chart labels, which are plain text, get this suffix.
import { DICTS } from './import/i18n';
import type { Lang } from './state/urlState';

export const isMine = (origin: unknown): boolean => origin === 'user';

/** `（我的）` / ` (mine)`, the badge's word as text. */
export function mineSuffix(lang: Lang): string {
  return lang === 'en' ? ` (${DICTS.en.mineBadge})` : `（${DICTS.zh.mineBadge}）`;
}

export function withMine(label: string, mine: boolean, lang: Lang): string {
  return mine ? label + mineSuffix(lang) : label;
}
