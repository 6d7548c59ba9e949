// Known GBK/UTF-8 mojibake of full-width brackets and of 現 (docs/formats.md §9.3, seen on a reposted
// template). Only these exact sequences are repaired: guessing at other garbage would invent text.
// `F(xiàn)將` is the same damage with the mirror's pinyin reading still attached.
const FIXES: [RegExp, string][] = [
  [/。ㄒ唬/g, '(一)'],
  [/。ǘ/g, '(二)'],
  [/。ㄈ/g, '(三)'],
  [/F(?:\(xiàn\))?將/g, '現將'],
];

// A cheap pre-check so clean text (nearly all of it) costs one scan.
const ANY = /。[ㄒǘㄈ]|F(?:\(xiàn\))?將/;

export function fixKnownMojibake(text: string): string {
  if (!ANY.test(text)) return text;
  let out = text;
  for (const [re, to] of FIXES) out = out.replace(re, to);
  return out;
}
