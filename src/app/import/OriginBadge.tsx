// The mark for a report the user added (origin 'user'), for any view that lists reports.
import { useI18n } from '../i18n';
import { DICTS } from './i18n';

export function OriginBadge({ origin }: { origin: unknown }) {
  const { lang } = useI18n();
  if (origin !== 'user') return null;
  return (
    <span className="badge-user" data-testid="origin-user" title={lang === 'en' ? 'added by you in this browser' : '您在本浏览器中添加的报告'}
      style={{ fontSize: '0.75em', padding: '0 0.4em', borderRadius: 4, background: '#e6f0ff', color: '#1d4f91', marginInlineStart: '0.3em' }}>
      {DICTS[lang].mineBadge}
    </span>
  );
}
