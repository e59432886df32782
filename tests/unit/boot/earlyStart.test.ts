// @vitest-environment jsdom
import {
  earlyLayoutSettled,
  takeEarlyLayout,
  takeEarlyResponse,
} from '../../../src/boot/earlyStart';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATASET_NAME } from '../../../src/url/urlState';
import { DEFAULT_DATASET } from '../../../src/data/datasetUrl';
import { allowInlineScripts, BOOT_SCRIPT_TAG, inlineBootScript } from '../../../scripts/bootScript';

type EarlyWindow = { stanceMapEarly?: unknown };

afterEach(() => {
  delete (window as EarlyWindow).stanceMapEarly;
});

describe('the boot hand-over (window.stanceMapEarly)', () => {
  it('hands the early fetch over once, and only for its own URL', async () => {
    const response = Promise.resolve(new Response('{}'));
    (window as EarlyWindow).stanceMapEarly = { url: 'http://x/data/a.json', response };
    expect(takeEarlyResponse('http://x/data/b.json')).toBeNull();
    expect(takeEarlyResponse('http://x/data/a.json')).toBe(response);
    expect(takeEarlyResponse('http://x/data/a.json')).toBeNull();
  });

  it('gives nothing when no boot script ran (tests, other hosts)', () => {
    expect(takeEarlyResponse('http://x/data/a.json')).toBeNull();
    expect(takeEarlyLayout('sig', { width: 1, height: 1 })).toBeUndefined();
  });
});

describe('takeEarlyLayout', () => {
  it('returns the worker layout only for the same graph and box, and only once', async () => {
    // earlyLayoutSettled reads the hand-over once per page: this is that one read.
    (window as EarlyWindow).stanceMapEarly = {
      layout: Promise.resolve({
        signature: 'a|b',
        box: { width: 800, height: 600 },
        positions: [['a', 1, 2]],
      }),
    };
    await earlyLayoutSettled();
    expect(takeEarlyLayout('a|b', { width: 800, height: 601 })).toBeUndefined();
    // A mismatch spends it: a later graph must never pick up a stale layout.
    expect(takeEarlyLayout('a|b', { width: 800, height: 600 })).toBeUndefined();
  });
});

describe('takeEarlyLayout on a fresh page', () => {
  it('hands over the positions when graph and box match', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/boot/earlyStart');
    (window as EarlyWindow).stanceMapEarly = {
      layout: Promise.resolve({
        signature: 'a|b',
        box: { width: 800, height: 600 },
        positions: [
          ['a', 1, 2],
          ['b', 3, 4],
        ],
      }),
    };
    await fresh.earlyLayoutSettled();
    expect(fresh.takeEarlyLayout('a|b', { width: 800, height: 600 })).toEqual(
      new Map([
        ['a', { x: 1, y: 2 }],
        ['b', { x: 3, y: 4 }],
      ]),
    );
    expect(fresh.takeEarlyLayout('a|b', { width: 800, height: 600 })).toBeUndefined();
  });
});

describe('the boot script (src/boot/boot.js, inlined into index.html)', () => {
  const html = readFileSync(path.resolve(__dirname, '../../../src/boot/boot.js'), 'utf8');
  const page = readFileSync(path.resolve(__dirname, '../../../index.html'), 'utf8');

  it('goes inline, minified, before the app, and the policy allows exactly it by its hash', () => {
    expect(page).toMatch(
      /<script src="\.\/src\/boot\/boot\.js"><\/script>[\s\S]*<script type="module"/,
    );
    const built = allowInlineScripts(inlineBootScript(page, html));
    expect(built).not.toContain(BOOT_SCRIPT_TAG);
    const inline = [...built.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline).toHaveLength(1);
    expect(inline[0]!.length).toBeLessThan(html.length / 2);
    expect(built.indexOf('<script>')).toBeLessThan(built.indexOf('<script type="module"'));
    const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(built)![1]!;
    expect(/script-src ([^;]*)/.exec(policy)![1]!.split(' ').sort()).toEqual(
      [`'self'`, `'sha256-${hash}'`, `'wasm-unsafe-eval'`].sort(),
    );
    // Without its place or a policy to extend, the build stops rather than drop the check.
    expect(() => inlineBootScript('<html></html>', html)).toThrow(/no <script/);
    expect(() => allowInlineScripts(inlineBootScript(BOOT_SCRIPT_TAG, html))).toThrow(/Policy/);
  });

  it('allows, by hash, every inline script the dev server adds, and its <style> CSS', () => {
    const dev = allowInlineScripts(
      inlineBootScript(page, html).replace(
        '<head>',
        '<head><script type="module">refresh()</script>',
      ),
      { inlineStyles: true },
    );
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(dev)![1]!;
    const scripts = /script-src ([^;]*)/.exec(policy)![1]!.split(' ');
    expect(scripts.filter((source) => source.startsWith("'sha256-"))).toHaveLength(2);
    expect(scripts).toContain(
      `'sha256-${createHash('sha256').update('refresh()').digest('base64')}'`,
    );
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('leaves ?src= and data=local: datasets to the app', () => {
    expect(html).toContain("if (params.has('src')) return;");
    expect(DATASET_NAME.test('local:abc')).toBe(false);
  });

  it('uses the app’s dataset-name rule and default', () => {
    expect(html).toContain(`|| '${DEFAULT_DATASET}'`);
    expect(html).toContain(`if (!${DATASET_NAME.toString()}.test(name)) return;`);
  });

  it('starts the worker the build emits under a fixed name', () => {
    const config = readFileSync(path.resolve(__dirname, '../../../vite.config.ts'), 'utf8');
    const worker = /new Worker\('([^']+)'/.exec(html)?.[1];
    expect(worker).toBe('assets/first-layout.js');
    expect(config).toContain(`'${worker}'`);
  });
});
