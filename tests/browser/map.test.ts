/**
 * The main screen in a real browser: the map, selecting an actor and a stance, the
 * source reader, topic filters, deep links and history, the keyboard-only path.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { actorName, astana, expectedStanceLinks, topicLabel } from './expected';
import { nominalMapArea } from '../../src/layout/layoutArea';
import {
  PHONE,
  actorButton,
  actorButtons,
  details,
  escapeRegExp,
  mapRegion,
  resultsDir,
  sourceText,
  stanceLinks,
  topicsGroup,
  setupBrowser,
  waitForMap,
} from './harness';

const h = setupBrowser();
const source = sourceText();

/** A blockquote shows its quote with some context, clipped with "… " and " …". */
const unclipped = (text: string) => text.replace(/^… /, '').replace(/ …$/, '');

const selectParam = (page: Page) => new URL(page.url()).searchParams.get('select');
const topicButton = (page: Page, id: string) =>
  topicsGroup(page).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(topicLabel(id))}(?![\\p{L}\\p{N}])`, 'u'),
  });

/** Actors whose glyph is cut off by the edge of the map region at first view. */
async function actorsOutsideMap(page: Page): Promise<string[]> {
  const map = await mapRegion(page).boundingBox();
  if (!map) throw new Error('the map region has no box');
  const boxes = await actorButtons(page).evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return {
        name: node.getAttribute('aria-label') ?? '',
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      };
    }),
  );
  const inset = 12; // the smallest glyph radius
  return boxes
    .filter(
      ({ x, y }) =>
        x < map.x + inset ||
        x > map.x + map.width - inset ||
        y < map.y + inset ||
        y > map.y + map.height - inset,
    )
    .map(({ name, x, y }) => `${name} at ${Math.round(x)},${Math.round(y)}`);
}

async function expectLinkCount(page: Page, count: number): Promise<void> {
  await expect.poll(() => stanceLinks(page).count(), { timeout: 10_000 }).toBe(count);
}

describe('the map', () => {
  it('shows one actor button per actor of the embedded dataset', async () => {
    await h.open();
    await waitForMap(h.page);
    const labels = await actorButtons(h.page).evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent ?? ''),
    );
    expect(labels).toHaveLength(astana.actors.length);
    for (const actor of astana.actors) {
      expect(
        labels.some((label) => label.startsWith(actor.name)),
        `an actor button for ${actor.name}`,
      ).toBe(true);
    }
    await expectLinkCount(h.page, expectedStanceLinks());
    await h.page.screenshot({ path: path.join(resultsDir, 'main-1366x768.png') });
    expect(await actorsOutsideMap(h.page), 'actors cut off by the map edge').toEqual([]);
  });

  it('draws the first view from the layout the boot worker computed, the same on reload', async () => {
    await h.open();
    await waitForMap(h.page);
    const svg = mapRegion(h.page).locator('svg.map__svg');
    expect(await svg.getAttribute('data-first-layout')).toBe('worker');
    const where = () =>
      actorButtons(h.page).evaluateAll((nodes) =>
        nodes.map((node) => `${node.getAttribute('aria-label')} ${node.getAttribute('transform')}`),
      );
    const first = await where();
    // The worker shaped the layout for the window's nominal map area: it must match the
    // map's real size closely, or the layout is drawn for the wrong shape.
    const box = await svg.boundingBox();
    const size = await h.page.evaluate(() => [window.innerWidth, window.innerHeight] as const);
    const nominal = nominalMapArea(size[0], size[1], false);
    expect(Math.abs(box!.width - nominal.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(box!.height - nominal.height)).toBeLessThanOrEqual(4);
    await h.page.reload();
    await waitForMap(h.page);
    expect(await where()).toEqual(first);
  });

  it('without the worker (its script broken), lays the same map out itself, with no error shown', async () => {
    await h.open();
    await waitForMap(h.page);
    const where = () =>
      actorButtons(h.page).evaluateAll((nodes) =>
        nodes.map((node) => `${node.getAttribute('aria-label')} ${node.getAttribute('transform')}`),
      );
    const fromWorker = await where();
    await h.page.route('**/assets/first-layout.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'this is <not> a script' }),
    );
    await h.page.reload();
    await waitForMap(h.page);
    const svg = mapRegion(h.page).locator('svg.map__svg');
    expect(await svg.getAttribute('data-first-layout')).toBe('main');
    expect(await where()).toEqual(fromWorker);
  });

  it('if the filters’ code cannot load, says so in the rail, and the map still works; Retry brings them', async () => {
    // The failed fetch and React's report of the caught error are expected here.
    h.allowConsoleError(/FilterFacets|dynamically imported module|Failed to load resource/);
    let fail = true;
    await h.page.route('**/assets/FilterFacets-*.js', (route) =>
      fail ? route.abort() : route.continue(),
    );
    await h.open();
    await waitForMap(h.page);
    const rail = h.page.getByRole('navigation', { name: 'Filters' });
    const alert = rail.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('could not be loaded');
    await actorButton(h.page, actorName('israel')).click();
    await expect.poll(() => selectParam(h.page)).toBe('actor:israel');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await topicsGroup(h.page).waitFor();
    expect(await rail.getByRole('alert').count()).toBe(0);
  });

  it('clicking Israel shows verbatim quotes in Details', async () => {
    await h.open();
    await waitForMap(h.page);
    await actorButton(h.page, actorName('israel')).click();
    await details(h.page)
      .getByRole('heading', { name: actorName('israel') })
      .first()
      .waitFor();
    expect(selectParam(h.page)).toBe('actor:israel');

    const quotes = details(h.page).locator('blockquote');
    await quotes.first().waitFor();
    const texts = await quotes.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(source, 'each quote is a slice of the source text').toContain(unclipped(text));
    }
    await h.page.screenshot({ path: path.join(resultsDir, 'israel-selected-1366x768.png') });
  });

  it('clicking a stance link shows its quote, and "Show in source" marks the exact span', async () => {
    await h.open();
    await waitForMap(h.page);
    // Links cross and overlap: click the first one whose middle is not under another.
    const clickable = await stanceLinks(h.page).evaluateAll((links) =>
      links.findIndex((link) => {
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit === link;
      }),
    );
    expect(clickable, 'some stance link can be clicked at its middle').toBeGreaterThanOrEqual(0);
    await stanceLinks(h.page).nth(clickable).click();
    await expect.poll(() => selectParam(h.page)).toMatch(/^stance:/);
    const stanceId = selectParam(h.page)!.slice('stance:'.length);
    const stance = astana.stances.find((candidate) => candidate.id === stanceId);
    expect(stance, `stance ${stanceId} exists`).toBeDefined();

    const quote = details(h.page).locator('blockquote mark').first();
    await quote.waitFor();
    expect(await quote.textContent()).toBe(stance!.evidence[0]!.quote);

    await details(h.page).getByRole('button', { name: 'Show in source' }).first().click();
    const reader = h.page.getByRole('dialog', { name: /^Source/ });
    await reader.waitFor();
    const current = reader.locator('mark[data-current]');
    await current.waitFor();
    const evidence = stance!.evidence[0]!;
    expect(await current.textContent()).toBe(evidence.quote);
    expect(source.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    // The text before the highlight is the source before the span (whitespace aside).
    const before = await current.evaluate((mark) => {
      const dialog = mark.closest('dialog')!;
      const range = document.createRange();
      range.setStart(dialog, 0);
      range.setEndBefore(mark);
      return range.toString();
    });
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(squash(before).endsWith(squash(source.slice(0, evidence.start)))).toBe(true);

    await h.page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });
  });

  it('toggling a topic changes the number of stance links', async () => {
    await h.open();
    await waitForMap(h.page);
    const all = expectedStanceLinks();
    const gaza = expectedStanceLinks({ topics: ['gaza'] });
    expect(gaza).toBeLessThan(all);
    await expectLinkCount(h.page, all);

    const button = topicButton(h.page, 'gaza');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await expectLinkCount(h.page, gaza);
    expect(new URL(h.page.url()).searchParams.get('topics')).toBe('gaza');

    await button.click();
    await expectLinkCount(h.page, all);
  });

  it('a deep link restores the view after reload, and Back steps back through selections', async () => {
    await h.open('?select=actor:israel&topics=gaza');
    await waitForMap(h.page);
    const heading = (id: string) =>
      details(h.page)
        .getByRole('heading', { name: actorName(id) })
        .first();
    await heading('israel').waitFor();
    await expect.poll(() => topicButton(h.page, 'gaza').getAttribute('aria-pressed')).toBe('true');
    await expectLinkCount(h.page, expectedStanceLinks({ topics: ['gaza'] }));

    await h.page.reload();
    await waitForMap(h.page);
    await heading('israel').waitFor();
    await expectLinkCount(h.page, expectedStanceLinks({ topics: ['gaza'] }));

    await actorButton(h.page, actorName('iran')).click();
    await heading('iran').waitFor();
    expect(selectParam(h.page)).toBe('actor:iran');
    await actorButton(h.page, actorName('turkiye')).click();
    await heading('turkiye').waitFor();

    await h.page.goBack();
    await heading('iran').waitFor();
    expect(selectParam(h.page)).toBe('actor:iran');
    await h.page.goBack();
    await heading('israel').waitFor();
    expect(selectParam(h.page)).toBe('actor:israel');
    // Filters are not history steps: still filtered to Gaza.
    expect(new URL(h.page.url()).searchParams.get('topics')).toBe('gaza');
  });

  it('works from the keyboard alone: Tab to an actor, Enter; Tab to a topic, Space; Escape', async () => {
    await h.open();
    await waitForMap(h.page);
    const focused = () =>
      h.page.evaluate(() => {
        const element = document.activeElement;
        return {
          roledescription: element?.getAttribute('aria-roledescription') ?? null,
          label: element?.getAttribute('aria-label') ?? element?.textContent ?? '',
        };
      });
    const inTopics = () =>
      topicsGroup(h.page).evaluate((group) => group.contains(document.activeElement));

    let actor: { roledescription: string | null; label: string } | null = null;
    for (let i = 0; i < 150 && !actor; i++) {
      await h.page.keyboard.press('Tab');
      const now = await focused();
      if (now.roledescription === 'actor') actor = now;
    }
    expect(actor, 'Tab reaches an actor on the map').not.toBeNull();
    await h.page.keyboard.press('Enter');
    await expect.poll(() => selectParam(h.page)).toMatch(/^actor:/);
    const id = selectParam(h.page)!.slice('actor:'.length);
    expect(actor!.label.startsWith(actorName(id))).toBe(true);

    // The rail's facets load after the first paint: walk back only once they are there.
    await topicsGroup(h.page).getByRole('button').first().waitFor();
    let found = false;
    for (let i = 0; i < 150 && !found; i++) {
      await h.page.keyboard.press('Shift+Tab');
      found = await inTopics();
    }
    expect(found, 'Shift+Tab reaches a topic toggle').toBe(true);
    const topic = h.page.locator(':focus');
    expect(await topic.getAttribute('aria-pressed')).toBe('false');
    await h.page.keyboard.press('Space');
    await expect.poll(() => topic.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(h.page.url()).searchParams.get('topics')).not.toBeNull();

    await h.page.keyboard.press('Escape');
    await expect.poll(() => selectParam(h.page)).toBeNull();
  });

  it('keeps the header and the map still when the briefing buttons arrive after the first paint', async () => {
    const { page } = h;
    // Hold the briefing buttons' code back, so the page shows their stand-ins first.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/BriefingActions-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await h.open();
    await waitForMap(page);
    const boxes = () =>
      page.evaluate(() =>
        ['.header', '.header__actions', '.workspace__centre'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return [selector, box.x, box.y, box.width, box.height].join(' ');
        }),
      );
    const before = await boxes();
    expect(await page.getByRole('button', { name: 'Present' }).count()).toBe(0);
    release();
    await page.getByRole('button', { name: 'Present' }).waitFor();
    expect(await boxes()).toEqual(before);
  });

  it('fits a phone screen', async () => {
    const page = await h.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    await h.open();
    await waitForMap(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling').toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: path.join(resultsDir, 'main-390x844.png') });
    expect(await actorsOutsideMap(page), 'actors cut off by the map edge').toEqual([]);
  });

  it('on a phone, a shared link with a selection shows the selection above the open details sheet', async () => {
    const page = await h.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    await h.open('?select=actor:israel');
    await waitForMap(page);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'Israel', exact: true }).first().waitFor();
    const map = (await mapRegion(page).boundingBox())!;
    const sheetTop = (await details.boundingBox())!.y;
    const visibleBottom = Math.min(map.y + map.height, sheetTop);
    expect(visibleBottom - map.y, 'visible map height').toBeGreaterThanOrEqual(200);
    // The selection and those it is linked with are framed inside the visible strip.
    const israel = page.locator('[aria-roledescription="actor"][aria-label="Israel"]');
    await expect
      .poll(async () => {
        const box = (await israel.boundingBox())!;
        const y = box.y + box.height / 2;
        return y > map.y && y < visibleBottom;
      })
      .toBe(true);
    await page.screenshot({ path: path.join(resultsDir, 'selection-390x844.png') });
  });
});
