// HTML → plain text for the parsers: what a reader sees, one block per line, page chrome dropped.
// Data tables become one line per row with cells joined by ` | ` on a rectangular grid (see
// htmlTable.ts); tables used for page layout (a cell holding paragraphs or another table) are read
// as ordinary blocks instead, or a whole article would end up on one line.
// Linear in the page: nesting is capped by the parser, a layout table is rendered straight into the
// output (never copied once per enclosing table), and a row of more than MAX_ROW_CELLS cells makes
// the table plain lines; what was cut is counted in the optional `cuts`.
import type { InputCuts } from './inputCuts';
import { parseHtml, type HElement, type HNode } from './htmlParse';
import { layoutGrid, tableParts } from './htmlTable';

/** A row with more cells than this is not a data table (100,000 unclosed `<td>`s are one row). */
export const MAX_ROW_CELLS = 200;

/** Decides from the first 5,000 characters; needs document structure or several block tags, so a
 * markdown file with a stray `<br>` stays markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000);
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(head)) return true;
  const blocks = head.match(/<\/?(?:p|div|table|tr|td|th|li|ul|ol|h[1-6]|tbody|section|article)(?:\s[^<>]*)?>/gi);
  return (blocks?.length ?? 0) >= 3;
}

export function htmlToText(html: string, cuts?: InputCuts): string {
  const out = new Lines();
  renderChildren(parseHtml(html, cuts), out, { pre: false, inArticle: false, cuts });
  out.block();
  // Runs of empty lines come from nested empty blocks; one is enough to separate paragraphs.
  return out.lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}

/** Elements whose content is never page text a reader would call the report. */
const DROP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'audio', 'video', 'select', 'datalist', 'nav', 'footer', 'map', 'frameset', 'title',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'ul', 'tr',
  'tbody', 'thead', 'tfoot', 'textarea',
]);

interface Ctx {
  pre: boolean;
  inArticle: boolean;
  cuts?: InputCuts;
}

class Lines {
  lines: string[] = [];
  /** while > 0, empty lines are not kept (a layout table's cells, as cellLines would give them) */
  dropEmpty = 0;
  private cur = '';
  text(s: string): void {
    this.cur += s;
  }
  /** Ends the current line even if it is empty (`<br><br>` is a blank line). */
  newline(): void {
    // trim() strips what \s matches, no-break and ideographic spaces included: `&nbsp;` alone is an
    // empty cell, not a value (and unlike /\s+$/ it stays linear on a long run of spaces)
    const line = this.cur.trim();
    if (line !== '' || this.dropEmpty === 0) this.lines.push(line);
    this.cur = '';
  }
  /** Ends the current line if it has content. */
  block(): void {
    if (/\S/.test(this.cur)) this.newline();
    else this.cur = '';
  }
  push(line: string): void {
    this.block();
    if (line !== '' || this.dropEmpty === 0) this.lines.push(line);
  }
}

function isHidden(el: HElement): boolean {
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  if (a.role === 'navigation' || a.role === 'contentinfo') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function renderChildren(el: HElement, out: Lines, ctx: Ctx): void {
  for (const child of el.children) renderNode(child, out, ctx);
}

function renderNode(node: HNode, out: Lines, ctx: Ctx): void {
  if (typeof node === 'string') {
    if (ctx.pre) {
      const parts = node.split(/\r\n?|\n/);
      parts.forEach((p, i) => {
        if (i > 0) out.newline();
        out.text(p);
      });
    } else {
      out.text(node.replace(/[ \t\n\r\f]+/g, ' '));
    }
    return;
  }
  const tag = node.tag;
  if (DROP.has(tag) || isHidden(node)) return;
  // A page header (logo, site name, search box) — but an article's own header holds its title.
  if (tag === 'header' && !ctx.inArticle) return;
  if (tag === 'br') return out.newline();
  if (tag === 'table') return renderTable(node, out, ctx);
  if (tag === 'td' || tag === 'th') {
    // a cell outside any table (broken markup): keep its text apart from its neighbours
    out.text(' ');
    renderChildren(node, out, ctx);
    out.text(' ');
    return;
  }
  const inner: Ctx =
    tag === 'pre' || tag === 'textarea' || tag === 'article' || tag === 'main'
      ? { pre: ctx.pre || tag === 'pre' || tag === 'textarea', inArticle: ctx.inArticle || tag === 'article' || tag === 'main' }
      : ctx;
  if (BLOCK.has(tag)) {
    out.block();
    renderChildren(node, out, inner);
    out.block();
  } else {
    renderChildren(node, out, inner);
  }
}

/** A cell's content as lines of text (nested tables included). */
function cellLines(cell: HElement, ctx: Ctx): string[] {
  const out = new Lines();
  renderChildren(cell, out, { ...ctx, pre: false });
  out.block();
  return out.lines.filter((l) => l !== '');
}

/** Paragraph-sized cells mean the table lays out the page rather than holding data. */
function hasParagraphCells(cells: string[][]): boolean {
  for (const lines of cells) {
    const total = lines.reduce((n, l) => n + l.length, 0);
    if (total > 500 || (lines.length > 2 && total > 200)) return true;
  }
  return false;
}

/** Each cell's lines, in order, straight into `out`. */
function renderAsLines(rows: HElement[][], out: Lines, ctx: Ctx): void {
  out.block();
  out.dropEmpty++;
  for (const row of rows) {
    for (const cell of row) {
      renderChildren(cell, out, { ...ctx, pre: false });
      out.block();
    }
  }
  out.dropEmpty--;
}

function renderTable(table: HElement, out: Lines, ctx: Ctx): void {
  const { captions, rows, strays } = tableParts(table);
  out.block();
  for (const s of strays) renderNode(s, out, ctx);
  out.block();
  for (const c of captions) {
    renderChildren(c, out, ctx);
    out.block();
  }
  // A table inside a cell: the page's layout (rendered once, in place: copying the cells' lines up
  // through every enclosing table would be quadratic in the nesting).
  if (rows.some((row) => row.some((cell) => cell.hasTable))) return renderAsLines(rows, out, ctx);
  const widest = rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (widest > MAX_ROW_CELLS) {
    if (ctx.cuts) {
      ctx.cuts.wideTables++;
      ctx.cuts.maxRowCells = Math.max(ctx.cuts.maxRowCells, widest);
    }
    return renderAsLines(rows, out, ctx);
  }
  const lines = rows.map((row) => row.map((cell) => cellLines(cell, ctx)));
  if (hasParagraphCells(lines.flat())) {
    for (const row of lines) for (const cell of row) for (const l of cell) out.push(l);
    out.block();
    return;
  }
  const texts = lines.map((row) => row.map((cell) => cell.join(' ')));
  for (const row of layoutGrid(rows, texts, ctx.cuts)) {
    out.push(row.every((c) => c === '') ? '' : row.join(' | '));
  }
  out.block();
}
