// Every real 2019+ report of ../shared/corpus (plain text, markdown from PDF conversions, PDFs read the
// way the data build reads them): all three tables are found, the full table-三 grid is filled (a row
// printed with no cells at all is read as blank cells), and what was read obeys the tables' own sums
// wherever the report itself does: each row's 总计 = its six applicant cells, each table-四 group's 总计
// = its four results. Where the report's own printed cells do not add up, the parser reads what is
// printed and the checks must say so (T3-ROW-TOTAL, T4-GROUP-SUM). A document that is not a report
// (the classifier's call) is skipped; one whose tables are missing must be flagged as such. Only
// table 二, which has no sums, may be left ambiguous. Reads ../shared at run time; skipped when absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../scripts/cli/pdfText';
import { extractReport } from '../../src/extract/extractReport';
import { parseStandardTables } from '../../src/extract/table2019/index';
import { normalizeText } from '../../src/extract/text/normalize';

const CORPUS = resolve(__dirname, '../../../shared/corpus');
const MANIFEST = resolve(CORPUS, 'MANIFEST.tsv');
const HAVE = existsSync(MANIFEST);
if (!HAVE) console.warn(`table2019-corpus: ${CORPUS} is absent, corpus tests skipped`);

const entries = HAVE
  ? readFileSync(MANIFEST, 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split('\t'))
    .map((c) => ({ file: c[0], format: c[4], year: Number(c[7]) }))
    .filter((e) => e.year >= 2019)
  : [];

async function textOf(e: { file: string; format: string }): Promise<string> {
  const bytes = readFileSync(resolve(CORPUS, e.file));
  if (e.format !== 'pdf') return bytes.toString('utf8');
  const r = await readPdfText(new Uint8Array(bytes));
  if ('problem' in r) throw new Error(r.problem);
  return r.text;
}

describe.skipIf(!HAVE)('corpus: the standard tables of every 2019+ report', () => {
  it('has reports to read', () => {
    expect(entries.length).toBeGreaterThanOrEqual(13);
  });

  for (const e of entries) {
    it(e.file.split('/')[1], async () => {
      const era = e.year <= 2020 ? '2019' : '2021';
      const text = await textOf(e);
      const x = extractReport({ name: e.file, text });
      if (x.kind !== 'annual_report') return; // not a report (the classifier's call): nothing to read
      const codes = new Set(x.findings.map((f) => f.code));
      const r = parseStandardTables(normalizeText(text), era);
      if (r.tablesFound.length === 0) {
        // a copy without its tables (a cut-off page): the extractor must say the tables are missing
        expect([...codes].some((c) => c === 'EV-05' || c === 'TRUNCATED'), [...codes].join(' ')).toBe(true);
        return;
      }
      expect(r.tablesFound).toEqual(['proactive', 'requests', 'appeals']);
      const rows = new Map<string, (number | null)[]>();
      for (const g of r.grid) rows.set(g.row, [...(rows.get(g.row) ?? []), g.cell.value]);
      expect([23, 25]).toContain(rows.size);
      for (const [row, cells] of rows) {
        expect(cells, row).toHaveLength(7);
        if (cells.every((c) => c !== null) && cells.slice(0, 6).reduce((a, b) => a! + b!, 0) !== cells[6]) {
          expect(codes.has('T3-ROW-TOTAL'), `${row}: printed row does not add up and is not flagged`).toBe(true);
        }
      }
      const fig = new Map(r.figures.map((f) => [f.key, f.value]));
      const groups = [
        ['reconsideration_upheld', 'reconsideration_corrected', 'reconsideration_other', 'reconsideration_pending', 'reconsideration_total'],
        ['litigation_upheld', 'litigation_corrected', 'litigation_other', 'litigation_pending', 'litigation_total'],
      ];
      for (const keys of groups) {
        const v = keys.map((k) => fig.get(k as never));
        expect(v.every((x) => typeof x === 'number'), keys[4]).toBe(true);
        if ((v[0] as number) + (v[1] as number) + (v[2] as number) + (v[3] as number) !== v[4]) {
          expect(codes.has('T4-GROUP-SUM'), `${keys[4]}: printed group does not add up and is not flagged`).toBe(true);
        }
      }
      // parser findings: table 二 (no sums to decide a cut), notes (info), and the sums the parser
      // checks on printed cells the figures do not keep (小计, each lawsuit group) — never a cell
      // of tables 三/四 left unread
      for (const f of r.findings) {
        expect(f.message.startsWith('表二') || f.severity === 'info' || /^T[34]-/.test(f.code), f.message).toBe(true);
      }
    });
  }
});
