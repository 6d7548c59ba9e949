// What the text stages cut from a hostile document to stay linear in time and bounded in memory
// (issue 13). Each stage adds to one tally; extractReport turns a non-empty tally into findings
// (checks/inputCuts.ts) so a reader sees what was not read as written.
export interface InputCuts {
  /** start tags beyond the HTML nesting cap (htmlParse.ts MAX_DEPTH), read as if absent */
  deepTags: number;
  /** start tags beyond the element cap (htmlParse.ts MAX_ELEMENTS), read as if absent */
  extraTags: number;
  /** table cells whose colspan/rowspan was cut (beyond HTML's limits or a sane grid) */
  spanCells: number;
  /** the largest colspan and rowspan asked for */
  maxColspan: number;
  maxRowspan: number;
  /** tables too large to pad to a rectangle (rows keep their own length) */
  raggedTables: number;
  /** tables with a row of more cells than MAX_ROW_CELLS, read as plain lines */
  wideTables: number;
  /** the most cells in one row */
  maxRowCells: number;
  /** lines longer than MAX_LINE_CHARS, and the longest */
  longLines: number;
  longestLine: number;
}

export function noCuts(): InputCuts {
  return { deepTags: 0, extraTags: 0, spanCells: 0, maxColspan: 0, maxRowspan: 0, raggedTables: 0, wideTables: 0, maxRowCells: 0, longLines: 0, longestLine: 0 };
}
