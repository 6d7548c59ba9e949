// Figures stated in prose, any era (docs/formats.md §2.5, §8.2). Three sources, in order of trust:
// headings that repeat the statistical table's row labels (2008-era mirror reports), staff
// sentences, and label-anchored phrases (phrases.ts). One figure per metric: the first found.
// Stock figures (累计…, 截至目前…) are not this year's and are left out; phone numbers, postcodes and
// dates never match because every phrase needs a label before and a unit after the number.
import { metricDef } from '../../domain/metrics';
import { parseNumber, roundMoney } from '../text/numbers';
import type { Era, Figure, MetricKey, NormalizedDoc } from '../types';
import { headingFigures } from './headings';
import { PHRASES } from './phrases';
import { staffFigures } from './staff';
import { clauseAround, headingAbove, lineOf, sentenceAround } from './text';

const STOCK = /累计|截至|截止|至今|到目前|历年/;
const EXCERPT_MAX = 40;

export function parseProseFigures(doc: NormalizedDoc, era: Era | null): Figure[] {
  const old = era === '2008' || era === null;
  const chosen = new Map<MetricKey, Figure>();
  const keep = (f: Figure) => {
    if (!chosen.has(f.key) && (old || metricDef(f.key)?.prose)) chosen.set(f.key, f);
  };
  if (old) headingFigures(doc).forEach(keep);
  staffFigures(doc).forEach(keep);
  phraseFigures(doc, old)
    .sort((x, y) => x.tier - y.tier || x.at - y.at)
    .forEach((c) => keep(c.figure));
  return [...chosen.values()];
}

interface Candidate {
  tier: number;
  at: number;
  figure: Figure;
}

function phraseFigures(doc: NormalizedDoc, old: boolean): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  for (const phrase of PHRASES) {
    if (phrase.only2008 && !old) continue;
    if (phrase.gate && !phrase.gate.test(text)) continue;
    const re = phrase.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const clause = clauseAround(text, m.index, m[0].length);
      if (phrase.unless && phrase.unless.test(clause.all)) continue;
      if (m[0].includes('\n')) continue; // a phrase is one line (phrases.ts); never a heading and its paragraph
      // the sentence names its subject, or the heading of its section does (四、…收费… ⏎ 未收取任何费用。)
      if (phrase.needs && !phrase.needs.test(sentenceAround(text, m.index, m[0].length))) {
        const heading = headingAbove(doc, m.index);
        if (!phrase.needs.test(heading) && !phrase.headingNeeds?.test(heading)) continue;
      }
      let value = 0;
      let approx = false;
      if (phrase.kind === 'number') {
        if (phrase.flowOnly && STOCK.test(clause.before + m[0])) continue;
        const n = parseNumber((m.groups?.n ?? '').replace(/\s+/g, ''));
        if (!n) continue;
        value = phrase.money && m.groups?.unit === '万元' ? roundMoney(n.value * 1e4) : n.value;
        approx = n.approx;
      }
      // the tail of a long match, which holds the number; no ellipsis, so the excerpt reads verbatim on its line
      const excerpt = m[0].length > EXCERPT_MAX ? m[0].slice(-EXCERPT_MAX) : m[0];
      for (const key of phrase.keys) {
        out.push({
          tier: phrase.tier ?? 0,
          at: m.index,
          figure: { state: 'number', value, approx, key, source: { kind: 'text', line: lineOf(doc, m.index), excerpt } },
        });
      }
    }
  }
  return out;
}
