// The README's "Dataset schema" section is exactly what scripts/schema-doc.ts prints from
// src/data/schema.ts. Revealed by the issue "The house": the README had lost the reason_en column.
// Refresh it with `npx tsx scripts/schema-doc.ts --readme`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeSchemaSection, schemaMarkdown } from '../../scripts/schema-doc';

describe('README schema', () => {
  it('equals the schema the build writes', () => {
    const section = readmeSchemaSection(readFileSync(resolve(__dirname, '../../README.md'), 'utf8'));
    expect(section, 'README.md needs a "## Dataset schema" section').not.toBeNull();
    expect(section!.text.trim()).toBe(schemaMarkdown().trim());
  });
});
