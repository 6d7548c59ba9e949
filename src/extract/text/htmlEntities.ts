// HTML character references: the named ones that occur in Chinese government pages (mostly spacing,
// quotes, dashes and a few symbols) plus every numeric form. Unknown names are left as written, as
// browsers do, so `&foo;` in text survives.

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwsp: '\u200b', zwnj: '\u200c', zwj: '\u200d',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', bdquo: '\u201e', sbquo: '\u201a',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  mdash: '\u2014', ndash: '\u2013', minus: '\u2212', hellip: '\u2026', middot: '\u00b7', bull: '\u2022',
  times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1', deg: '\u00b0', permil: '\u2030', prime: '\u2032',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', sect: '\u00a7', para: '\u00b6',
  yen: '\u00a5', cent: '\u00a2', pound: '\u00a3', euro: '\u20ac', curren: '\u00a4',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194',
  le: '\u2264', ge: '\u2265', ne: '\u2260', asymp: '\u2248', infin: '\u221e', radic: '\u221a',
  shy: '\u00ad', iexcl: '\u00a1', iquest: '\u00bf', uml: '\u00a8', macr: '\u00af', acute: '\u00b4',
  cedil: '\u00b8', ordf: '\u00aa', ordm: '\u00ba', not: '\u00ac', micro: '\u00b5', brvbar: '\u00a6',
  hyphen: '\u2010', dagger: '\u2020', Dagger: '\u2021', loz: '\u25ca', star: '\u2606', check: '\u2713',
  alpha: '\u03b1', beta: '\u03b2', gamma: '\u03b3', delta: '\u03b4', pi: '\u03c0', mu: '\u03bc', sigma: '\u03c3',
};

// Named references without the semicolon are only honoured for the legacy few browsers accept.
const ENTITY = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)|&(nbsp|amp|lt|gt|quot|copy|reg)(?![A-Za-z0-9=])/g;

export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(ENTITY, (whole, dec: string, hex: string, name: string, legacy: string) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    const key = name ?? legacy;
    return NAMED[key] ?? NAMED[key.toLowerCase()] ?? whole;
  });
}

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  // Windows-1252 leftovers (&#150; &#147;) as browsers read them.
  if (cp >= 0x80 && cp <= 0x9f) return CP1252[cp - 0x80] ?? '\ufffd';
  return String.fromCodePoint(cp);
}

const CP1252: (string | undefined)[] = [
  '\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160',
  '\u2039', '\u0152', undefined, '\u017d', undefined, undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022',
  '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178',
];
