// Traditional → simplified. Some mirrors serve reports in traditional script (docs/formats.md §9.3); the
// parsers only know simplified labels. OpenCC's t2cn dictionary is ~100 KB and converting costs about
// as much as everything else in normalisation, so it is loaded once, lazily, and only run on text
// that clearly is traditional.
import { Converter } from 'opencc-js/t2cn';

/** Characters that are common in reports and exist only in traditional script (the simplified
 * forms differ), so simplified text never contains them except in the odd quoted name. */
const TRADITIONAL_ONLY =
  '據開國會與為於時說這個們來後發過還對當從經歷區縣鄉鎮辦處報資訊統計條關務機構請應實種類數網點號議訴訟複規範權責項衛體產業專檔門問題現將總';

/** How many marker characters make a text "traditional" (one or two are quoted names or typos). */
const MIN_MARKERS = 3;

// A lookup table over the BMP: scanning with it is ~10x faster than a regex character class, and
// this check runs on every document.
let markers: Uint8Array | null = null;
let convert: ((s: string) => string) | null = null;

export function looksTraditional(text: string): boolean {
  if (!markers) {
    markers = new Uint8Array(0x10000);
    for (let i = 0; i < TRADITIONAL_ONLY.length; i++) markers[TRADITIONAL_ONLY.charCodeAt(i)] = 1;
  }
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (markers[text.charCodeAt(i)] === 1 && ++n >= MIN_MARKERS) return true;
  }
  return false;
}

/** Simplified text, unchanged when the text is not traditional. Line breaks are kept. */
export function toSimplified(text: string): string {
  if (!looksTraditional(text)) return text;
  convert ??= Converter({ from: 't', to: 'cn' });
  return convert(text);
}
