// Every finding the pipeline emits must be in the checks registry: the app's legend, the
// compliance filters and the docs read codes from there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDef } from '../../src/domain/checks';
import { extractReport } from '../../src/extract';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(txt|md|html?)$/.test(name)) out.push(p);
  }
  return out;
}

const fixtures = walk(resolve(__dirname, '../fixtures'));
const shared = resolve(__dirname, '../../../shared');
let sharedFiles: string[] = [];
try {
  sharedFiles = [...walk(join(shared, 'seeds')), ...walk(join(shared, 'corpus'))];
} catch {
  sharedFiles = [];
}

describe('checks registry covers every emitted finding code', () => {
  it('on the project fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(5);
    const unknown = new Set<string>();
    for (const f of fixtures) {
      for (const finding of extractReport({ name: f, bytes: readFileSync(f) }).findings) {
        if (!checkDef(finding.code)) unknown.add(finding.code);
      }
    }
    expect([...unknown]).toEqual([]);
  });
  it.skipIf(sharedFiles.length === 0)('on ../shared seeds and corpus (skipped: ../shared absent)', () => {
    const unknown = new Set<string>();
    for (const f of sharedFiles) {
      for (const finding of extractReport({ name: f, bytes: readFileSync(f) }).findings) {
        if (!checkDef(finding.code)) unknown.add(finding.code);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
