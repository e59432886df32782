/**
 * Briefing and export (issue 4): present the default scenes, export PNG and SVG, print
 * the handout to PDF, share a link to a scene, embed read-only, the help dialog.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { astana } from './expected';
import { details, resultsDir, stanceLinks, setupBrowser, waitForMap } from './harness';

const h = setupBrowser();
const scenes = astana.scenes ?? [];

const presentation = (page: Page): Locator =>
  page
    .getByRole('dialog', { name: 'Presentation' })
    .or(page.getByRole('region', { name: 'Presentation' }));

async function openExport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
}

async function saved(download: Download): Promise<Buffer> {
  const file = path.join(resultsDir, download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file);
}

describe('briefing', () => {
  it('the embedded dataset has a default briefing', () => {
    expect(scenes.length, 'public/data/astana-22.json has scenes').toBeGreaterThan(1);
  });

  it('Present steps through every default scene, and Escape leaves', async () => {
    expect(scenes.length, 'scenes to present').toBeGreaterThan(0);
    await h.open();
    await waitForMap(h.page);
    await h.page.getByRole('button', { name: 'Present', exact: true }).click();
    const deck = presentation(h.page);
    await deck.waitFor();
    for (const [i, scene] of scenes.entries()) {
      await deck.getByRole('heading', { level: 2, name: scene.title }).waitFor();
      await deck.getByText(`Scene ${i + 1} of ${scenes.length}`, { exact: true }).waitFor();
      if (i === 0) await h.page.screenshot({ path: path.join(resultsDir, 'present-1366x768.png') });
      if (i < scenes.length - 1) await h.page.keyboard.press('ArrowRight');
    }
    await h.page.keyboard.press('Escape');
    await deck.waitFor({ state: 'hidden' });
    await waitForMap(h.page);
  });

  it('exports a PNG at the requested width', async () => {
    await h.open();
    await waitForMap(h.page);
    await openExport(h.page);
    await h.page.getByLabel('Image size').selectOption('1280');
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = await saved(download);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16), 'IHDR width').toBe(1280);
    expect(png.readUInt32BE(20), 'IHDR height').toBeGreaterThan(0);
  });

  it('exports an SVG of the map', async () => {
    await h.open();
    await waitForMap(h.page);
    await openExport(h.page);
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = (await saved(download)).toString('utf8');
    expect(svg.length).toBeGreaterThan(1000);
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('prints the handout with one page per scene after the cover', async () => {
    expect(scenes.length, 'scenes to print').toBeGreaterThan(0);
    await h.open('?handout=1');
    await h.page.emulateMedia({ media: 'print' });
    for (const scene of scenes) {
      await h.page
        .getByRole('heading', { name: scene.title })
        .first()
        .waitFor({ state: 'attached' });
    }
    await h.page.waitForLoadState('networkidle');
    const pdf = (await h.page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages.length, 'a cover, then one page per scene').toBe(scenes.length + 1);
  });

  it('a copied link opens the same scene', async () => {
    const scene = scenes[1] ?? scenes[0];
    expect(scene).toBeDefined();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await h.open(`?scene=${scene!.id}`);
    await waitForMap(h.page);
    const linksBefore = await stanceLinks(h.page).count();
    const headingBefore = await details(h.page).getByRole('heading').first().textContent();

    await h.page.getByRole('button', { name: 'Share', exact: true }).click();
    await h.page.getByRole('button', { name: 'Copy link' }).click();
    await h.page.getByText('Link copied').waitFor();
    const link = await h.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('scene')).toBe(scene!.id);
    expect(await h.page.getByLabel('Link to this view').inputValue()).toBe(link);

    const other = await h.context.newPage();
    await other.goto(link);
    await waitForMap(other);
    await expect.poll(() => stanceLinks(other).count()).toBe(linksBefore);
    expect(await details(other).getByRole('heading').first().textContent()).toBe(headingBefore);
    await other.close();
  });

  it('?embed=1 shows the map without editing controls', async () => {
    await h.open('?embed=1');
    await waitForMap(h.page);
    expect(await h.page.getByRole('navigation', { name: 'Filters' }).count()).toBe(0);
    for (const name of ['Present', 'Export', 'Share', 'Clear filters']) {
      expect(await h.page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    await h.page.screenshot({ path: path.join(resultsDir, 'embed-1366x768.png') });
  });

  it('? opens the keyboard shortcuts, Escape closes them', async () => {
    await h.open();
    await waitForMap(h.page);
    await h.page.locator('body').click({ position: { x: 5, y: 5 } });
    await h.page.keyboard.press('?');
    const help = h.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await h.page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });
});
