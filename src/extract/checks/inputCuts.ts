// Findings that say what the text stages cut from a hostile document (text/inputCuts.ts): nothing is
// cut silently, so a figure missing from such a document is explained, never hidden.
import { MAX_DEPTH, MAX_ELEMENTS } from '../text/htmlParse';
import { MAX_ROW_CELLS } from '../text/html';
import { MAX_GRID_CELLS, MAX_GRID_COLUMNS } from '../text/htmlTable';
import type { InputCuts } from '../text/inputCuts';
import { MAX_LINE_CHARS } from '../text/longLines';
import type { Finding } from '../types';
import { finding } from './finding';

const n = (x: number) => x.toLocaleString('en-US');

export function cutFindings(c: InputCuts): Finding[] {
  const out: Finding[] = [];
  if (c.deepTags > 0) {
    out.push(finding('INPUT-NESTING-CUT', {
      zh: `HTML 嵌套超过 ${MAX_DEPTH} 层：更深的 ${n(c.deepTags)} 个标签按不存在处理，其中文字照常读取`,
      en: `HTML nested deeper than ${MAX_DEPTH} levels: ${n(c.deepTags)} deeper tags were read as if absent (their text was kept)`,
    }, []));
  }
  if (c.extraTags > 0) {
    out.push(finding('INPUT-TAGS-CUT', {
      zh: `HTML 元素超过 ${n(MAX_ELEMENTS)} 个：其后的 ${n(c.extraTags)} 个标签按不存在处理，其中文字照常读取`,
      en: `HTML has more than ${n(MAX_ELEMENTS)} elements: ${n(c.extraTags)} later tags were read as if absent (their text was kept)`,
    }, []));
  }
  if (c.spanCells > 0) {
    out.push(finding('INPUT-SPAN-CUT', {
      zh: `${n(c.spanCells)} 个表格单元格的跨列/跨行超出限度（最大 colspan ${n(c.maxColspan)}、rowspan ${n(c.maxRowspan)}），已截到 ${MAX_GRID_COLUMNS} 列、每表 ${n(MAX_GRID_CELLS)} 格以内`,
      en: `${n(c.spanCells)} table cells span beyond the limits (largest colspan ${n(c.maxColspan)}, rowspan ${n(c.maxRowspan)}); spans were cut to ${MAX_GRID_COLUMNS} columns and ${n(MAX_GRID_CELLS)} cells per table`,
    }, []));
  }
  if (c.raggedTables > 0) {
    out.push(finding('INPUT-SPAN-CUT', {
      zh: `${n(c.raggedTables)} 个表格超过 ${n(MAX_GRID_CELLS)} 格，各行未补齐为同一宽度，列可能错位`,
      en: `${n(c.raggedTables)} tables exceed ${n(MAX_GRID_CELLS)} cells; their rows were not padded to one width, so columns may not line up`,
    }, []));
  }
  if (c.wideTables > 0) {
    out.push(finding('INPUT-ROW-CELLS-CUT', {
      zh: `${n(c.wideTables)} 个表格有一行超过 ${MAX_ROW_CELLS} 个单元格（最多 ${n(c.maxRowCells)} 个），按普通文字逐格成行读取`,
      en: `${n(c.wideTables)} tables have a row of more than ${MAX_ROW_CELLS} cells (at most ${n(c.maxRowCells)}); they were read as plain lines, one per cell`,
    }, []));
  }
  if (c.longLines > 0) {
    out.push(finding('INPUT-LINE-CUT', {
      zh: `${n(c.longLines)} 行超过 ${n(MAX_LINE_CHARS)} 个字符（最长 ${n(c.longestLine)} 个），已在标点或空格处分成多行；其后的行号相应后移`,
      en: `${n(c.longLines)} lines exceed ${n(MAX_LINE_CHARS)} characters (the longest ${n(c.longestLine)}); they were broken at punctuation or spaces, so later line numbers are shifted`,
    }, []));
  }
  return out;
}
