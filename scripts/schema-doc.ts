// `npx tsx scripts/schema-doc.ts`: the dataset schema (src/data/schema.ts) as Markdown, for the
// README, so the documentation cannot drift from the tables the build writes. `--readme` rewrites
// the README's "Dataset schema" section in place; tests/unit/readme-schema.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DATA_FILES, TABLES } from '../src/data/schema';

export const README_SCHEMA_START = '## Dataset schema\n';
export const README_SCHEMA_END = '\n## Metric catalogue';

export function schemaMarkdown(): string {
  const out: string[] = [];
  for (const t of TABLES) {
    out.push(`### \`${t.name}\` (\`data/${DATA_FILES.parquet(t.name)}\`, table \`${t.name}\` in \`data/${DATA_FILES.database}\`)`, '');
    out.push(t.doc, '', '| column | type | meaning |', '|---|---|---|');
    for (const c of t.columns) out.push(`| \`${c.name}\` | ${c.type} | ${c.doc.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The README's schema section (between its heading and the next one), or null when it has none. */
export function readmeSchemaSection(readme: string): { start: number; end: number; text: string } | null {
  const start = readme.indexOf(README_SCHEMA_START);
  const end = readme.indexOf(README_SCHEMA_END, start);
  if (start < 0 || end < 0) return null;
  const from = start + README_SCHEMA_START.length;
  return { start: from, end, text: readme.slice(from, end) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--readme')) {
    const path = new URL('../README.md', import.meta.url);
    const readme = readFileSync(path, 'utf8');
    const s = readmeSchemaSection(readme);
    if (!s) { console.error('README.md has no "## Dataset schema" section followed by "## Metric catalogue"'); process.exit(2); }
    writeFileSync(path, `${readme.slice(0, s.start)}\n${schemaMarkdown()}${readme.slice(s.end)}`);
  } else {
    process.stdout.write(schemaMarkdown());
  }
}
