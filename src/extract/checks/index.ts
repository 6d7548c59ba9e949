// Every in-report check, one family per file; codes, severities and descriptions live in src/domain/checks.ts.
// A check never throws on odd input: runChecks guards each family so one bug cannot hide the rest.
import type { Era, Figure, Finding, GridCell, Level, NormalizedDoc } from '../types';
import { agencyNameChecks } from './agencyName';
import { breakdownChecks } from './breakdowns';
import { figureMap, finding } from './finding';
import { identities2008 } from './identities2008';
import { eraChecks, feeDisclosureChecks, timelinessChecks } from './misc';
import { periodChecks } from './period';
import { placeholderChecks } from './placeholders';
import { sectionChecks } from './sections';
import { table2Checks } from './table2';
import { table3Checks } from './table3';
import { table4Checks } from './table4';
import { tableCellChecks } from './tableCells';
import { tableEndChecks } from './tableEnd';

export interface CheckContext {
  doc: NormalizedDoc;
  era: Era | null;
  formatEra: Era | null;
  level: Level;
  agency: string | null;
  agencyShort: string | null;
  /** the agency's province: local deadline rules (timeliness overrides) are per province */
  province?: string | null;
  reportYear: number | null;
  publishedOn: string | null;
  figures: Figure[];
  grid: GridCell[];
  /** which tables the table parsers found ('stat2008', 'proactive', 'requests', 'appeals') */
  tablesFound: string[];
}

export function runChecks(ctx: CheckContext): Finding[] {
  const fm = figureMap(ctx.figures);
  const layoutEra = ctx.formatEra ?? ctx.era;
  const standard = ctx.grid.length > 0
    || ctx.tablesFound.some((t) => t === 'proactive' || t === 'requests' || t === 'appeals')
    || layoutEra === '2019' || layoutEra === '2021';
  const families: Array<() => Finding[]> = [
    () => (standard && !ctx.tablesFound.includes('stat2008') ? [] : identities2008(fm, ctx.reportYear)),
    () => (standard ? table2Checks(fm) : []),
    () => (standard ? table3Checks(ctx.grid, fm) : []),
    () => (standard ? table4Checks(fm) : []),
    () => (standard ? tableCellChecks(fm, ctx.grid) : []),
    () => breakdownChecks(ctx.doc, ctx.figures),
    () => sectionChecks(ctx.doc, layoutEra, ctx.tablesFound),
    () => (standard ? tableEndChecks(ctx.doc, ctx.grid, ctx.tablesFound) : []),
    () => placeholderChecks(ctx.doc),
    () => agencyNameChecks(ctx.doc, ctx.agency, ctx.agencyShort),
    () => periodChecks(ctx.doc, ctx.reportYear, layoutEra),
    () => eraChecks(ctx.formatEra, ctx.reportYear),
    () => timelinessChecks(ctx.level, ctx.reportYear, ctx.publishedOn, ctx.province ?? null),
    () => feeDisclosureChecks(ctx.doc, ctx.era, ctx.reportYear),
  ];
  const out: Finding[] = [];
  for (const run of families) {
    try {
      out.push(...run());
    } catch (err) {
      const why = (err as Error).message;
      out.push(finding('CHECK-FAILED', { zh: `某项检查未能运行：${why}`, en: `a check could not run: ${why}` }, [], 'info'));
    }
  }
  return out;
}
