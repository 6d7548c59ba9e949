// The checks that depend on who published a report and for which year (agency name in the text,
// period and year, format era for the year, timeliness against the deadline, fee disclosure), run
// again when the user corrects the identity in the import preview: without this the findings kept
// the identity the extractor guessed. The figure checks do not depend on the identity and stay.
import { detectEra } from '../era';
import type { Extraction, Finding } from '../types';
import { agencyNameChecks } from './agencyName';
import { eraChecks, feeDisclosureChecks, timelinessChecks } from './misc';
import { periodChecks } from './period';

export type Identity = Pick<Extraction, 'agency' | 'agency_short' | 'level' | 'province' | 'report_year'>;

/** The identity-dependent families; those that read the text only when the extraction still has it
 * (the import worker drops the normalised text before posting its answer: only timeliness then). */
function identityChecks(x: Extraction, id: Identity): Finding[] {
  const families = [() => timelinessChecks(id.level, id.report_year, x.published_on, id.province ?? null)];
  if (x.doc?.lines?.length) {
    const { formatEra } = detectEra(x.doc, x.report_year);
    const layoutEra = formatEra ?? x.era;
    families.push(
      () => agencyNameChecks(x.doc, id.agency, id.agency_short),
      () => periodChecks(x.doc, id.report_year, layoutEra),
      () => eraChecks(formatEra, id.report_year),
      () => feeDisclosureChecks(x.doc, x.era, id.report_year),
    );
  }
  // as in runChecks: one family failing on odd input never hides the others
  return families.flatMap((run) => { try { return run(); } catch { return []; } });
}

const sameFinding = (a: Finding, b: Finding) => a.code === b.code && a.message === b.message;

/** `x`'s findings with the identity-dependent ones re-run for `fixed`: those its own identity produced
 * are taken out (one for one) and those of the corrected identity put in. */
export function recheckIdentity(x: Extraction, fixed: Identity): Finding[] {
  if (x.kind !== 'annual_report') return x.findings;
  const before = identityChecks(x, x);
  const rest = [...x.findings];
  for (const f of before) {
    const k = rest.findIndex((g) => sameFinding(f, g));
    if (k >= 0) rest.splice(k, 1);
  }
  return [...rest, ...identityChecks(x, fixed)];
}
