// Label text as the row patterns read it: whitespace removed (headers split by spaces or line breaks
// join up again), full-width brackets and stops made half-width, and the few traditional characters
// of the standard row labels folded to simplified. Normalising the whole document is the text
// helper's job; this fold only makes label matching robust when a traditional mirror slips through.
// Pairs: traditional characters of the standard labels and their simplified forms, position by position.
const TRAD_CHARS =
  '規範許處罰強費採購務統計總結轉請數內資訊開國險護權類過執檢詢無現製補確認複議訟審維糾條項機關構織會辦繼續舉報訴違產責錄發廢實際與為對門應額萬單員級區縣鄉鎮業營稅經濟減歸獲據當復決穩並讀證書編將徵學術場價衛醫藥環線屬眾團師問題來後滿優寫傳號紀給見覆稱準';
const SIMP_CHARS =
  '规范许处罚强费采购务统计总结转请数内资讯开国险护权类过执检询无现制补确认复议讼审维纠条项机关构织会办继续举报诉违产责录发废实际与为对门应额万单员级区县乡镇业营税经济减归获据当复决稳并读证书编将征学术场价卫医药环线属众团师问题来后满优写传号纪给见复称准';
const TRAD: Record<string, string> = {};
for (let i = 0; i < TRAD_CHARS.length; i++) TRAD[TRAD_CHARS[i]] = SIMP_CHARS[i];

const TRAD_RE = new RegExp(`[${TRAD_CHARS}]`, 'g');
const SPACE_RE = /\s+/g;
const FULLWIDTH_RE = /[（）．，：]/g;
const FULLWIDTH: Record<string, string> = { '（': '(', '）': ')', '．': '.', '，': ',', '：': ':' };

// The same standard labels recur in every report: fold each short one once.
const cache = new Map<string, string>();
const CACHE_LIMIT = 5000;
const CACHED_LENGTH = 80;

export function foldLabel(s: string): string {
  const cacheable = s.length <= CACHED_LENGTH;
  let f = cacheable ? cache.get(s) : undefined;
  if (f !== undefined) return f;
  f = s
    .replace(SPACE_RE, '')
    .replace(FULLWIDTH_RE, (c) => FULLWIDTH[c])
    .replace(TRAD_RE, (c) => TRAD[c]);
  if (cacheable) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(s, f);
  }
  return f;
}
