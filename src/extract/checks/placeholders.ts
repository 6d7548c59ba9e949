// EV-13: template placeholders where facts should be (xxxx年, xx街道, xx.x%, ××). Detection is the
// text helper's (text/placeholders.ts, shared with the classifier); this file only judges it.
import { findPlaceholders } from '../text/placeholders';
import type { Finding, NormalizedDoc } from '../types';
import { finding } from './finding';

export function placeholderChecks(doc: NormalizedDoc): Finding[] {
  const hits = findPlaceholders(doc);
  if (hits.length === 0) return [];
  const shown = hits.slice(0, 5).map((h) => `${h.text} (line ${h.line})`).join(', ');
  const shownZh = hits.slice(0, 5).map((h) => `${h.text}（第${h.line}行）`).join('，');
  // One stray mark can be a typo; two or more are a template.
  const severity = hits.length >= 2 ? 'error' : 'warning';
  return [finding('EV-13', {
    zh: `以模板占位符代替数字：共${hits.length}处，例如${shownZh}`,
    en: `placeholder text instead of figures: ${hits.length} placeholder(s), e.g. ${shown}`,
  }, [], severity)];
}
