// Near-duplicate text (雷同, docs/formats.md §7.5 EV-10): character 5-gram shingles, hashed to 32 bits
// (FNV-1a), compared by Jaccard similarity. Whitespace and punctuation are dropped first so that
// re-flowed copies of the same text compare equal.
const K = 5;

export function shingles(text: string): Set<number> {
  const chars = [...text.replace(/[\s\p{P}\p{S}]/gu, '')];
  const out = new Set<number>();
  for (let i = 0; i + K <= chars.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + K; j++) {
      const c = chars[j].codePointAt(0)!;
      h ^= c & 0xffff;
      h = Math.imul(h, 0x01000193);
      h ^= c >>> 16;
      h = Math.imul(h, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const h of small) if (large.has(h)) inter++;
  return inter / (a.size + b.size - inter);
}
