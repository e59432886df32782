/**
 * One browser per test file, a fresh context and page per test, and every console
 * error or uncaught page error collected and failed on after the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
} from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { astana } from './expected';

export const repoRoot = path.resolve(__dirname, '../..');
export const resultsDir = path.join(repoRoot, 'test-results');

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

export interface Harness {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly browser: Browser;
  /** Open the app with a query string, e.g. '?data=astana-22&select=actor:israel'. */
  open(search?: string): Promise<void>;
  /** Let a console error matching this pattern pass (e.g. an expected 404). */
  allowConsoleError(pattern: RegExp): void;
  /** Start over in a new context with other options (viewport, media, permissions). */
  newContext(options?: BrowserContextOptions): Promise<Page>;
}

export function setupBrowser(defaults: BrowserContextOptions = {}): Harness {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  let allowed: RegExp[] = [];

  const contextOptions = (options: BrowserContextOptions = {}): BrowserContextOptions => ({
    viewport: DESKTOP,
    acceptDownloads: true,
    reducedMotion: 'reduce',
    ...defaults,
    ...options,
  });

  const watch = (target: Page) => {
    target.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = `console.error: ${message.text()} (${message.location().url})`;
      if (!allowed.some((pattern) => pattern.test(text))) problems.push(text);
    });
    target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };

  const harness: Harness = {
    get page() {
      return page;
    },
    get context() {
      return context;
    },
    get browser() {
      return browser;
    },
    async open(search = '') {
      await page.goto(`${inject('baseUrl')}/${search}`);
    },
    allowConsoleError(pattern) {
      allowed.push(pattern);
    },
    async newContext(options) {
      await context.close();
      context = await browser.newContext(contextOptions(options));
      context.on('page', watch);
      page = await context.newPage();
      return page;
    },
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    problems = [];
    allowed = [];
    context = await browser.newContext(contextOptions());
    // Every page of the context, including ones a test opens itself (a copied link).
    context.on('page', watch);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
    expect(problems, 'console errors or page errors during the test').toEqual([]);
  });
  return harness;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- Finding things as a person would ------------------------------------------------

export const mapRegion = (page: Page): Locator => page.getByRole('region', { name: 'Stance map' });
/** The actors on show (those the filters leave out stay in the DOM, hidden). */
export const actorButtons = (page: Page): Locator =>
  mapRegion(page).locator('[aria-roledescription="actor"]:not([style*="display: none"])');
/** The actor whose accessible name is this name (optionally followed by more, e.g. a count). */
export const actorButton = (page: Page, name: string): Locator =>
  actorButtons(page).and(
    page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u') }),
  );
/** Stance links on the map: roledescription "stance" or "stance link". */
/** The stance links on show (those the filters leave out stay in the DOM, hidden). */
export const stanceLinks = (page: Page): Locator =>
  mapRegion(page).locator('[aria-roledescription~="stance"]:not([style*="display: none"])');
export const details = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Details' });
export const topicsGroup = (page: Page): Locator => page.getByRole('group', { name: 'Topics' });

/** The source text file the dataset was coded from (the sibling shared/ folder). */
export function sourceText(): string {
  const file = path.resolve(repoRoot, '../shared/sources/astana-22-article.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  // Without shared/ beside the repo, the dataset's copy (checked byte for byte by a unit test).
  return astana.documents[0]!.text;
}

/** Wait until the map shows its actors. */
export async function waitForMap(page: Page): Promise<void> {
  await mapRegion(page).waitFor();
  await actorButtons(page).first().waitFor();
}
