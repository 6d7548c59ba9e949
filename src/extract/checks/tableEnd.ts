// A copy that stops inside table 三: the grid's rows end before the table's last row (四、结转下年度
// 继续办理), table 四 never comes, and nothing but the table's own cells follows the last row read.
// TRUNCATED is the code of documents that end early (sections.ts reports a text that ends
// mid-sentence without its last section); this rule catches the copies that end on a table row,
// which look complete sentence-wise. When sections.ts already reports the document, this stays silent.
import type { Finding, GridCell, NormalizedDoc } from '../types';
import { finding } from './finding';
import { SIX_SECTIONS, endsMidSentence } from './sections';

/** Text that is only table cells: numbers, blanks, pipes, n/a marks. */
const CELLS_ONLY = /^[\s|\d.,/／—–\-－]*$/;

export function tableEndChecks(doc: NormalizedDoc, grid: readonly GridCell[], tablesFound: readonly string[]): Finding[] {
  if (grid.length === 0 || !tablesFound.includes('requests') || tablesFound.includes('appeals')) return [];
  if (grid.some((g) => g.row === 'carried_forward')) return [];
  const six = SIX_SECTIONS.find((s) => s.name === '六')!;
  if (endsMidSentence(doc) && !six.re.test(doc.text)) return []; // sections.ts reports it already
  let last = grid[0];
  for (const g of grid) if (g.line > last.line) last = g;
  // nothing after the last row read but cells (the rest of its own line included)
  for (let i = last.line; i < doc.lines.length; i++) if (!CELLS_ONLY.test(doc.lines[i])) return [];
  // and its own line ends on a cell (a flattened page holds the whole table on that line)
  if (!/[\d|/／—–\-－]\s*$/.test(doc.lines[last.line - 1])) return [];
  const label = last.rowLabel || last.row;
  return [finding('TRUNCATED', {
    zh: `文本在表三“${label}”行（第${last.line}行）之后结束：表三缺少其后各行（直至“四、结转下年度继续办理”），也没有表四：该文本可能被截断`,
    en: `the text ends after table 三 row "${label}" (line ${last.line}): the rows after it (up to 四、结转下年度继续办理) and table 四 are missing: the copy is probably cut short`,
  }, [])];
}
