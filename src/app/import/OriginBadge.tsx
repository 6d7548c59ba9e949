// The mark for a report the user added (origin 'user'), for any view that lists reports.
import { useI18n } from '../i18n';

export function OriginBadge({ origin }: { origin: unknown }) {
  const { t } = useI18n();
  if (origin !== 'user') return null;
  return (
    <span className="badge-user" data-testid="origin-user" title={t('import.mineTitle')}>
      {t('import.mineBadge')}
    </span>
  );
}
