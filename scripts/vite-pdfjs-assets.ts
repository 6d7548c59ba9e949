import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** pdf.js needs its CMaps (Chinese PDFs with non-embedded fonts come back empty without them),
 * standard fonts and wasm decoders at a same-origin URL (stack.md §8). Rather than copying 3.4 MB
 * into public/ (and keeping the copy in step with the installed version), this plugin serves them
 * from node_modules/pdfjs-dist at `./pdfjs/` in development and emits them into the build. */
const DIRS = ['cmaps', 'standard_fonts', 'wasm'] as const;

export function pdfjsAssets(root = resolve(process.cwd(), 'node_modules/pdfjs-dist')): Plugin {
  return {
    name: 'nianbao-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
        const [dir, name, ...rest] = rel.split('/');
        if (!DIRS.includes(dir as (typeof DIRS)[number]) || !name || rest.length || name.includes('..')) return next();
        const file = join(root, dir, name);
        if (!existsSync(file) || !statSync(file).isFile()) return next();
        if (name.endsWith('.wasm')) res.setHeader('Content-Type', 'application/wasm');
        res.setHeader('Content-Length', String(statSync(file).size));
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const dir of DIRS) {
        const from = join(root, dir);
        if (!existsSync(from)) continue;
        for (const name of readdirSync(from)) {
          const file = join(from, name);
          if (!statSync(file).isFile()) continue;
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${name}`, source: readFileSync(file) });
        }
      }
    },
  };
}
