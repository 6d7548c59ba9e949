// A temporary append-only file for the data build's cross-report checks: each pairable report's
// compact Extraction (scripts/cli/ingestJob.ts, CheckBlob) is written here as it comes and read back
// only while the reports of its agency (lineage) are checked, so report texts are never all in memory.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpillAt {
  offset: number;
  length: number;
}

export class SpillFile {
  private readonly dir: string;
  private fd: number;
  private size = 0;

  constructor(prefix = 'nianbao-ingest-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.fd = openSync(join(this.dir, 'checks.bin'), 'w+');
  }

  /** bytes written so far */
  get bytes(): number {
    return this.size;
  }

  write(bytes: Uint8Array): SpillAt {
    const at = { offset: this.size, length: bytes.length };
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off, this.size + off);
    this.size += bytes.length;
    return at;
  }

  read(at: SpillAt): Uint8Array {
    const buf = new Uint8Array(at.length);
    let off = 0;
    while (off < at.length) {
      const n = readSync(this.fd, buf, off, at.length - off, at.offset + off);
      if (n === 0) throw new Error('spill file shorter than written');
      off += n;
    }
    return buf;
  }

  dispose(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
