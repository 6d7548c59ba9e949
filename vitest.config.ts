import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in Node (extractor, query builders against DuckDB node, chart options
// rendered to SVG), `e2e` builds the app and drives Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    // The JSON report feeds scripts/test-summary.mjs (the `N passed, N failed` line for CI).
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
