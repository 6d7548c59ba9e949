// Every finding carries its message twice: `message` in Chinese (the app's primary language) and
// `message_en` in English. Checked on every finding the extractor and the cross-report checks
// produce on our fixtures and, when it is next to the repository, on ../shared (read at run time,
// never copied; skipped with a message when absent).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDivisionsFromDisk } from '../../scripts/cli/divisions';
import { extractBytes } from '../../scripts/cli/extractBytes';
import { TEXT_EXTENSIONS, walkDocuments } from '../../scripts/cli/walk';
import { crossReportChecks } from '../../src/extract/checks/crossReport';
import type { Extraction, Finding } from '../../src/extract/types';

const FIXTURES = resolve(__dirname, '../fixtures');
const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'corpus')) && existsSync(resolve(SHARED, 'seeds'));
const CJK = /[\u3400-\u9fff]/u;

async function extractAll(dirs: string[], extensions: readonly string[]): Promise<{ file: string; x: Extraction }[]> {
  const divisions = loadDivisionsFromDisk().index;
  const out: { file: string; x: Extraction }[] = [];
  for (const dir of dirs) {
    for (const f of walkDocuments(dir, extensions).files) {
      out.push({ file: f.rel, x: await extractBytes(f.rel, new Uint8Array(readFileSync(f.path)), divisions) });
    }
  }
  return out;
}

/** Each finding that breaks the rule, described; empty when all are bilingual. */
function monolingual(docs: { file: string; x: Extraction }[]): { problems: string[]; findings: Finding[] } {
  const cross = crossReportChecks(docs.map((d) => d.x));
  const findings: { file: string; f: Finding }[] = docs.flatMap((d, i) =>
    [...d.x.findings, ...(cross.get(i) ?? [])].map((f) => ({ file: d.file, f })));
  const problems = findings
    .filter(({ f }) => !(typeof f.message === 'string' && CJK.test(f.message)
      && typeof f.message_en === 'string' && f.message_en.trim() !== ''))
    .map(({ file, f }) => `${file} ${f.code}: message=${JSON.stringify(f.message)} message_en=${JSON.stringify(f.message_en)}`);
  return { problems, findings: findings.map((x) => x.f) };
}

describe('every finding has a Chinese message and an English message_en', () => {
  it('on the fixtures', async () => {
    const { problems, findings } = monolingual(await extractAll([FIXTURES], TEXT_EXTENSIONS));
    expect(problems).toEqual([]);
    // Not vacuous: the fixtures raise findings of several kinds.
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it.skipIf(!HAVE_SHARED)(`on ../shared${HAVE_SHARED ? '' : ' (skipped: ../shared is not next to the repository)'}`, async () => {
    const docs = await extractAll([resolve(SHARED, 'seeds'), resolve(SHARED, 'corpus')], [...TEXT_EXTENSIONS, '.pdf']);
    const { problems, findings } = monolingual(docs);
    expect(problems).toEqual([]);
    expect(findings.length).toBeGreaterThan(10);
  }, 300_000);
});
