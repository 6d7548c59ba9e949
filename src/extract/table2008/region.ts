// Where the statistical table is: after a title such as 政府信息公开情况统计表 / 统计报表, up to the
// signature footer. Reports also name the table in their introduction (…和政府信息公开情况统计表共六个
// 部分组成), so the last title that is followed by real rows is taken. The Fujian/Fuzhou 附表 of the
// 2008 era often has no 统计表 title at all: 附表 and its first column heading 指标名称 (printed with
// spaces, 指 标 名 称) open it, and being later in the text than a mention of 统计表 in the
// introduction, they start the region at the table rather than at the mention.
import { readCell } from './cells';
import { findLabels, type LabelHit } from './labels';

const TITLE = /统计(?:报)?表|附\s?表|指\s*标\s*名\s*称/g;
/** cheap test that a document may hold a table at all (the parser's gate) */
export const TABLE_GATE = /统计(?:报)?表|附\s?表|指\s*标\s*名\s*称/;
const FOOTER = /单位负责人|填报人[:：]|附件下载/;
const MIN_ROWS = 3;

export interface TableRegion {
  /** offset of the title in the document */
  start: number;
  end: number;
  /** the text between the title and the first row: the column headings */
  header: string;
  /** labels found, offsets in the document */
  hits: LabelHit[];
}

export function findStatRegion(text: string): TableRegion | null {
  const titles: number[] = [];
  const re = new RegExp(TITLE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) titles.push(m.index);
  for (let k = titles.length - 1; k >= 0; k--) {
    const start = titles[k];
    const footer = FOOTER.exec(text.slice(start + 4));
    const end = footer ? start + 4 + footer.index : text.length;
    const body = text.slice(start, end);
    const all = findLabels(body);
    // Rows must carry values: headings that repeat the row labels in prose are not a table.
    let valued = 0;
    for (let i = 0; i < all.length && valued < MIN_ROWS; i++) {
      if (all[i].row.group) continue;
      const cell = readCell(body.slice(all[i].end, i + 1 < all.length ? all[i + 1].start : body.length), { codeColumn: false });
      if (cell.tokens.length > 0) valued++;
    }
    if (valued < MIN_ROWS) continue;
    return {
      start,
      end,
      header: body.slice(0, all[0].start),
      hits: all.map((h) => ({ row: h.row, start: h.start + start, end: h.end + start, core: h.core })), // LabelHit's fields, in order
    };
  }
  return null;
}

const REGIONS = new WeakMap<object, TableRegion | null>();

/** findStatRegion once per document (the table parser and the prose parser both ask). */
export function statRegionOf(doc: { text: string }): TableRegion | null {
  if (!REGIONS.has(doc)) REGIONS.set(doc, TABLE_GATE.test(doc.text) ? findStatRegion(doc.text) : null);
  return REGIONS.get(doc) ?? null;
}
