// A finding as the reader sees it: the checks registry's title in the interface language (the
// registry is the one place titles live, `-UNVERIFIED` twins included), the detailed message
// below it, in the interface language: `message` is Chinese, `message_en` English (absent from
// findings stored before messages were bilingual, which then show `message`). Codes the registry
// does not know show their message alone.
import { checkDef } from '../domain/checks';
import { inLanguage, textOf } from '../domain/text';
import type { Lang } from './state/urlState';

export function findingTitle(code: string, lang: Lang): string | null {
  const d = checkDef(code);
  return d ? (lang === 'en' ? d.en : d.zh) : null;
}

/** `code — title` for a code menu. */
export function codeLabel(code: string, lang: Lang): string {
  const title = findingTitle(code, lang);
  return title ? `${code} — ${title}` : code;
}

export function FindingText({ code, message, messageEn, lang }: {
  code: string; message: unknown; messageEn?: unknown; lang: Lang;
}) {
  const title = findingTitle(code, lang);
  const detail = inLanguage(textOf(message, messageEn), lang);
  if (!title) return <span className="finding-title">{detail}</span>;
  return (
    <>
      <span className="finding-title" data-testid="finding-title">{title}</span>
      {detail && detail !== title && <small className="finding-message">{detail}</small>}
    </>
  );
}
