// A rubric rule in words: its title and what it is based on (finding codes, a scorecard facet, or the
// unit's publication status), in the interface language.
import { ruleCodes, type RubricRule } from '../../domain/rubric';
import type { I18n, WordKey } from '../i18n';

export function ruleTitle(r: RubricRule, i: I18n): string {
  return i.lang === 'en' ? r.en : r.zh;
}

export function ruleBasis(r: RubricRule, i: I18n): string {
  const b = r.basis;
  if (b.kind === 'status') return i.t('review.statusBasis');
  if (b.kind === 'facet') {
    const facet = (['sections', 'balance', 'prose', 'copied'] as string[]).includes(b.facet) ? i.t(b.facet as WordKey) : b.facet;
    return `${i.t('review.facetBasis', { facet, severity: b.severities.map((s) => i.t(s)).join('/') })}: ${ruleCodes(r).join(', ')}`;
  }
  return `${ruleCodes(r).join(', ')}${b.severities ? ` (${b.severities.map((s) => i.t(s)).join('/')})` : ''}`;
}
