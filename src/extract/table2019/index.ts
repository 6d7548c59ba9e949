// TODO(2019/2021 helper): the three standard tables, incl. cells that ran together.
import type { Figure, Finding, GridCell, NormalizedDoc } from '../types';

export interface StandardTablesResult {
  figures: Figure[];
  grid: GridCell[];
  findings: Finding[];
  /** which of the three tables were found: 'proactive' (article 20), 'requests', 'appeals' */
  tablesFound: Array<'proactive' | 'requests' | 'appeals'>;
}

export function parseStandardTables(_doc: NormalizedDoc, _era: '2019' | '2021'): StandardTablesResult {
  return { figures: [], grid: [], findings: [], tablesFound: [] };
}
