// TODO(checks helper): every in-report check (identities, sections, placeholders, timeliness ...).
import type { Era, Figure, Finding, GridCell, Level, NormalizedDoc } from '../types';

export interface CheckContext {
  doc: NormalizedDoc;
  era: Era | null;
  formatEra: Era | null;
  level: Level;
  agency: string | null;
  agencyShort: string | null;
  reportYear: number | null;
  publishedOn: string | null;
  figures: Figure[];
  grid: GridCell[];
  /** which tables the table parsers found ('stat2008', 'proactive', 'requests', 'appeals') */
  tablesFound: string[];
}

export function runChecks(_ctx: CheckContext): Finding[] {
  return [];
}
