// `npx tsx scripts/schema-doc.ts`: the dataset schema (src/data/schema.ts) as Markdown, for the
// README, so the documentation cannot drift from the tables the build writes.
import { pathToFileURL } from 'node:url';
import { DATA_FILES, TABLES } from '../src/data/schema';

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(schemaMarkdown());
}
