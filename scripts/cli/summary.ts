// The human-readable summary of `npm run extract` (without --json): one block per document.
import { metricDef } from '../../src/domain/metrics';
import type { Extraction, Finding, MetricJson } from '../../src/extract';

export function formatSummary(x: Extraction): string {
  if (x.kind === 'not_a_report') return `${x.file}: not a report: ${oneLine(x.reason ?? 'no reason given')}\n`;
  const out: string[] = [];
  out.push(`${x.file}`);
  const agency = x.agency ?? '(agency not found)';
  const short = x.agency_short && x.agency_short !== x.agency ? ` [${x.agency_short}]` : '';
  const where = [x.parent, x.province].filter(Boolean).join(', ');
  out.push(`  agency:    ${agency}${short}${where ? ` (${where})` : ''}${x.division_code ? ` code ${x.division_code}` : ''}`);
  out.push(`  level:     ${x.level}${x.scope ? `, scope ${x.scope}` : ''}`);
  out.push(`  year:      ${x.report_year ?? '?'}   era: ${x.era ?? '?'}   published: ${x.published_on ?? 'not shown'}`);
  out.push(`  figures:   ${x.metrics.length}   findings: ${countBySeverity(x.findings)}`);
  for (const m of x.metrics) out.push(`    ${formatFigure(m)}`);
  // The Chinese message: the inspectors who read this are Chinese (message_en is in --json).
  for (const f of x.findings) out.push(`  ${f.severity.padEnd(7)} ${f.code}: ${oneLine(f.message)}`);
  return out.join('\n') + '\n';
}

export function formatFigure(m: MetricJson): string {
  const value = m.state === 'number' ? `${m.approx ? '~' : ''}${m.value}` : m.state === 'blank' ? '(blank)' : '(n/a)';
  const unit = m.state === 'number' && metricDef(m.key)?.unit === 'yuan' ? ' yuan' : '';
  return `${m.key} = ${value}${unit} (${m.source.kind} line ${m.source.line}: ${oneLine(m.source.excerpt)})`;
}

function countBySeverity(findings: Finding[]): string {
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  return `${n('error')} error, ${n('warning')} warning, ${n('info')} info`;
}

/** `中文 (English)` for a stderr note; the Chinese alone when there is no English. */
export function bothLanguages(zh: string, en: string | null | undefined): string {
  return en && en !== zh ? `${zh} (${en})` : zh;
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
