// The three standard tables of the 2019 and 2021 formats (docs/formats.md §3.2–3.4, §4.1, §9.1–9.2):
// table 二 (article-20 proactive disclosure), table 三 (requests received and handled, the full grid)
// and table 四 (reconsideration and litigation). Layout knowledge lives in layout.ts; each table has
// its own parser; cells that ran together are cut by the tables' own sums (splits.ts).
import type { Figure, Finding, GridCell, NormalizedDoc } from '../types';
import { parseAppeals } from './appeals';
import { parseProactive } from './proactive';
import { parseRequests } from './requests';

export interface StandardTablesResult {
  figures: Figure[];
  grid: GridCell[];
  findings: Finding[];
  /** which of the three tables were found: 'proactive' (article 20), 'requests', 'appeals' */
  tablesFound: Array<'proactive' | 'requests' | 'appeals'>;
}

export function parseStandardTables(doc: NormalizedDoc, era: '2019' | '2021'): StandardTablesResult {
  const lines = doc.lines;
  const proactive = parseProactive(lines, era);
  const requests = parseRequests(lines, era);
  const appeals = parseAppeals(lines, requests.end);
  const tablesFound: StandardTablesResult['tablesFound'] = [];
  if (proactive.found) tablesFound.push('proactive');
  if (requests.found) tablesFound.push('requests');
  if (appeals.found) tablesFound.push('appeals');
  return {
    figures: [...proactive.figures, ...requests.figures, ...appeals.figures],
    grid: requests.grid,
    findings: [...proactive.findings, ...requests.findings, ...appeals.findings],
    tablesFound,
  };
}
