// What the browser tests share: headless Chromium from the system (never downloaded) with the
// flags that keep it off the network, and the extractor as the page's worker runs it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractReport as extractWith, type ExtractInput } from '../../src/extract/extractReport';
import { loadDivisionIndex } from '../../src/extract/identity/divisions';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
export const hasChromium = existsSync(CHROMIUM);

// The page's worker runs with public/divisions.json when it exists: compare with the same index.
const DIVISIONS_FILE = resolve(__dirname, '../../public/divisions.json');
const divisions = existsSync(DIVISIONS_FILE) ? loadDivisionIndex(JSON.parse(readFileSync(DIVISIONS_FILE, 'utf8'))) : undefined;
export const extractReport = (input: ExtractInput) => extractWith(input, { divisions });
