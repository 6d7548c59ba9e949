// A review unit's publication status in words: not published, published late (or in the grace
// period), published.
import type { I18n } from '../i18n';
import type { ReviewRow } from './reviewModel';

export function statusText(r: Pick<ReviewRow, 'status' | 'timeliness'>, i: I18n): string {
  if (r.status === 'missing') return i.t('review.missing');
  if (r.timeliness === 'late' || r.timeliness === 'warn_window') return i.value('timeliness', r.timeliness);
  return i.t('review.reported');
}
