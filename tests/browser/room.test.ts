/**
 * Briefing in the room (issue 14): presenting cuts no label at the usual projector sizes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { sceneLayout } from '../../src/briefing/sceneLayout';
import { indexDataset } from '../../src/graph/datasetIndex';
import { astana } from './expected';
import { pathToFileURL } from 'node:url';
import { details, mapRegion, resultsDir, setupBrowser, waitForMap } from './harness';

const h = setupBrowser();
const scenes = astana.scenes ?? [];
const index = indexDataset(astana);

/** Where the map stands each shown actor, in map units. */
async function placesOnMap(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return mapRegion(page)
    .locator('[aria-roledescription="actor"]:not([style*="display: none"])')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((node) => {
          const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(
            node.getAttribute('transform') ?? '',
          )!;
          return [
            node.getAttribute('data-node-id') ?? '',
            { x: Number(match[1]), y: Number(match[2]) },
          ];
        }),
      ),
    );
}

const presentation = (page: Page): Locator => page.getByRole('region', { name: 'Presentation' });

/** Labels of shown actors whose box sticks out of the map's box (screen pixels). */
async function cutLabels(page: Page): Promise<string[]> {
  return mapRegion(page)
    .locator('svg.map, svg')
    .first()
    .evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const cut: string[] = [];
      for (const label of svg.querySelectorAll<SVGTextElement>('.map-node__label')) {
        const node = label.closest<SVGGElement>('[aria-roledescription="actor"]');
        if (!node || node.style.display === 'none') continue;
        const box = label.getBoundingClientRect();
        if (
          box.left < frame.left - 0.5 ||
          box.top < frame.top - 0.5 ||
          box.right > frame.right + 0.5 ||
          box.bottom > frame.bottom + 0.5
        )
          cut.push(label.textContent ?? '');
      }
      return cut;
    });
}

describe('briefing in the room', () => {
  it('presents every scene with no label cut by the frame', async () => {
    // Every scene at 1366×768 (where "International community" used to be cut); the first
    // two at 1920×1080. The unit tests check every scene at the three sizes from geometry.
    for (const [viewport, shown] of [
      [{ width: 1366, height: 768 }, scenes.length],
      [{ width: 1920, height: 1080 }, 2],
    ] as const) {
      const page = await h.newContext({ viewport });
      await h.open();
      await waitForMap(page);
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const deck = presentation(page);
      for (const [i, scene] of scenes.slice(0, shown).entries()) {
        await deck.getByRole('heading', { level: 2, name: scene.title }).waitFor();
        // Labels go to their side two frames after the map settles.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        expect({ scene: scene.id, viewport, cut: await cutLabels(page) }).toEqual({
          scene: scene.id,
          viewport,
          cut: [],
        });
        // The places the handout and the PowerPoint draw (map units, as the map rounds them).
        const drawn = await placesOnMap(page);
        const expected = sceneLayout(index, scene).positions;
        expect(Object.keys(drawn).sort()).toEqual([...expected.keys()].sort());
        for (const [id, point] of expected) {
          expect(Math.abs(drawn[id]!.x - point.x), id).toBeLessThan(0.06);
          expect(Math.abs(drawn[id]!.y - point.y), id).toBeLessThan(0.06);
        }
        if (i < 2)
          await page.screenshot({
            path: path.join(resultsDir, `room-present-${viewport.width}-${i + 1}.png`),
          });
        await page.keyboard.press('ArrowRight');
      }
    }
  });

  it('exports a scene as a 16:9 slide picture, cropped to the map', async () => {
    await h.open('?scene=gaza');
    await waitForMap(h.page);
    await h.page.getByRole('button', { name: 'Export', exact: true }).click();
    await h.page.getByLabel('Image size').selectOption('slide');
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const file = path.join(resultsDir, 'room-slide-gaza.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });

  it('exports the briefing as a PowerPoint: a title slide and one slide per scene', async () => {
    await h.open();
    await waitForMap(h.page);
    await h.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Export briefing as PowerPoint' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('astana-22-briefing.pptx');
    const file = path.join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    const files = unzipSync(readFileSync(file));
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(scenes.length + 1);
    for (const [i, scene] of scenes.entries()) {
      const xml = strFromU8(files[`ppt/slides/slide${i + 2}.xml`]!);
      expect(xml).toContain(scene.title.replace(/&/g, '&amp;'));
    }
    // The map pictures are real renderings, not placeholders: 16:9 and high resolution.
    const pictures = Object.keys(files).filter((name) => /^ppt\/media\/.*\.png$/.test(name));
    expect(pictures.length).toBeGreaterThanOrEqual(scenes.length);
    const png = files[pictures[0]!]!;
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1920, 1080]);
  });

  it('keeps the presenter view and the presentation on the same scene, stepping in either', async () => {
    await h.open();
    await waitForMap(h.page);
    await h.page.getByRole('button', { name: 'Present', exact: true }).click();
    const deck = presentation(h.page);
    await deck.getByText(`Scene 1 of ${scenes.length}`, { exact: true }).waitFor();
    const [presenter] = await Promise.all([
      h.context.waitForEvent('page'),
      deck.getByRole('button', { name: 'Presenter view' }).click({ force: true }),
    ]);
    await presenter.setViewportSize({ width: 1366, height: 768 });
    const view = presenter.getByRole('main', { name: 'Presenter view' });
    await view.getByText('In step with the presentation').waitFor();
    const bothAt = async (n: number) => {
      await deck.getByText(`Scene ${n} of ${scenes.length}`, { exact: true }).waitFor();
      await view.getByText(`Scene ${n} of ${scenes.length}`, { exact: true }).waitFor();
      await view.getByRole('heading', { level: 1, name: scenes[n - 1]!.title }).waitFor();
      await deck.getByRole('heading', { level: 2, name: scenes[n - 1]!.title }).waitFor();
    };
    // Five steps each way round: the presenter's Next and keys, the room's keys.
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await bothAt(2);
    await h.page.keyboard.press('ArrowRight');
    await bothAt(3);
    await presenter.keyboard.press('ArrowRight');
    await bothAt(4);
    await h.page.keyboard.press('ArrowLeft');
    await bothAt(3);
    await presenter.getByRole('button', { name: '← Previous' }).click();
    await bothAt(2);
    // The presenter sees what comes next, the quotes in their sentences and a clock.
    await view.getByRole('region', { name: 'Next scene' }).getByText(scenes[2]!.title).waitFor();
    await expect(
      view.getByRole('region', { name: 'Quotes in context' }).locator('mark').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(view.getByLabel('Clock').textContent()).resolves.toMatch(/^\d\d:\d\d$/);
    await presenter.screenshot({ path: path.join(resultsDir, 'room-presenter-1366.png') });
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.screenshot({ path: path.join(resultsDir, 'room-presenter-1920.png') });
    await h.page.keyboard.press('Escape');
    await view.getByText('The presentation has ended').waitFor();
  });

  it('saves the briefing as one file that works from disk with the network blocked', async () => {
    await h.open();
    await waitForMap(h.page);
    await h.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Save briefing as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('astana-22-briefing.html');
    const file = path.join(resultsDir, 'offline', download.suggestedFilename());
    await download.saveAs(file);
    const status = h.page.getByRole('group', { name: 'Export options' }).getByRole('status');
    await status.getByText(/^Briefing file saved/).waitFor();
    const report = (await status.textContent())!;
    expect(report).toMatch(/Briefing file saved: \d+ scenes, [\d.]+ MB \(dataset [\d.]+ MB\)/);
    console.log(report);
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp.match(/script-src[^;]*/)![0]).toMatch(/^script-src 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(csp).toContain("connect-src 'none'");

    // From disk, every request that is not the file itself (or data: and blob:) fails.
    const page = await h.newContext({ viewport: { width: 1366, height: 768 } });
    const left: string[] = [];
    await h.context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      left.push(url);
      return route.abort();
    });
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await waitForMap(page);
    await page.screenshot({ path: path.join(resultsDir, 'room-offline-1366.png') });
    // Read-only: no scene editing, no sharing; the briefing and its exports are there.
    await expect(page.getByRole('button', { name: 'Briefing', exact: true }).count()).resolves.toBe(
      0,
    );
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const deck = presentation(page);
    for (const [i, scene] of scenes.entries()) {
      await deck.getByRole('heading', { level: 2, name: scene.title }).waitFor();
      if (i < scenes.length - 1) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await deck.waitFor({ state: 'hidden' });

    // A quote, then the source with the quote marked.
    const stance = astana.stances.find(
      (candidate) => candidate.id === 'condemns-israel-gaza-lebanon-west-bank',
    )!;
    await page.goto(`${url}?select=stance:${stance.id}`);
    await details(page).getByText(stance.evidence[0]!.quote).first().waitFor();
    await details(page).getByRole('button', { name: 'Show in source' }).first().click();
    const reader = page.getByRole('dialog', { name: /^Source/ });
    await expect(reader.locator('mark[data-current]').textContent()).resolves.toBe(
      stance.evidence[0]!.quote,
    );
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('table').getByRole('row').nth(10).waitFor();
    expect(left, 'requests that tried to leave the page').toEqual([]);
  });
});
