/**
 * npm run bench: build the app and a bare d3 reference page, serve both with the
 * embedded dataset and a synthetic corpus (1,000 stances, 150 actors), drive headless
 * Chromium and print the figures against their budgets. Timing never fails the run:
 * it exits 0 unless the benchmark itself breaks.
 *
 *   JS for the first view    gzip bytes of the scripts index.html loads (entry + modulepreload)
 *   first map                navigation start → every actor in the DOM; app vs reference,
 *                            alternating, N runs each; medians and their ratio. A third page,
 *                            React rendering one element per actor and nothing else, shows
 *                            how much of the gap is React's own start-up.
 *   select / toggle          input event → next frame rendered, on both datasets
 *   drag                     main-thread work per frame while dragging a node (synthetic)
 *   synthetic load           navigation start → every synthetic actor in the DOM
 *   open a 5 MB file         file chosen in Open… → the new map's actors in the DOM, then a
 *                            frame (3,000 stances, 300 actors, five long source documents)
 *   code view                adding a stance → list and map updated; a 1 MB text's longest
 *                            task while selecting and typing (see coding.ts)
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { parseDataset } from '../../src/data/parseDataset';
import type { Dataset } from '../../src/data/schema';
import { readDna, writeDna } from '../../src/interchange/dna';
import { loadSqlJs } from '../../src/interchange/sqlJs';
import { launchChromium } from '../../tests/browser/chromium';
import { startStaticServer } from '../../tests/browser/staticServer';
import { generateSyntheticDataset } from '../../tests/fixtures/syntheticDataset';
import { longText, longTextLongestTask, stanceAddLatencies } from './coding';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(root, '.bench');
const dist = path.join(benchDir, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Clicks per interaction: enough that the p95 is not simply the slowest one. */
const CLICKS = 30;
const VIEWPORT = { width: 1366, height: 768 };
const ACTOR = '[aria-roledescription="actor"]';
const REFERENCE_ACTOR = '[data-actor]';

const BUDGET = {
  firstViewJs: 120 * 1024,
  firstMapRatio: 1.3,
  /** Selecting an actor or toggling a filter, input → next paint, by dataset size. */
  interaction: { embedded: 50, synthetic: 100 },
  frame: 16.7,
  /** Code view: adding a stance → the list and the map show it. */
  addStance: { embedded: 100, synthetic: 200 },
  longTask: 50,
};

// ---------------------------------------------------------------- statistics

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

interface Row {
  measure: string;
  value: string;
  budget: string;
  result: 'PASS' | 'OVER' | '—';
}
const rows: Row[] = [];
const judge = (ok: boolean) => (ok ? 'PASS' : 'OVER');

// ---------------------------------------------------------------- builds

async function buildAll(): Promise<void> {
  console.log('bench: building the app (vite build) …');
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
  });
  console.log('bench: building the reference page …');
  await build({
    root: path.join(root, 'scripts/bench'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: path.join(benchDir, 'reference'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: [
          path.join(root, 'scripts/bench/reference.html'),
          path.join(root, 'scripts/bench/react-floor.html'),
          path.join(root, 'scripts/bench/suggest.html'),
        ],
      },
    },
  });
}

function firstViewJs(): { initial: number; lazy: number; files: string[] } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]!.replace(/^\.\//, ''));
  // The first-layout worker the boot script (in its own file, or inline) starts.
  const bootCode = [
    html,
    ...scripts
      .filter((file) => !file.startsWith('assets/'))
      .map((file) => readFileSync(path.join(dist, file), 'utf8')),
  ].join('\n');
  const workers = [...bootCode.matchAll(/new Worker\(['"`]([^'"`]+)['"`]/g)].map(
    (match) => match[1]!,
  );
  // Each script with every chunk it imports statically (the module worker shares chunks).
  const initialPaths = new Set<string>();
  const visit = (file: string) => {
    if (initialPaths.has(file)) return;
    initialPaths.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
      visit(path.join(path.dirname(file), match[1]!));
    }
  };
  for (const file of [...scripts, ...workers]) visit(path.join(dist, file));
  const files = [...initialPaths].map((file) => path.relative(dist, file));
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  // Inline scripts (the boot script) count as well: they are the first script to run.
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const initial =
    [...initialPaths].reduce((sum, file) => sum + gz(file), 0) +
    inline.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  if (inline.length) files.push(`${inline.length} inline script(s)`);
  const lazy = readdirSync(path.join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(dist, 'assets', name))
    .filter((file) => !initialPaths.has(file))
    .reduce((sum, file) => sum + gz(file), 0);
  return { initial, lazy, files };
}

// ---------------------------------------------------------------- in-page probes

/**
 * Records when `count` elements matching `selector` are in the DOM, and when the frame
 * that shows them has been drawn (ms since navigation start). That frame's end comes from
 * Long Animation Frame timing when the frame was long (it usually is: it carries the
 * script that added the elements); otherwise from a message posted in the next frame
 * callback, which can also wait for other tasks queued by then.
 */
function firstMapProbe({ selector, count }: { selector: string; count: number }): void {
  const w = window as unknown as {
    __firstMap?: number;
    __firstMapPainted?: number;
    __longFrames: { start: number; end: number }[];
  };
  w.__longFrames = [];
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longFrames.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
  const check = () => {
    if (w.__firstMap === undefined && document.querySelectorAll(selector).length >= count) {
      w.__firstMap = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        // A message posted in rAF runs after the frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__firstMapPainted = performance.now());
        channel.port2.postMessage(null);
      });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Records input → next rendered frame for every click, in window.__latency. */
function latencyProbe(): void {
  const w = window as unknown as { __latency: number[] };
  w.__latency = [];
  window.addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        // A message posted in rAF runs after the frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__latency.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

async function newPage(browser: Browser, probe?: { selector: string; count: number }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // tsx keeps function names with an `__name` helper that the page lacks.
  await page.addInitScript('window.__name = (fn) => fn;');
  if (probe) await page.addInitScript(firstMapProbe, probe);
  await page.addInitScript(latencyProbe);
  return { context, page, errors };
}

/**
 * A 5 MB dataset file: the synthetic corpus over five documents, each document's text
 * padded after its quotes (offsets unchanged) as long source texts are.
 */
function fiveMegabyteDataset(): { json: string; actors: number; dataset: Dataset } {
  const dataset = generateSyntheticDataset({ stances: 3000, actors: 300, documents: 5, seed: 11 });
  const target = 5 * 1024 * 1024;
  const paragraph =
    'The participants reaffirmed the positions set out in earlier rounds and agreed to meet again. ';
  const missing = target - JSON.stringify(dataset).length;
  const perDocument = Math.max(0, Math.ceil(missing / dataset.documents.length));
  for (const doc of dataset.documents) {
    doc.text += `\n\n${paragraph.repeat(Math.ceil(perDocument / paragraph.length))}`.slice(
      0,
      perDocument,
    );
  }
  const json = JSON.stringify(dataset);
  parseDataset(json, 'five-megabytes.json'); // it must pass the app's own checks
  return { json, actors: dataset.actors.length, dataset };
}

/**
 * The same corpus as a DNA 3.0 database (Stance Map's DNA export with its own SETTINGS
 * row removed, so it is read as any DNA file is).
 */
async function asDnaFile(dataset: Dataset): Promise<{ bytes: Uint8Array; actors: number }> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(writeDna(SQL, dataset).bytes);
  db.exec("DELETE FROM SETTINGS WHERE Property = 'stancemap.dataset'; VACUUM;");
  const bytes = db.export();
  db.close();
  // Read as any DNA file, its actors are as DNA holds them (its entities).
  const read = readDna(SQL, bytes, 'five-megabytes.dna');
  if (read.kind !== 'dataset') throw new Error('the bench DNA file needed a mapping');
  return { bytes, actors: read.dataset.actors.length };
}

/** Open… with a file chosen → its map's actors in the DOM and the next frame, in ms. */
async function openFileTime(
  browser: Browser,
  base: string,
  file: { name: string; bytes: Uint8Array; confirm?: boolean },
  actors: number,
) {
  const { context, page, errors } = await newPage(browser);
  try {
    await page.goto(`${base}/`);
    await page.locator(ACTOR).first().waitFor();
    await page.evaluate(
      ({ selector, count }) => {
        const w = window as unknown as { __openStart?: number; __openDone?: number };
        // Capture phase: before the app's own change handler starts reading the file.
        document.addEventListener('change', () => (w.__openStart = performance.now()), true);
        const observer = new MutationObserver(() => {
          if (w.__openStart === undefined || !location.search.startsWith('?data=local:')) return;
          if (document.querySelectorAll(selector).length !== count) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (w.__openDone = performance.now())));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { selector: ACTOR, count: actors },
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open…' }).click(),
    ]);
    await chooser.setFiles({ name: file.name, mimeType: '', buffer: Buffer.from(file.bytes) });
    // An import shows what it found first; the bench opens it at once.
    if (file.confirm)
      await page.getByRole('button', { name: 'Open', exact: true }).click({ timeout: 60_000 });
    await page.waitForFunction(
      () => (window as { __openDone?: number }).__openDone !== undefined,
      null,
      { timeout: 60_000 },
    );
    return await page.evaluate(() => {
      const w = window as unknown as { __openStart: number; __openDone: number };
      return w.__openDone - w.__openStart;
    });
  } catch (error) {
    throw new Error(`opening ${file.name}: ${String(error)}; ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
}

/** Navigation start → the map in the DOM, and → that frame drawn. */
interface FirstMap {
  inDom: number;
  painted: number;
}

async function firstMapTime(
  browser: Browser,
  url: string,
  selector: string,
  count: number,
): Promise<FirstMap> {
  const { context, page, errors } = await newPage(browser, { selector, count });
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as { __firstMapPainted?: number }).__firstMapPainted !== undefined,
      null,
      {
        timeout: 60_000,
      },
    );
    // Long Animation Frame entries are reported a moment after their frame.
    await page.waitForTimeout(100);
    return await page.evaluate(() => {
      const w = window as unknown as {
        __firstMap: number;
        __firstMapPainted: number;
        __longFrames: { start: number; end: number }[];
      };
      const frame = w.__longFrames.find(
        ({ start, end }) => start <= w.__firstMap && end >= w.__firstMap,
      );
      return { inDom: w.__firstMap, painted: frame?.end ?? w.__firstMapPainted };
    });
  } catch (error) {
    throw new Error(
      `${url}: the map did not show ${count} actors (${String(error)}; ${errors.join('; ')})`,
    );
  } finally {
    await context.close();
  }
}

/**
 * The middle of the n-th (cyclically) element matching the selector that is really on
 * top there: nodes can sit under others, and a person clicks what they can see.
 */
async function clickablePoint(
  page: Page,
  selector: string,
  n: number,
): Promise<{ x: number; y: number }> {
  const points = await page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      const inView = x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight;
      return inView && hit && element.contains(hit) ? [{ x, y }] : [];
    }),
  );
  if (points.length === 0) throw new Error(`nothing matching ${selector} can be clicked`);
  return points[n % points.length]!;
}

async function clickLatencies(page: Page, clicks: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { __latency: number[] }).__latency = []));
  await clicks();
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __latency: number[] }).__latency);
}

async function interactions(browser: Browser, base: string, data: string, label: string) {
  const { context, page, errors } = await newPage(browser);
  try {
    await page.goto(`${base}/?data=${data}`);
    await page.locator(ACTOR).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const select = await clickLatencies(page, async () => {
      for (let i = 0; i < CLICKS; i++) {
        const point = await clickablePoint(page, ACTOR, i * 7);
        await page.mouse.click(point.x, point.y);
        await page.waitForTimeout(150);
      }
    });
    const topic = page.getByRole('group', { name: 'Topics' }).getByRole('button').first();
    const toggle = await clickLatencies(page, async () => {
      for (let i = 0; i < CLICKS + 1; i++) {
        await topic.click({ timeout: 10_000 });
        await page.waitForTimeout(250);
      }
    });
    if (errors.length) throw new Error(errors.join('; '));
    return { select, toggle, label };
  } finally {
    await context.close();
  }
}

/** Main-thread work per frame (frame start → rendering done) while dragging a node. */
async function dragFrames(browser: Browser, base: string): Promise<number[]> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${base}/?data=synthetic`);
    await page.locator(ACTOR).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const { x, y } = await clickablePoint(page, ACTOR, 5);
    const where = (px: number, py: number) =>
      page.evaluate(
        ([ax, ay, selector]) => {
          const node = document.elementFromPoint(ax, ay)?.closest(selector);
          const box = node?.getBoundingClientRect();
          return { id: node?.getAttribute('aria-label') ?? null, x: box?.x ?? 0, y: box?.y ?? 0 };
        },
        [px, py, ACTOR] as const,
      );
    const before = await where(x, y);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__frames = [];
      w.__recording = true;
      const onFrame = (start: number) => {
        if (!w.__recording) return;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__frames.push(performance.now() - start);
        channel.port2.postMessage(null);
        requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    });
    for (let i = 1; i <= 120; i++) {
      const angle = (i / 120) * Math.PI * 4;
      await page.mouse.move(x + Math.cos(angle) * 120 - 120, y + Math.sin(angle) * 120);
      await page.waitForTimeout(16);
    }
    // The circle ends where it began: finish away from the start so the move shows.
    await page.mouse.move(x + 100, y + 60, { steps: 5 });
    await page.mouse.up();
    const moved = await page.evaluate(
      ([selector, label]) => {
        const node = [...document.querySelectorAll(selector)].find(
          (element) => element.getAttribute('aria-label') === label,
        );
        const box = node?.getBoundingClientRect();
        return { x: box?.x ?? 0, y: box?.y ?? 0 };
      },
      [ACTOR, before.id] as const,
    );
    if (!before.id || Math.hypot(moved.x - before.x, moved.y - before.y) < 20) {
      throw new Error(`the drag did not move the node (${before.id ?? 'none'} under the pointer)`);
    }
    return await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__recording = false;
      return w.__frames;
    });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  await buildAll();
  const js = firstViewJs();
  rows.push({
    measure: `JS for the first view (gzip; ${js.files.length} files)`,
    value: kb(js.initial),
    budget: `≤ ${kb(BUDGET.firstViewJs)}`,
    result: judge(js.initial <= BUDGET.firstViewJs),
  });
  rows.push({
    measure: 'JS in lazy chunks (gzip, not counted)',
    value: kb(js.lazy),
    budget: '',
    result: '—',
  });

  const synthetic = generateSyntheticDataset();
  const syntheticJson = JSON.stringify(synthetic);
  parseDataset(syntheticJson, 'synthetic.json'); // the corpus must pass the app's own checks
  const dataDir = path.join(benchDir, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'synthetic.json'), syntheticJson);
  const embedded = JSON.parse(
    readFileSync(path.join(root, 'public/data/astana-22.json'), 'utf8'),
  ) as {
    actors: unknown[];
  };

  const server = await startStaticServer({
    root: dist,
    dataDirs: [dataDir],
    mounts: { '/bench/': path.join(benchDir, 'reference') },
  });
  const browser = await launchChromium();
  try {
    console.log(`bench: first map, ${RUNS} runs each, rotating app, reference and React floor …`);
    const app: FirstMap[] = [];
    const reference: FirstMap[] = [];
    const reactFloor: FirstMap[] = [];
    const inDom = (times: FirstMap[]) => times.map((time) => time.inDom);
    const painted = (times: FirstMap[]) => times.map((time) => time.painted);
    const count = embedded.actors.length;
    const pages = {
      app: () => firstMapTime(browser, `${server.url}/`, ACTOR, count),
      reference: () =>
        firstMapTime(browser, `${server.url}/bench/reference.html`, REFERENCE_ACTOR, count),
      reactFloor: () =>
        firstMapTime(browser, `${server.url}/bench/react-floor.html`, REFERENCE_ACTOR, count),
    };
    // One untimed round first: the build just finished and the browser is cold.
    for (const load of Object.values(pages)) await load();
    for (let run = 0; run < RUNS; run++) {
      // Rotate the order, so no page always goes first.
      const order = (['app', 'reference', 'reactFloor'] as const).map(
        (_, i, all) => all[(i + run) % all.length]!,
      );
      for (const which of order) {
        const time = await pages[which]();
        (which === 'app' ? app : which === 'reference' ? reference : reactFloor).push(time);
      }
    }
    const ratio = median(inDom(app)) / median(inDom(reference));
    rows.push({
      measure: 'First map, app (median)',
      value: ms(median(inDom(app))),
      budget: '',
      result: '—',
    });
    rows.push({
      measure: 'First map, d3 reference (median)',
      value: ms(median(inDom(reference))),
      budget: '',
      result: '—',
    });
    rows.push({
      measure: 'First view, React floor page (median; for comparison)',
      value: ms(median(inDom(reactFloor))),
      budget: '',
      result: '—',
    });
    // The budget's end point is "in the DOM"; the frame that shows the map also carries
    // each page's style, layout and paint, which the user waits for too.
    const paintedRatio = median(painted(app)) / median(painted(reference));
    rows.push({
      measure: 'First map drawn on screen, app / reference (medians; for comparison)',
      value: `${ms(median(painted(app)))} / ${ms(median(painted(reference)))} = ${paintedRatio.toFixed(2)}×`,
      budget: '',
      result: '—',
    });
    // The machine's speed drifts over a run; a ratio within each round (the two pages
    // loaded back to back) is steadier than the ratio of the medians. Shown for reading
    // the noise; the budget is judged on the ratio of the medians.
    const pairedRatio = median(app.map((time, i) => time.inDom / reference[i]!.inDom));
    rows.push({
      measure: 'First map, median of per-round app ÷ reference (for comparison)',
      value: `${pairedRatio.toFixed(2)}×`,
      budget: '',
      result: '—',
    });
    rows.push({
      measure: 'First map, app ÷ reference',
      value: `${ratio.toFixed(2)}×`,
      budget: `≤ ${BUDGET.firstMapRatio}×`,
      result: judge(ratio <= BUDGET.firstMapRatio),
    });

    console.log('bench: synthetic corpus load …');
    const synthCount = synthetic.actors.length;
    const synthLoads: number[] = [];
    for (let run = 0; run < 3; run++) {
      synthLoads.push(
        (await firstMapTime(browser, `${server.url}/?data=synthetic`, ACTOR, synthCount)).inDom,
      );
    }
    rows.push({
      measure: `Synthetic corpus load (${synthetic.stances.length} stances, ${synthCount} actors; median of 3)`,
      value: ms(median(synthLoads)),
      budget: '',
      result: '—',
    });

    console.log('bench: opening a 5 MB dataset file …');
    const big = fiveMegabyteDataset();
    const opens: number[] = [];
    for (let run = 0; run < 3; run++)
      opens.push(
        await openFileTime(
          browser,
          server.url,
          { name: 'five-megabytes.json', bytes: new TextEncoder().encode(big.json) },
          big.actors,
        ),
      );
    rows.push({
      measure: `Open a ${(big.json.length / 1024 / 1024).toFixed(1)} MB dataset file: map on screen (median of 3)`,
      value: ms(median(opens)),
      budget: '≤ 2000 ms',
      result: judge(median(opens) <= 2000),
    });

    console.log('bench: opening a DNA database of the same corpus …');
    const dna = await asDnaFile(big.dataset);
    const dnaOpens: number[] = [];
    for (let run = 0; run < 3; run++)
      dnaOpens.push(
        await openFileTime(
          browser,
          server.url,
          { name: 'five-megabytes.dna', bytes: dna.bytes, confirm: true },
          dna.actors,
        ),
      );
    rows.push({
      measure: `Open a ${(dna.bytes.length / 1024 / 1024).toFixed(1)} MB DNA database: summary, then map on screen (median of 3)`,
      value: ms(median(dnaOpens)),
      budget: '≤ 3000 ms',
      result: judge(median(dnaOpens) <= 3000),
    });

    for (const [data, label] of [
      ['astana-22', 'embedded'],
      ['synthetic', 'synthetic'],
    ] as const) {
      console.log(`bench: interactions on the ${label} dataset …`);
      const result = await interactions(browser, server.url, data, label);
      for (const [kind, values, budget] of [
        ['Select an actor', result.select, BUDGET.interaction[label]],
        ['Toggle a topic', result.toggle, BUDGET.interaction[label]],
      ] as const) {
        rows.push({
          measure: `${kind}, ${label}: input → next paint, median (n=${values.length})`,
          value: ms(median(values)),
          budget: `≤ ${budget} ms`,
          result: judge(median(values) <= budget),
        });
        rows.push({
          measure: `${kind}, ${label}: input → next paint, p95`,
          value: ms(p95(values)),
          budget: `≤ ${budget} ms`,
          result: judge(p95(values) <= budget),
        });
      }
    }

    console.log('bench: suggested stances for the source article, in the worker …');
    const suggestPage = await browser.newPage();
    await suggestPage.goto(`${server.url}/bench/suggest.html`);
    await suggestPage.waitForFunction(() => window.suggestBench, null, { timeout: 60_000 });
    const suggestBench = await suggestPage.evaluate(() => window.suggestBench!);
    await suggestPage.close();
    if ('error' in suggestBench) throw new Error(`suggest bench: ${suggestBench.error}`);
    rows.push({
      measure: `Suggest stances, source article, ${suggestBench.ranIn}: first call (start-up included) / warm median`,
      value: `${ms(suggestBench.first)} / ${ms(median(suggestBench.warm))}`,
      budget: '≤ 1000 ms',
      result: judge(suggestBench.first <= 1000),
    });

    console.log('bench: dragging a node on the synthetic corpus …');
    const frames = await dragFrames(browser, server.url);
    for (const [name, value] of [
      ['p50', median(frames)],
      ['p95', p95(frames)],
    ] as const) {
      rows.push({
        measure: `Drag a node, synthetic: frame work ${name} (n=${frames.length})`,
        value: ms(value),
        budget: `≤ ${BUDGET.frame} ms`,
        result: judge(value <= BUDGET.frame),
      });
    }

    for (const [data, label] of [
      ['astana-22', 'embedded'],
      ['synthetic', 'synthetic'],
    ] as const) {
      console.log(`bench: Code view, adding stances to a copy of the ${label} dataset …`);
      const values = await stanceAddLatencies(browser, server.url, data, 5);
      rows.push({
        measure: `Code view: add a stance, ${label}: click → list and map updated, median (n=${values.length})`,
        value: ms(median(values)),
        budget: `≤ ${BUDGET.addStance[label]} ms`,
        result: judge(median(values) <= BUDGET.addStance[label]),
      });
    }
    console.log('bench: Code view, a 1 MB text …');
    const article = (embedded as unknown as { documents: { text: string }[] }).documents[0]!.text;
    const long = await longTextLongestTask(browser, server.url, longText(article, 1024 * 1024));
    rows.push({
      measure: `Code view: 1 MB text, longest task while selecting and typing (${long.tasks} tasks > 50 ms; shown after ${long.shownMs} ms)`,
      value: ms(long.longestTaskMs),
      budget: `≤ ${BUDGET.longTask} ms`,
      result: judge(long.longestTaskMs <= BUDGET.longTask),
    });
  } finally {
    await browser.close();
    await server.close();
  }

  const widths = [
    Math.max(...rows.map((row) => row.measure.length), 7),
    Math.max(...rows.map((row) => row.value.length), 5),
    Math.max(...rows.map((row) => row.budget.length), 6),
    6,
  ];
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log();
  console.log(line(['Measure', 'Value', 'Budget', 'Result']));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line([row.measure, row.value, row.budget, row.result]));
  const over = rows.filter((row) => row.result === 'OVER').length;
  console.log();
  console.log(
    `bench: ${rows.filter((row) => row.result === 'PASS').length} within budget, ${over} over ` +
      `(Chromium ${CHROMIUM_NOTE}; timings are informative and never fail the run).`,
  );
}

const CHROMIUM_NOTE = `headless, 1366×768, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench: failed:', error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
