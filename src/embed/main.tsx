// embed.html's entry: one chart of the published dataset for another site's page. Reads the URL,
// starts downloading the one slice it shows, and meanwhile loads the interface (React, ECharts) as a
// separate chunk. Never DuckDB: src/data/dataset.ts is not reachable from here
// (tests/e2e/embed.test.ts checks the built chunk graph).
import { parseEmbed } from './embedParams';
import { slicePathFor } from './slicePathFor';
import { loadSlice } from './loadSlice';
import './embed.css';

const search = location.search;
const parsed = parseEmbed(search);
const lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const slice = 'params' in parsed ? loadSlice<unknown>(slicePathFor(parsed.params), search, location.href) : null;
slice?.catch(() => { /* shown by the interface */ });
void import('./mount').then((m) => m.mount(document.getElementById('embed')!, parsed, slice, lang));
