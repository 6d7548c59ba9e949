// What the browser tests share: headless Chromium from the system (never downloaded) with the
// flags that keep it off the network, and the extractor as the page's worker runs it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractReport as extractWith, type ExtractInput } from '../../src/extract/extractReport';
import { loadDivisionIndex } from '../../src/extract/identity/divisions';
import { DuckDBInstance } from '@duckdb/node-api';
import { REFRESH_REPORT_BASE, type BuiltQuery } from '../../src/data/sql';
import { datasetSetupSql, sourceColumnsSql } from '../../src/data/setup';
import { nodeConnector } from '../../scripts/cli/nodeConnector';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
export const hasChromium = existsSync(CHROMIUM);

// The page's worker runs with public/divisions.json when it exists: compare with the same index.
const DIVISIONS_FILE = resolve(__dirname, '../../public/divisions.json');
const divisions = existsSync(DIVISIONS_FILE) ? loadDivisionIndex(JSON.parse(readFileSync(DIVISIONS_FILE, 'utf8'))) : undefined;
export const extractReport = (input: ExtractInput) => extractWith(input, { divisions });

/** Runs a built query in DuckDB node on a dataset's database file, set up the way the app sets it up
 * (the same views and report_base), so a test can compare what the page shows with the query. */
export async function queryDatabaseFile<R>(dbFile: string, q: BuiltQuery<R>): Promise<R[]> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  try {
    await con.run(`ATTACH '${dbFile.replace(/'/g, "''")}' AS src (READ_ONLY)`);
    const have = (await con.runAndReadAll(sourceColumnsSql('src'))).getRowObjectsJS();
    await con.run(datasetSetupSql(have));
    await con.run(REFRESH_REPORT_BASE);
    return (await nodeConnector(con).query(q as BuiltQuery<R & Record<string, unknown>>)).rows;
  } finally { con.closeSync(); inst.closeSync(); }
}

/** The built app served by vite preview on 127.0.0.1 and a headless Chromium: what most browser tests
 * start from. `beforeServe` runs after the build (e.g. to add dataset folders to the output). */
export async function startBuiltApp(outDir: string, beforeServe?: () => void): Promise<{ base: string; browser: Browser; close(): Promise<void> }> {
  const config: InlineConfig = {
    root: resolve(__dirname, '../..'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    preview: { host: '127.0.0.1', port: 0 },
  };
  await build(config);
  beforeServe?.();
  const server = await preview(config);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    base: server.resolvedUrls!.local[0],
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    },
  };
}
