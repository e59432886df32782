/**
 * `npm start` serves the build, made once at start-up; datasets are data, not code, so
 * its preview server reads them from public/data/ on every request instead: a file saved
 * there is found on the next load, and a fixed one is what Retry shows (no-store: no
 * copy is kept by the browser). Paths cannot leave the folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Connect-style middleware for requests under /data/ (the prefix already stripped). */
export function liveDataMiddleware(dataDir: string) {
  const root = path.resolve(dataDir);
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    let relative: string;
    try {
      relative = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      next();
      return;
    }
    const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!type || !file.startsWith(`${root}${path.sep}`)) {
      next();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      // Not the built copy either: a file removed from public/data/ is gone.
      response.writeHead(404, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(`No file ${relative} in public/data/`);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  };
}

export function liveData(dataDir = 'public/data'): Plugin {
  return {
    name: 'stance-map:live-data',
    configurePreviewServer(server) {
      server.middlewares.use(
        '/data/',
        liveDataMiddleware(path.resolve(server.config.root, dataDir)),
      );
    },
  };
}
