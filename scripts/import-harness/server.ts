// Builds and serves the page the import E2E tests and the import benchmark drive: the import
// view alone with a recording dataset sink (scripts/import-harness), on 127.0.0.1, port 0.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import type { ReportRow } from '../../src/data/rows';
import { pdfjsAssets } from '../vite-pdfjs-assets';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ImportServer {
  base: string;
  openImport(page: Page): Promise<void>;
  /** the user rows the page put into its dataset */
  userRows(page: Page): Promise<ReportRow[]>;
  close(): Promise<void>;
}

export async function startImportServer(outDir = resolve(REPO, 'test-results/import-harness-dist')): Promise<ImportServer & { outDir: string }> {
  const root = resolve(REPO, 'scripts/import-harness');
  const config: InlineConfig = {
    configFile: false,
    root,
    // the app's public/ (divisions.json) so the worker runs with the division index, as in the app
    publicDir: resolve(REPO, 'public'),
    base: './',
    logLevel: 'warn',
    plugins: [react(), pdfjsAssets(resolve(REPO, 'node_modules/pdfjs-dist'))],
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
    preview: { host: '127.0.0.1', port: 0 },
  };
  await build(config);
  const server: PreviewServer = await preview(config);
  const base = server.resolvedUrls!.local[0];
  return {
    base,
    outDir,
    async openImport(page) {
      await page.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    },
    async userRows(page) {
      return page.evaluate(() => (window as unknown as { __loaded: { reports: ReportRow[] } }).__loaded.reports.filter((r) => r.origin === 'user'));
    },
    close: () => new Promise<void>((r) => server.httpServer.close(() => r())),
  };
}
