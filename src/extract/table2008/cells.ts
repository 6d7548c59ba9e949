// What follows a row label up to the next label: a qualifier in brackets (glued to the unit line in
// the national table), the unit, an optional row code (Gansu model), then the value(s). Values are
// read only up to the first thing that is not a value, so trailing prose or a footer never becomes
// a cell. A lone run of digits in a two-column table is returned whole: the caller splits it.

const SEP = /^[\s|｜]+/;
const QUALIFIER = /^[(（][^()（）]{0,80}[)）]/;
const UNIT = /^(?:人次|万元|条|件|个|人|次|篇|元|项|份|宗|名|处|——+|—)/;
const VALUE = /^(?:\d[\d,]*(?:\.\d+)?(?:万元|元)?|——|—+|-+|\/|／|不适用)/;

export interface CellText {
  /** the unit printed in the cell, if any (元 / 万元 matter for money rows) */
  unit: string | null;
  /** value tokens in order, e.g. ['425', '1516'] or ['212210037'] */
  tokens: string[];
  /** offset (within the given text) of the first value token, or -1 */
  at: number;
  /** the row has a unit but nothing after it: an empty cell */
  blank: boolean;
  /** the last value runs straight into the next label (no space, no line break): the page lost its
   * cell separators here, so even in a table whose other rows are separated, a lone run of digits
   * is the two columns run together rather than one value and an empty cell */
  glued: boolean;
}

export interface CellOptions {
  /** the table has a row-code column (代码) before the values */
  codeColumn: boolean;
}

export function readCell(text: string, opts: CellOptions): CellText {
  let i = 0;
  let unit: string | null = null;
  const skip = (re: RegExp): string | null => {
    const m = re.exec(text.slice(i, i + 100));
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  skip(SEP);
  for (let k = 0; k < 3 && skip(QUALIFIER) !== null; k++) skip(SEP);
  const u = skip(UNIT);
  if (u) unit = u;
  skip(SEP);
  if (unit === '——' || unit === '—') {
    // a group row (unit ——): no value of its own
    return { unit, tokens: [], at: -1, blank: false, glued: false };
  }
  if (opts.codeColumn) {
    const code = /^\d{2}(?=[\s|｜]|\d)/.exec(text.slice(i, i + 3));
    if (code) {
      i += 2;
      skip(SEP);
    }
  }
  const tokens: string[] = [];
  let at = -1;
  let glued = false;
  for (let k = 0; k < 4; k++) {
    const m = VALUE.exec(text.slice(i, i + 40));
    if (!m) break;
    if (at < 0) at = i;
    tokens.push(m[0]);
    i += m[0].length;
    if (!skip(SEP)) {
      glued = i === text.length;
      break;
    }
  }
  const blank = tokens.length === 0 && unit !== null && text.slice(i).trim() === '';
  return { unit, tokens, at, blank, glued };
}
