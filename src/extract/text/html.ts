// HTML → plain text for the parsers: what a reader sees, one block per line, page chrome dropped.
// Data tables become one line per row with cells joined by ` | ` on a rectangular grid (see
// htmlTable.ts); tables used for page layout (a cell holding paragraphs or another table) are read
// as ordinary blocks instead, or a whole article would end up on one line.
import { parseHtml, type HElement, type HNode } from './htmlParse';
import { layoutGrid, tableParts } from './htmlTable';

/** Decides from the first 5,000 characters; needs document structure or several block tags, so a
 * markdown file with a stray `<br>` stays markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000);
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(head)) return true;
  const blocks = head.match(/<\/?(?:p|div|table|tr|td|th|li|ul|ol|h[1-6]|tbody|section|article)(?:\s[^<>]*)?>/gi);
  return (blocks?.length ?? 0) >= 3;
}

export function htmlToText(html: string): string {
  const out = new Lines();
  renderChildren(parseHtml(html), out, { pre: false, inArticle: false });
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
}

class Lines {
  lines: string[] = [];
  private cur = '';
  text(s: string): void {
    this.cur += s;
  }
  /** Ends the current line even if it is empty (`<br><br>` is a blank line). */
  newline(): void {
    // \s includes no-break and ideographic spaces: `&nbsp;` alone is an empty cell, not a value
    this.lines.push(this.cur.replace(/^\s+|\s+$/g, ''));
    this.cur = '';
  }
  /** Ends the current line if it has content. */
  block(): void {
    if (/\S/.test(this.cur)) this.newline();
    else this.cur = '';
  }
  push(line: string): void {
    this.block();
    this.lines.push(line);
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

/** Paragraph-sized cells or nested tables mean the table lays out the page rather than holding data. */
function isLayoutTable(cells: string[][], rows: HElement[][]): boolean {
  for (const row of rows) for (const cell of row) if (containsTable(cell)) return true;
  for (const lines of cells) {
    const total = lines.reduce((n, l) => n + l.length, 0);
    if (total > 500 || (lines.length > 2 && total > 200)) return true;
  }
  return false;
}

function containsTable(el: HElement): boolean {
  for (const c of el.children) if (typeof c !== 'string' && (c.tag === 'table' || containsTable(c))) return true;
  return false;
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
  const lines = rows.map((row) => row.map((cell) => cellLines(cell, ctx)));
  if (isLayoutTable(lines.flat(), rows)) {
    for (const row of lines) for (const cell of row) for (const l of cell) out.push(l);
    out.block();
    return;
  }
  const texts = lines.map((row) => row.map((cell) => cell.join(' ')));
  for (const row of layoutGrid(rows, texts)) {
    out.push(row.every((c) => c === '') ? '' : row.join(' | '));
  }
  out.block();
}
