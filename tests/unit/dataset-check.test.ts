// A broken `?data=` folder says what is wrong before anything is attached (issue 13).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, databaseBytesProblem, newerVersionProblem } from '../../src/data/datasetCheck';
import { problemText } from '../../src/domain/problems';
import { EXTRACTOR_VERSION } from '../../src/extract';

const whole = new Uint8Array(readFileSync(new URL('../../data/nianbao.duckdb', import.meta.url)));

describe('the database file', () => {
  it('the bundled database is whole', () => {
    expect(databaseBytesProblem(whole, 'data/')).toBeNull();
    expect(databaseBytesProblem(whole, 'data/', whole.length)).toBeNull();
  });

  it('a copy cut short is truncated, whether or not the server said how long it is', () => {
    const cut = whole.subarray(0, whole.length - 100_000);
    expect(databaseBytesProblem(cut, 'x/')?.code).toBe('data_truncated');
    expect(databaseBytesProblem(whole.subarray(0, 256 * 1024 + 12288), 'x/', whole.length)?.code).toBe('data_truncated');
    expect(databaseBytesProblem(whole.subarray(0, 100), 'x/')?.code).toBe('data_truncated');
    const p = databaseBytesProblem(cut, 'datasets/2024/')!;
    expect(problemText(p, 'zh')).toContain('datasets/2024/ 中的 nianbao.duckdb 不完整');
    expect(problemText(p, 'en')).toContain(`nianbao.duckdb in datasets/2024/ is incomplete (${cut.length} bytes`);
  });

  it('bytes that are not a DuckDB file are corrupt', () => {
    const junk = whole.slice();
    junk.set(new TextEncoder().encode('PK\u0003\u0004 not a database'), 0);
    expect(databaseBytesProblem(junk, 'x/')?.code).toBe('data_corrupt');
  });
});

describe('the extractor version', () => {
  it('compares dotted versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.2')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2')).toBe(-1);
  });

  it('a dataset from a newer extractor is refused, an older or equal one is read', () => {
    expect(newerVersionProblem([EXTRACTOR_VERSION, null, 'garbage'], 'd/')).toBeNull();
    expect(newerVersionProblem(['0.0.1'], 'd/', '0.1.0')).toBeNull();
    const p = newerVersionProblem(['0.1.0', '9.0.0', '0.2.0'], 'd/', '0.1.0')!;
    expect(p.code).toBe('data_newer_version');
    expect(problemText(p, 'en')).toBe('The dataset in d/ was written by a newer extractor (9.0.0; this app has 0.1.0): open it with a newer version of the app');
  });
});
