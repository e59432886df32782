import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { bootScript } from './scripts/bootScript';
import { liveData } from './scripts/liveData';

const FIRST_LAYOUT_WORKER = fileURLToPath(
  new URL('src/layout/firstLayout.worker.ts', import.meta.url),
);

/** Where the boot script (src/boot/boot.js) finds the worker. */
const FIRST_LAYOUT_FILE = 'assets/first-layout.js';

/** The first-layout worker as one self-contained script, for the dev server. */
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
 * In a build the first-layout worker is a second entry (see the build options below),
 * a module worker that shares the graph and layout code with the page. The dev server,
 * which has no build output, bundles it into one script when the boot script asks.
 */
function firstLayoutWorkerInDev(): Plugin {
  return {
    name: 'stance-map:first-layout-worker',
    apply: 'serve',
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

type ModuleGraph = { getModuleInfo(id: string): Rolldown.ModuleInfo | null };

/**
 * Everything the first view runs goes into one chunk: left to itself, the bundler splits
 * modules shared with lazily loaded views into small chunks of their own, and each is
 * one more request at start-up, when a browser's six connections per host are already
 * busy with the page's script, its styles, the dataset and the worker. What the page
 * shares with the first-layout worker (the graph and its layout rules) is one chunk
 * more, which both load: the worker cannot load the page's chunk, which starts the app.
 */
function firstViewChunk(id: string, graph: ModuleGraph): string | null {
  const roots = entriesReaching(id, graph);
  const fromWorker = roots.has(FIRST_LAYOUT_WORKER);
  // The app's entry is index.html (in a build) and its module.
  if (roots.size === (fromWorker ? 1 : 0)) return null;
  return fromWorker ? 'first-view-shared' : 'index';
}

/** The force layout and the d3 modules it runs on. */
const FORCE_LAYOUT =
  /\/src\/layout\/(?:computeLayout|packLayout|compactArrangement|forces)\.ts$|\/node_modules\/d3-(?:force|quadtree|dispatch|timer)\//;

/** Which entries (the app, the first-layout worker) reach each module by static imports. */
const entriesReachingCache = new Map<string, ReadonlySet<string>>();

function entriesReaching(
  id: string,
  graph: ModuleGraph,
  visiting = new Set<string>(),
): ReadonlySet<string> {
  const known = entriesReachingCache.get(id);
  if (known) return known;
  if (visiting.has(id)) return new Set();
  visiting.add(id);
  const info = graph.getModuleInfo(id);
  const roots = new Set<string>();
  if (info?.isEntry) roots.add(id);
  for (const importer of info?.importers ?? []) {
    for (const root of entriesReaching(importer, graph, visiting)) roots.add(root);
  }
  visiting.delete(id);
  // A module on a cycle still being walked may be reached another way: only the outermost
  // walk's answer is final.
  if (visiting.size === 0) entriesReachingCache.set(id, roots);
  return roots;
}

/** Forgets what the last build's module graph said (a watching build rebuilds). */
function firstViewChunkReset(): Plugin {
  return { name: 'stance-map:first-view-chunk', buildStart: () => entriesReachingCache.clear() };
}

export default defineConfig({
  // liveData: `npm start` (vite preview) reads datasets from public/data/ on each request.
  plugins: [
    react(),
    firstLayoutWorkerInDev(),
    bootScript(fileURLToPath(new URL('src/boot/boot.js', import.meta.url))),
    firstViewChunkReset(),
    liveData(),
    offlineApp(),
  ],
  base: './',
  build: {
    target: 'es2022',
    // Every browser the app supports (ES2022 and up) knows <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'first-layout': FIRST_LAYOUT_WORKER,
      },
      output: {
        // The boot script starts the worker by this fixed name.
        entryFileNames: (chunk) =>
          chunk.name === 'first-layout' ? FIRST_LAYOUT_FILE : 'assets/[name]-[hash].js',
        codeSplitting: {
          groups: [
            { name: firstViewChunk, debugName: 'first view' },
            // The force layout, which the worker runs at once: one chunk, one request. Its
            // own modules only: with their dependencies it took label metrics, which the
            // page needs, and the page then loaded the whole force layout at start.
            {
              name: 'layout',
              test: FORCE_LAYOUT,
              priority: -1,
              includeDependenciesRecursively: false,
            },
          ],
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
