/**
 * A tiny static server for the built app: dist/ as the site root, and under /data/ the
 * app's own datasets first, then test-only datasets from extra folders and in-memory
 * files. Used by the browser tests and the benchmark; no dependencies.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServerOptions {
  /** The built site, e.g. dist/. */
  root: string;
  /** Folders whose *.json files are served under /data/ when dist/data/ lacks them. */
  dataDirs?: string[];
  /** In-memory files served under /data/, e.g. text that is deliberately not JSON. */
  dataFiles?: Record<string, string>;
  /** Other folders served at their own prefix, e.g. { '/bench/': dir }. */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function insideOf(dir: string, relative: string): string | null {
  const file = path.resolve(dir, `.${path.posix.normalize(`/${relative}`)}`);
  return file === dir || file.startsWith(`${dir}${path.sep}`) ? file : null;
}

function isFile(file: string | null): file is string {
  return !!file && existsSync(file) && statSync(file).isFile();
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const dataDirs = (options.dataDirs ?? []).map((dir) => path.resolve(dir));
  const mounts = Object.entries(options.mounts ?? {}).map(
    ([prefix, dir]) => [prefix, path.resolve(dir)] as const,
  );

  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };

    let file: string | null = null;
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    if (mount) {
      file = insideOf(mount[1], pathname.slice(mount[0].length));
    } else if (pathname.startsWith('/data/')) {
      const name = pathname.slice('/data/'.length);
      const candidates = [root, ...dataDirs].map((dir, i) =>
        insideOf(dir, i === 0 ? `data/${name}` : name),
      );
      file = candidates.find(isFile) ?? null;
      if (!file && options.dataFiles && name in options.dataFiles) {
        return send(200, options.dataFiles[name]!, TYPES[path.extname(name)] ?? TYPES['.txt']);
      }
    } else {
      file = insideOf(root, pathname === '/' ? 'index.html' : pathname);
    }
    if (!isFile(file)) return send(404, 'Not found');
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free port, so runs never collide.
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
