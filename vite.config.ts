import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { liveData } from './scripts/liveData';

const FIRST_LAYOUT_WORKER = fileURLToPath(
  new URL('src/layout/firstLayout.worker.ts', import.meta.url),
);

/** Where the boot script in index.html finds the worker. */
const FIRST_LAYOUT_FILE = 'assets/first-layout.js';

/** The first-layout worker as one self-contained script. */
async function bundleFirstLayoutWorker(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      rolldownOptions: { input: FIRST_LAYOUT_WORKER, output: { format: 'iife' } },
    },
  })) as Rolldown.RolldownOutput;
  return result.output[0].code;
}

/**
 * The first-layout worker, built on its own into one self-contained file under a fixed
 * name: the boot script starts it before any bundled code has run, and a worker that
 * imported a chunk shared with the app would need a second fetch before it could start.
 * The dev server, which has no build output, bundles it when the page asks for it.
 */
function firstLayoutWorker(): Plugin {
  return {
    name: 'stance-map:first-layout-worker',
    async generateBundle() {
      const source = await bundleFirstLayoutWorker();
      this.emitFile({ type: 'asset', fileName: FIRST_LAYOUT_FILE, source });
    },
    configureServer(server) {
      server.middlewares.use(`/${FIRST_LAYOUT_FILE}`, (_request, response, next) => {
        bundleFirstLayoutWorker().then((code) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(code);
        }, next);
      });
    },
  };
}

/** Where "Save briefing as a file" finds the offline app (see offlineApp). */
const OFFLINE_APP_SCRIPT = 'assets/offline-app.js';
const OFFLINE_APP_STYLES = 'assets/offline-app.css';
const APP_ENTRY = fileURLToPath(new URL('src/main.tsx', import.meta.url));

/**
 * The app built once more in "offline" mode, as one classic script with every lazy
 * module inlined and one stylesheet: a saved briefing file holds both inline and opens
 * from disk, where module scripts and their chunks do not load (see src/export/offlineFile.ts).
 */
/**
 * A saved briefing file is read-only: the library, Open…, the Code view, suggestions and
 * the research-format importers and exporters need storage or the network, and their
 * buttons hide there (src/ui/buildMode.ts). Their lazy imports become refusals in that
 * build, so the one inlined script does not carry them (nor Dexie, sql.js, pdf.js…).
 */
const READ_WRITE_ONLY =
  /^\.{1,2}\/(?:\.\.\/)*(?:library|coding|interchange|suggest)\/|\/loadFromUrl$/;

function offlineStubs(): Plugin {
  return {
    name: 'stance-map:offline-stubs',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id)) return null;
      const next = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (call, _quote, target: string) =>
        READ_WRITE_ONLY.test(target) || (id.includes('/src/library/') && target.startsWith('./'))
          ? `Promise.reject(new Error('not available in a saved briefing file'))`
          : call,
      );
      return next === code ? null : { code: next, map: null };
    },
  };
}

async function bundleOfflineApp(): Promise<{ script: string; styles: string }> {
  const result = (await build({
    configFile: false,
    mode: 'offline',
    logLevel: 'warn',
    publicDir: false,
    plugins: [offlineStubs(), react()],
    build: {
      write: false,
      target: 'es2022',
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: {
        input: APP_ENTRY,
        output: { format: 'iife', inlineDynamicImports: true },
      },
    },
  })) as Rolldown.RolldownOutput;
  let script = '';
  let styles = '';
  for (const item of result.output) {
    if (item.type === 'chunk' && item.isEntry) script = item.code;
    else if (item.type === 'asset' && item.fileName.endsWith('.css')) styles += String(item.source);
  }
  if (!script) throw new Error('the offline build produced no script');
  return { script, styles };
}

function offlineApp(): Plugin {
  let mode = 'production';
  return {
    name: 'stance-map:offline-app',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    async generateBundle() {
      // The offline build itself has no offline build inside.
      if (mode === 'offline') return;
      const { script, styles } = await bundleOfflineApp();
      this.emitFile({ type: 'asset', fileName: OFFLINE_APP_SCRIPT, source: script });
      this.emitFile({ type: 'asset', fileName: OFFLINE_APP_STYLES, source: styles });
    },
  };
}

/**
 * Everything the first view runs goes into one chunk: left to itself, the bundler splits
 * modules shared with lazily loaded views into small chunks of their own, and each is
 * one more request at start-up, when a browser's six connections per host are already
 * busy with the page's script, its styles, the dataset and the worker.
 */
function firstViewChunk(
  id: string,
  ctx: { getModuleInfo(id: string): Rolldown.ModuleInfo | null },
): string | null {
  return loadedAtStart(id, ctx, new Set()) ? 'index' : null;
}

/** Modules known to load at start (only positives are final: see loadedAtStart). */
const loadedAtStartCache = new Set<string>();

/** Whether the entry reaches this module by static imports alone. */
function loadedAtStart(
  id: string,
  ctx: { getModuleInfo(id: string): Rolldown.ModuleInfo | null },
  visiting: Set<string>,
): boolean {
  if (loadedAtStartCache.has(id)) return true;
  if (visiting.has(id)) return false;
  visiting.add(id);
  const info = ctx.getModuleInfo(id);
  const result =
    !!info &&
    (info.isEntry || info.importers.some((importer) => loadedAtStart(importer, ctx, visiting)));
  visiting.delete(id);
  // A module on a cycle still being walked may be reached another way: only positives are final.
  if (result) loadedAtStartCache.add(id);
  return result;
}

/** Forgets what the last build's module graph said (a watching build rebuilds). */
function firstViewChunkReset(): Plugin {
  return { name: 'stance-map:first-view-chunk', buildStart: () => loadedAtStartCache.clear() };
}

export default defineConfig({
  // liveData: `npm start` (vite preview) reads datasets from public/data/ on each request.
  plugins: [react(), firstLayoutWorker(), firstViewChunkReset(), liveData(), offlineApp()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: firstViewChunk, debugName: 'first view' }],
        },
      },
    },
  },
  test: {
    globals: true,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
    // Pure modules run in Node (a file that needs a DOM says so in a docblock); a jsdom
    // per file costs about half a second, which was most of the unit run.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
        },
      },
    ],
  },
});
