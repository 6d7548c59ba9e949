import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The datasets live in the top-level `data/` folder (built by `npm run ingest`). This plugin serves
 * them at `./data/` during development and copies them into the build, so the app and the
 * downloadable Parquet files always come from the one place. */
export function serveDataDir(dir = resolve(process.cwd(), 'data')): Plugin {
  return {
    name: 'nianbao-data-dir',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
        // nested paths only under slices/ (the embeds' JSON), never upwards
        if (!name || name.includes('..') || name.includes('\\') || (name.includes('/') && !name.startsWith('slices/'))) return next();
        const file = join(dir, name);
        if (!existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Length', String(statSync(file).size));
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir, { recursive: true }) as string[]) {
        const file = join(dir, name);
        // the dataset's files and its slices/ tree (not staging folders)
        if (name.startsWith('.') || !statSync(file).isFile()) continue;
        this.emitFile({ type: 'asset', fileName: `data/${name.split('\\').join('/')}`, source: readFileSync(file) });
      }
    },
  };
}
