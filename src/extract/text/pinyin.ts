// Pinyin residues: some mirrors print a reading after characters, `根據(jù)`, `公(gōng)開(kāi)`
// (docs/formats.md §9.3). A bracketed lowercase syllable right after a CJK character is dropped when it
// carries a tone mark. Toneless ones (`的(de)`) are dropped only in a text that has toned residues
// too, so that `平台(app)`-like notes in ordinary reports stay, whatever their shape.

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const LETTERS = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}';
// One CJK character and the run of residues after it: a run is handled as a whole so that
// `年(jù)(jù)` comes out the same after one pass as after two (normalising is idempotent).
const RESIDUE = new RegExp(`([${CJK}])((?:\\(${LETTERS}\\))+)`, 'g');
const TONED_RESIDUE = new RegExp(`[${CJK}]\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*\\)`);
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|üan|ai|ei|ao|ou|an|en|in|un|vn|ün|er|ia|ie|iu|ua|uo|ui|ve|üe|ue|a|o|e|i|u|v|ü)$/;

export function stripPinyinResidue(text: string): string {
  if (text.indexOf('(') === -1 || !TONED_RESIDUE.test(text)) return text;
  return text.replace(RESIDUE, (whole, han: string, run: string) => {
    const syllables = run.slice(1, -1).split(')(');
    return syllables.every(isResidue) ? han : whole;
  });
}

function isResidue(letters: string): boolean {
  return TONE_MARK.test(letters) || (letters.length > 1 && SYLLABLE.test(letters));
}
