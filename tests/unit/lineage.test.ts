// One agency across renames and mergers (src/domain/lineage.ts): the table is data, the functions are
// pure. The names in the table are agency names (not passages of any report). A last block checks,
// on the real corpus in ../shared (skipped when absent), that every row is borne out by the documents:
// both names occur as the agency of real reports, on the right side of the break year.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalAgency, LINEAGE_ROWS, lineageBreaks, lineageId, lineageOf } from '../../src/domain/lineage';
import { identify } from '../../src/extract/identity/index';
import { loadDivisionIndex } from '../../src/extract/identity/divisions';
import { decodeBytes } from '../../src/extract/text/decode';
import { normalizeText } from '../../src/extract/text/normalize';

const CJK = /[\u4e00-\u9fff]/;

describe('the lineage table', () => {
  it('gives every row a reason in Chinese and in English', () => {
    for (const r of LINEAGE_ROWS) {
      expect(r.reason, r.name).toMatch(CJK);
      expect(r.reason_en.trim().length, r.name).toBeGreaterThan(10);
      expect(r.name, 'a row names two different bodies').not.toBe(r.successor);
      if (r.kind === 'alias') expect(r.year).toBeNull();
      else expect(r.year! >= 2008 && r.year! <= 2100, r.name).toBe(true);
    }
  });

  it('lists each name once and has no cycle', () => {
    const names = LINEAGE_ROWS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(lineageOf(n).names.at(-1)).toBe(lineageOf(n).id);
  });
});

describe('canonicalAgency and lineageOf', () => {
  it('normalises an alias to the one spelling of the body', () => {
    expect(canonicalAgency('平潭市场监督管理局')).toBe('平潭综合实验区市场监督管理局');
    expect(canonicalAgency('财金局')).toBe('平潭综合实验区财政金融局');
    expect(canonicalAgency('青禾县林业局')).toBe('青禾县林业局');
  });

  it('puts a renamed body and its successor in one lineage, each keeping its own name', () => {
    const before = lineageOf('平潭综合实验区环境与国土资源局', 2018);
    const after = lineageOf('平潭综合实验区自然资源与生态环境局', 2019);
    expect(before.id).toBe(after.id);
    expect(before.name).toBe('平潭综合实验区环境与国土资源局');
    expect(after.name).toBe('平潭综合实验区自然资源与生态环境局');
    expect(after.breaks).toContain(2019);
  });

  it('follows a chain of more than one step (county bureau → zone bureau, with its alias)', () => {
    const chain = lineageOf('平潭县工商局');
    expect(chain.id).toBe('平潭综合实验区市场监督管理局');
    expect(lineageId('平潭市场监督管理局')).toBe(chain.id);
    expect(chain.names).toEqual(expect.arrayContaining(['平潭县工商局', '平潭县质量技术监督局', '平潭县食品药品监督管理局']));
    expect(lineageId('平潭县质监局')).toBe(chain.id);
    expect([...new Set(lineageBreaks('平潭综合实验区市场监督管理局').map((r) => r.year))]).toEqual(chain.breaks);
  });

  it('leaves an agency with no row as its own lineage', () => {
    expect(lineageOf('青禾县望川镇')).toEqual({ id: '青禾县望川镇', name: '青禾县望川镇', names: ['青禾县望川镇'], breaks: [] });
    expect(lineageId(null)).toBeNull();
  });
});

const CORPUS = resolve(__dirname, '../../../shared/corpus/changwu__pingtan-gov-zwgk-archive');
const DIVISIONS = resolve(__dirname, '../../public/divisions.json');

describe.skipIf(!existsSync(CORPUS))('the lineage rows against the real corpus (../shared)', () => {
  it('every name is the agency of real reports, the predecessor before the break, the successor after it', () => {
    const index = loadDivisionIndex(JSON.parse(readFileSync(DIVISIONS, 'utf8')));
    const years = new Map<string, number[]>();
    const raw = new Set<string>();
    for (const f of readdirSync(CORPUS)) {
      const d = decodeBytes(readFileSync(join(CORPUS, f)));
      if ('error' in d) continue;
      const id = identify(normalizeText(d.text), f, index);
      if (!id.agency_short || id.report_year === null) continue;
      years.set(id.agency_short, [...(years.get(id.agency_short) ?? []), id.report_year]);
      raw.add(f.replace(/^\d+_\d+_/, ''));
    }
    for (const r of LINEAGE_ROWS) {
      if (r.kind === 'alias') {
        // the alias is how a file's title writes the name; identity already gives the canonical one
        expect([...raw].some((t) => t.includes(r.name)), r.name).toBe(true);
        continue;
      }
      const before = years.get(r.name) ?? [];
      const after = years.get(canonicalAgency(r.successor)) ?? [];
      expect(before.length, r.name).toBeGreaterThan(0);
      expect(Math.max(...before), r.name).toBeLessThan(r.year!);
      expect(after.some((y) => y >= r.year!), r.successor).toBe(true);
    }
  });
});

if (!existsSync(CORPUS)) {
  describe('the lineage rows against the real corpus', () => {
    it.skip(`skipped: ${CORPUS} is absent (the real documents are not part of the repository)`, () => {});
  });
}
