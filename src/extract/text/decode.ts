// TODO(normalize helper): detect UTF-8 / GB18030 / UTF-16 (BOM and heuristics), reject binary.
export type Decoded = { text: string; encoding: string } | { error: string };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'the file is empty (0 bytes)' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
