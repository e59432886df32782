/** npm start's preview server reads public/data/ on each request (scripts/liveData.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveDataMiddleware } from '../../../scripts/liveData';

describe('liveDataMiddleware', () => {
  it('serves the folder as it is now, uncached, and nothing outside it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'live-data-'));
    writeFileSync(path.join(path.dirname(dir), 'outside.json'), '{}');
    const middleware = liveDataMiddleware(dir);
    const server = createServer((request, response) =>
      middleware(request, response, () => {
        response.writeHead(418);
        response.end('next');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/mine.json`)).status).toBe(404);
      writeFileSync(path.join(dir, 'mine.json'), '{"v":1}');
      const first = await fetch(`${base}/mine.json`);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(await first.text()).toBe('{"v":1}');
      writeFileSync(path.join(dir, 'mine.json'), '{"v":2}');
      expect(await (await fetch(`${base}/mine.json`)).text()).toBe('{"v":2}');
      expect((await fetch(`${base}/..%2Foutside.json`)).status).not.toBe(200);
      expect((await fetch(`${base}/script.js`)).status).toBe(418);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
