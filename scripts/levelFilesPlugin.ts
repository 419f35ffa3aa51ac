// Serves the top-level `levels/` and `assets/` folders as plain files in dev
// and copies them into the build, so a museum or facilitator can edit a level
// in `dist/levels/` without rebuilding the game.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
};

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function levelFilesPlugin(folders: string[]): Plugin {
  let root = process.cwd();
  return {
    name: 'punktestand-level-files',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const folder = folders.find((f) => url.startsWith(`/${f}/`));
        if (!folder) return next();
        const base = resolve(root, folder);
        const file = resolve(root, `.${url}`);
        // Never serve anything outside the folder (no `..` tricks).
        if (!file.startsWith(base + sep)) return next();
        try {
          const body = readFileSync(file);
          const ext = file.slice(file.lastIndexOf('.'));
          res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end('not found');
        }
      });
    },
    generateBundle() {
      for (const folder of folders) {
        const base = resolve(root, folder);
        for (const file of listFiles(base)) {
          this.emitFile({
            type: 'asset',
            fileName: relative(root, file).split(sep).join('/'),
            source: readFileSync(file),
          });
        }
      }
    },
  };
}
