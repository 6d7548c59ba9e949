// One way to say a thing in two languages. Chinese is the interface's first language and always
// present; English is the second. Catalogues (metrics, checks, problems, words of the UI) hold `Text`
// values; the app picks one with `inLanguage`. Dataset columns keep their pairs (`message` /
// `message_en`, `reason` / `reason_en`): `textOf` reads such a pair as one Text.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Text {
  zh: string;
  /** absent only for texts saved before they were bilingual: the Chinese is shown then */
  en?: string | null;
}

/** The text in a language; English falls back to the Chinese when there is no English. */
export function inLanguage(text: Text | null | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.zh;
}

/** A column pair (`reason`/`reason_en`, `message`/`message_en`) as one Text; null when there is no Chinese. */
export function textOf(zh: unknown, en: unknown): Text | null {
  if (zh == null || zh === '') return null;
  return { zh: String(zh), en: en == null || en === '' ? null : String(en) };
}

/** `{name}` placeholders filled from params (numbers as written, never localised here). */
export function fillParams(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
