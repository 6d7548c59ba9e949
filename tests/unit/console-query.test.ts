// The console's run (src/data/consoleQuery.ts) on a stand-in connection: rows arrive in batches and are
// capped, a cancelled run ends with its own problem, an engine out of memory says so with the limit.
import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { CONSOLE_ROW_CAP, ENGINE_MEMORY_LIMIT, startConsoleQuery } from '../../src/data/consoleQuery';
import type { AsyncDuckDBConnection } from '../../src/data/engine';
import { ProblemError, problemText } from '../../src/domain/problems';

/** A connection whose `send` streams `batches` (or waits until cancelled, or fails with `error`). */
function fakeConnection(opts: { batches?: number[][]; hang?: boolean; error?: string }) {
  const sent: string[] = [];
  let release: (() => void) | null = null;
  const conn = {
    async send(text: string) {
      sent.push(text);
      if (opts.error) throw new Error(opts.error);
      if (opts.hang) await new Promise<void>((r) => { release = r; });
      if (opts.hang) throw new Error('No active pending query'); // what the engine says once cancelled
      const tables = (opts.batches ?? []).map((b) => tableFromArrays({ n: Int32Array.from(b) }));
      return Object.assign((async function* () { for (const t of tables) yield* t.batches; })(), { schema: tables[0]?.schema });
    },
    async cancelSent() { release?.(); return true; },
  };
  return { conn: conn as unknown as AsyncDuckDBConnection, sent };
}

const problemCode = async (p: Promise<unknown>) => {
  try { await p; return null; } catch (e) { return e instanceof ProblemError ? e.problem.code : String(e); }
};

describe('a console run', () => {
  it('collects the batches, wrapped in the row cap', async () => {
    const { conn, sent } = fakeConnection({ batches: [[1, 2], [3]] });
    const r = await startConsoleQuery(conn, 'SELECT n FROM t').result;
    expect(r.rows.map((x) => x.n)).toEqual([1, 2, 3]);
    expect(r.truncated).toBe(false);
    expect(sent[0]).toContain(`LIMIT ${CONSOLE_ROW_CAP + 1}`);
  });

  it('marks a result over the cap as truncated', async () => {
    const big = Array.from({ length: CONSOLE_ROW_CAP + 1 }, (_, i) => i);
    const r = await startConsoleQuery(fakeConnection({ batches: [big] }).conn, 'SELECT n FROM t').result;
    expect(r.rows).toHaveLength(CONSOLE_ROW_CAP);
    expect(r.truncated).toBe(true);
  });

  it('cancel() ends a running query with console_cancelled', async () => {
    const run = startConsoleQuery(fakeConnection({ hang: true }).conn, 'SELECT count(*) FROM metrics a, metrics b, metrics c');
    await run.cancel();
    expect(await problemCode(run.result)).toBe('console_cancelled');
  });

  it('an engine out of memory names the limit, in both languages', async () => {
    const run = startConsoleQuery(fakeConnection({ error: 'Out of Memory Error: failed to allocate data of size 1.0 GiB' }).conn, 'SELECT 1');
    const err = await run.result.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    const p = (err as ProblemError).problem;
    expect(p.code).toBe('console_memory');
    expect(problemText(p, 'zh')).toContain(`内存上限（${ENGINE_MEMORY_LIMIT}）`);
    expect(problemText(p, 'en')).toContain(`memory limit (${ENGINE_MEMORY_LIMIT})`);
  });

  it('a refused statement never reaches the engine', async () => {
    const { conn, sent } = fakeConnection({ batches: [[1]] });
    expect(await problemCode(startConsoleQuery(conn, 'DROP TABLE reports').result)).toBe('console_first_word');
    expect(sent).toEqual([]);
  });
});
