// .docx → text with mammoth. Table cells come out one per line, a layout the table parsers accept.
import mammoth from 'mammoth';
import type { Problem } from './protocol';

export type DocxText = { text: string } | { problem: Problem };

export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const result = await mammoth.extractRawText({ arrayBuffer: buffer });
    return { text: result.value.replace(/\n{2,}/g, '\n') };
  } catch (err) {
    return { problem: { code: 'docx_corrupt', detail: (err as Error)?.message ?? String(err) } };
  }
}
