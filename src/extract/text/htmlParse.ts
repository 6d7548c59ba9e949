// A small, forgiving HTML tree builder (no DOM: the extractor runs in a Web Worker). It follows the
// browser rules that matter for getting text and tables right — void elements, raw-text elements,
// implied end tags for p/li/td/tr, tables as scope boundaries for stray end tags — and otherwise
// never fails: unknown or unbalanced markup just nests where it falls. Linear in the input: nesting
// is capped at MAX_DEPTH open elements (deeper start tags are read as if absent, their text kept,
// and counted in `cuts`), and an implied end tag is looked for only when such an element is open.
import { decodeEntities } from './htmlEntities';
import type { InputCuts } from './inputCuts';

export interface HElement {
  tag: string;
  attrs: Record<string, string>;
  children: HNode[];
  /** a table is somewhere inside (set while parsing, so the renderer need not search subtrees) */
  hasTable?: boolean;
}

/** Open elements at most. Real pages nest a few dozen levels; the renderer recurses once per level. */
export const MAX_DEPTH = 256;
/** Elements per document at most (a long report page has a few thousand): bounds the tree's memory. */
export const MAX_ELEMENTS = 200_000;
export type HNode = HElement | string;

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen',
]);
/** Elements whose content is not markup; the ones we keep as text are title and textarea. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes']);
const KEEP_RAW_TEXT = new Set(['title', 'textarea']);
/** Starting one of these closes an open <p> (HTML's "closes a p element" list, abridged). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt',
]);
// Boundaries an implied or stray end tag does not search past (HTML's "scopes", abridged).
const SCOPE = ['table', 'td', 'th', 'caption', 'button', 'html'];
const P_SCOPE = new Set(SCOPE);
const LI_SCOPE = new Set(['ul', 'ol', 'menu', ...SCOPE]);
const DL_SCOPE = new Set(['dl', ...SCOPE]);
const ROW_SCOPE = new Set(['tr', 'table']);
const SECTION_SCOPE = new Set(['tbody', 'thead', 'tfoot', 'table']);
const TABLE_SCOPE = new Set(['table']);
const SELECT_SCOPE = new Set(['select']);
const NO_SCOPE = new Set<string>();
/** For a stray end tag: the scope minus the tag itself (so `</td>`-like tags can close themselves). */
const END_SCOPE = new Map(SCOPE.map((t) => [t, new Set(SCOPE.filter((b) => b !== t))]));

const TAG_NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;
const END_TAG = /<\/([A-Za-z][A-Za-z0-9:_-]*)[^>]*>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function parseHtml(html: string, cuts?: InputCuts): HElement {
  const root: HElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HElement[] = [root];
  /** how many elements of each tag are open: a search for one that is not open ends at once */
  const openCount = new Map<string, number>();
  let lower: string | null = null;
  const top = () => stack[stack.length - 1];
  const push = (el: HElement) => {
    stack.push(el);
    openCount.set(el.tag, (openCount.get(el.tag) ?? 0) + 1);
  };
  const popTo = (length: number) => {
    for (let k = stack.length - 1; k >= length; k--) openCount.set(stack[k].tag, openCount.get(stack[k].tag)! - 1);
    stack.length = length;
  };
  const isOpen = (tag: string | null) => tag !== null && (openCount.get(tag) ?? 0) > 0;
  let elements = 0;
  const addText = (raw: string) => {
    if (raw) top().children.push(decodeEntities(raw));
  };

  /** Pops up to and including the nearest open `a` (or `b`) element, unless a boundary comes first. */
  const closeUpTo = (a: string, b: string | null, boundary: Set<string>): boolean => {
    if (!isOpen(a) && !isOpen(b)) return false;
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i].tag;
      if (tag === a || tag === b) {
        popTo(i);
        return true;
      }
      if (boundary.has(tag)) return false;
    }
    return false;
  };

  /** true when the element was opened (it is now the top of the stack) */
  const open = (tag: string, attrs: Record<string, string>, selfClosing: boolean): boolean => {
    const leaf = VOID.has(tag) || selfClosing;
    if (!leaf && stack.length > MAX_DEPTH) {
      if (cuts) cuts.deepTags++;
      return false;
    }
    if (++elements > MAX_ELEMENTS) {
      if (cuts) cuts.extraTags++;
      return false;
    }
    if (CLOSES_P.has(tag)) closeUpTo('p', null, P_SCOPE);
    if (tag === 'li') closeUpTo('li', null, LI_SCOPE);
    else if (tag === 'dt' || tag === 'dd') closeUpTo('dt', 'dd', DL_SCOPE);
    else if (tag === 'td' || tag === 'th') closeUpTo('td', 'th', ROW_SCOPE);
    else if (tag === 'tr') closeUpTo('tr', null, SECTION_SCOPE);
    else if (tag === 'tbody' || tag === 'thead' || tag === 'tfoot') {
      if (!closeUpTo('tbody', 'thead', TABLE_SCOPE)) closeUpTo('tfoot', null, TABLE_SCOPE);
    } else if (tag === 'option') closeUpTo('option', null, SELECT_SCOPE);
    const el: HElement = { tag, attrs, children: [] };
    top().children.push(el);
    if (tag === 'table') {
      // every open ancestor now holds a table; those already marked had their own ancestors marked
      for (let k = stack.length - 1; k > 0 && !stack[k].hasTable; k--) stack[k].hasTable = true;
    }
    if (leaf) return false;
    push(el);
    return true;
  };

  const close = (tag: string) => {
    if (tag === 'br') return void open('br', {}, true); // `</br>` is read as <br> by browsers
    if (tag === 'body' || tag === 'html') return; // content after </body> is still page text
    if (tag === 'table') return void closeUpTo('table', null, NO_SCOPE);
    if (tag === 'td' || tag === 'th' || tag === 'tr' || tag === 'tbody' || tag === 'thead' || tag === 'tfoot' || tag === 'caption') {
      return void closeUpTo(tag, null, TABLE_SCOPE);
    }
    // Other stray end tags do not reach out of a table cell (the cell is a scope boundary).
    closeUpTo(tag, null, END_SCOPE.get(tag) ?? P_SCOPE);
  };

  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      addText(html.slice(i));
      break;
    }
    if (lt > i) addText(html.slice(i, lt));
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      // doctype, CDATA, processing instructions: no text worth keeping
      const end = html.indexOf('>', lt);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (next === '/') {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(html);
      if (m) {
        close(m[1].toLowerCase());
        i = END_TAG.lastIndex;
      } else {
        const end = html.indexOf('>', lt);
        i = end === -1 ? n : end + 1; // `</ >` and the like are dropped, as browsers do
      }
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      addText('<'); // a lone `<` in text (`a < b`)
      i = lt + 1;
      continue;
    }
    const tag = nameMatch[0].toLowerCase();
    const end = findTagEnd(html, TAG_NAME.lastIndex);
    const attrText = html.slice(TAG_NAME.lastIndex, end);
    const selfClosing = attrText.endsWith('/');
    const opened = open(tag, parseAttrs(attrText), selfClosing);
    i = end + 1;
    if (RAW_TEXT.has(tag) && !selfClosing) {
      lower ??= html.toLowerCase();
      const closeAt = lower.indexOf('</' + tag, i);
      const stop = closeAt === -1 ? n : closeAt;
      if (KEEP_RAW_TEXT.has(tag)) addText(html.slice(i, stop));
      if (opened) popTo(stack.length - 1);
      const gt = closeAt === -1 ? -1 : html.indexOf('>', closeAt);
      i = gt === -1 ? n : gt + 1;
    }
  }
  return root;
}

/** Index of the `>` that ends a start tag, honouring quoted attribute values; n if unterminated. */
function findTagEnd(html: string, from: number): number {
  const n = html.length;
  for (let j = from; j < n; j++) {
    const c = html.charCodeAt(j);
    if (c === 0x3e) return j; // >
    if (c === 0x22 || c === 0x27) {
      // only a quote that opens an attribute value (`a="…"`) hides a `>`; a stray one does not
      let k = j - 1;
      while (k >= from && html.charCodeAt(k) <= 0x20) k--;
      if (html.charCodeAt(k) !== 0x3d) continue;
      const close = html.indexOf(c === 0x22 ? '"' : "'", j + 1);
      if (close !== -1) j = close;
    }
  }
  return n;
}

/** Only these attributes change the text we produce; parsing others would just cost time. */
const USED_ATTRS = /span|style|hidden|role/i;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!USED_ATTRS.test(s)) return attrs;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) {
    const name = m[1].toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
