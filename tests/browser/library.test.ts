/**
 * Opening your own datasets in the built app: a file through the picker and by a drop,
 * a broken file over the open workspace, ?src= addresses on a second server (with and
 * without CORS, 404, HTML, no answer), the Library over a reload and in a new page,
 * delete and undo.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateSyntheticDataset } from '../fixtures/syntheticDataset';
import { details, resultsDir, setupBrowser, waitForMap } from './harness';

const h = setupBrowser();

const mine = generateSyntheticDataset({ actors: 8, stances: 14, topics: 3, seed: 5, documents: 3 });
mine.id = 'mine';
mine.title = 'My own communiqué';
const mineJson = JSON.stringify(mine);

const broken = structuredClone(mine);
broken.stances[2]!.evidence[0]!.quote = 'Words the source never says.';

/** The short time-out the app uses for ?src= in these tests (see loadFromUrl.ts). */
const TEST_URL_TIMEOUT_MS = 600;

let other: Server;
let otherUrl: string;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  other = createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*' };
    switch (new URL(request.url ?? '/', 'http://x').pathname) {
      case '/cors.json':
        response.writeHead(200, { 'content-type': 'application/json', ...cors });
        response.end(mineJson);
        return;
      case '/no-cors.json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(mineJson);
        return;
      case '/page.json':
        response.writeHead(200, { 'content-type': 'text/html', ...cors });
        response.end('<!doctype html><title>Sign in</title><p>Sign in to see this file.</p>');
        return;
      case '/never.json':
        // Holds the request open; closed at the end.
        hanging.add(response);
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/plain', ...cors });
        response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of hanging) response.destroy();
  await new Promise((resolve) => other.close(resolve));
});

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('opening your own datasets', () => {
  it('opens a file from the picker, keeps it over a reload and links to a view of it', async () => {
    await h.open();
    await waitForMap(h.page);
    await chooseFile(h.page, 'mine.json', mineJson);
    await heading(h.page).filter({ hasText: mine.title }).waitFor();
    await waitForMap(h.page);
    const search = new URL(h.page.url()).search;
    expect(search).toMatch(/^\?data=local:mine-[a-z0-9]{4}$/);

    await h.page.reload();
    await heading(h.page).filter({ hasText: mine.title }).waitFor();
    await waitForMap(h.page);

    // A new page of the same browser, with a selection and a topic filter in the link.
    const page = await h.context.newPage();
    await page.goto(
      `${new URL(h.page.url()).origin}/${search}&select=actor:actor-1&topics=topic-0`,
    );
    await details(page).getByRole('heading', { name: 'Actor 1', exact: true }).first().waitFor();
    await expect
      .poll(() =>
        page.getByRole('group', { name: 'Topics' }).getByRole('button', { pressed: true }).count(),
      )
      .toBe(1);

    // Back goes to the dataset that was open before.
    await h.page.goBack();
    await heading(h.page).filter({ hasText: 'Astana' }).waitFor();
    await page.close();
  });

  it('opens a dropped file, showing a drop target while the file is dragged', async () => {
    await h.open();
    await waitForMap(h.page);
    const transfer = await h.page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, mineJson);
    // The drop target's code loads after the first paint: drag in until it answers.
    const target = h.page.getByText('Drop a dataset file (.json) to open it');
    await expect
      .poll(async () => {
        await h.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
        await h.page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
        return target.isVisible();
      })
      .toBe(true);
    await h.page.screenshot({ path: path.join(resultsDir, 'library-drop-target-1366x768.png') });
    await h.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await heading(h.page).filter({ hasText: mine.title }).waitFor();
    expect(await h.page.getByText('Drop a dataset file').count()).toBe(0);
  });

  it('reports a broken file over the workspace, which still works after closing', async () => {
    await h.open();
    await waitForMap(h.page);
    await chooseFile(h.page, 'broken.json', JSON.stringify(broken));
    const dialog = h.page.getByRole('dialog', { name: 'This file could not be opened' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('File: broken.json');
    expect(text).toContain('stances[2].evidence[0]');
    expect(text).toMatch(/quote does not match the text/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Stance Map's own Gephi export, opened back: refused with the reason.
    await chooseFile(h.page, 'astana-22-all.gexf', '<?xml version="1.0"?><gexf/>');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'a GEXF file holds the network and its quotes but not the documents’ full texts',
    );
    await h.page.screenshot({ path: path.join(resultsDir, 'library-refused-gexf-1366x768.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(h.page.url()).search).toBe('');
    await heading(h.page).filter({ hasText: 'Astana' }).waitFor();
    await h.page.getByRole('button', { name: 'Table' }).click();
    await h.page.getByRole('table').first().waitFor();
  });

  it('opens ?src= from a server that allows it, and says why others fail', async () => {
    await h.context.addInitScript(`window.__stanceMapUrlTimeoutMs = ${TEST_URL_TIMEOUT_MS};`);
    h.allowConsoleError(/CORS policy|Failed to load resource|net::ERR_FAILED/);
    await h.open(`?src=${otherUrl}/cors.json&select=actor:actor-2`);
    await heading(h.page).filter({ hasText: mine.title }).waitFor();
    await details(h.page).getByRole('heading', { name: 'Actor 2', exact: true }).first().waitFor();

    const expectError = async (file: string, pattern: RegExp) => {
      await h.open(`?src=${otherUrl}/${file}`);
      const alert = h.page.getByRole('alert');
      await alert.getByRole('heading', { name: 'This dataset could not be loaded' }).waitFor();
      const text = await alert.textContent();
      expect(text).toContain(`Address: ${otherUrl}/${file}`);
      expect(text).toMatch(pattern);
    };
    await expectError(
      'no-cors.json',
      /did not allow other sites to read it.*Access-Control-Allow-Origin/,
    );
    await expectError('gone.json', /has no file at this address \(404 Not Found\)/);
    await expectError('page.json', /sent a web page \(HTML\), not a dataset file in JSON/);
    await expectError('never.json', /no answer within 600 ms, the time limit/);
    await expectError('', /has no file|not a web address/);
  });

  it('lists datasets in the Library, deletes one and brings it back with Undo', async () => {
    await h.open();
    await waitForMap(h.page);
    await chooseFile(h.page, 'mine.json', mineJson);
    await heading(h.page).filter({ hasText: mine.title }).waitFor();
    await h.page.getByRole('button', { name: 'Library' }).click();
    const dialog = h.page.getByRole('dialog', { name: 'Library' });
    const item = dialog.getByRole('listitem').filter({ hasText: mine.title });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/9 actors · 14 stances · 3 documents/);
    expect(await item.textContent()).toContain('Opened from the file mine.json');
    await dialog.getByRole('listitem').filter({ hasText: 'Astana process on Syria' }).waitFor();
    await h.page.screenshot({ path: path.join(resultsDir, 'library-dialog-1366x768.png') });

    await item.getByRole('button', { name: 'Rename' }).click();
    await item.getByRole('textbox', { name: 'New title' }).fill('Renamed communiqué');
    await item.getByRole('textbox', { name: 'New title' }).press('Enter');
    const renamed = dialog.getByRole('listitem').filter({ hasText: 'Renamed communiqué' });
    await renamed.waitFor();

    await renamed.getByRole('button', { name: 'Delete' }).click();
    await renamed.waitFor({ state: 'detached' });
    await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await renamed.waitFor();

    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      renamed.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mine.json');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows each quote of a three-document dataset in its own document, and filters by document', async () => {
    await h.open();
    await waitForMap(h.page);
    await chooseFile(h.page, 'mine.json', mineJson);
    await heading(h.page).filter({ hasText: mine.title }).waitFor();
    const search = new URL(h.page.url()).search;
    for (const [stanceIndex, title] of [
      [0, 'Synthetic source 1'],
      [1, 'Synthetic source 2'],
      [5, 'Synthetic source 3'],
    ] as const) {
      const stance = mine.stances[stanceIndex]!;
      await h.open(`${search}&select=stance:${stance.id}`);
      const panel = details(h.page);
      await panel.getByText(title, { exact: true }).first().waitFor();
      await panel.getByRole('button', { name: 'Show in source' }).first().click();
      const reader = h.page.getByRole('dialog');
      await reader.getByText(`Source: ${title}`).waitFor();
      const mark = reader
        .locator('mark, [aria-current]')
        .filter({ hasText: stance.evidence[0]!.quote });
      await mark.first().waitFor();
      await h.page.keyboard.press('Escape');
      await reader.waitFor({ state: 'hidden' });
    }

    // The overview lists the three documents; the Documents facet narrows the map.
    await h.open(search);
    await details(h.page).getByText('Sources (3)').waitFor();
    await h.page.screenshot({
      path: path.join(resultsDir, 'library-three-documents-1366x768.png'),
    });
    const facet = h.page.getByRole('group', { name: 'Documents' });
    await facet.getByRole('button', { name: /^Synthetic source 2\s*, 5 stances$/ }).click();
    await expect.poll(() => new URL(h.page.url()).searchParams.get('documents')).toBe('doc-2');
    await expect
      .poll(() =>
        h.page.getByRole('navigation', { name: 'Filters' }).getByRole('status').textContent(),
      )
      .toMatch(/^Showing 5 stances/);

    // A scene keeps the documents filter: add this view, clear the filter, show the scene.
    const filterStatus = () =>
      h.page.getByRole('navigation', { name: 'Filters' }).getByRole('status').textContent();
    await h.page.getByRole('button', { name: 'Briefing' }).click();
    const briefing = h.page.getByRole('dialog', { name: 'Briefing' });
    await briefing.getByRole('button', { name: 'Add current view as scene' }).click();
    const added = briefing.getByRole('listitem', { name: 'From Synthetic source 2' });
    await added.waitFor();
    await briefing.getByRole('button', { name: 'Close' }).click();
    await facet.getByRole('button', { name: /^Synthetic source 2\s*, 5 stances$/ }).click();
    await expect.poll(() => new URL(h.page.url()).searchParams.get('documents')).toBeNull();
    await expect.poll(filterStatus).toMatch(/^Showing 14 stances/);
    await h.page.getByRole('button', { name: 'Briefing' }).click();
    await added.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => new URL(h.page.url()).searchParams.get('documents')).toBe('doc-2');
    await expect.poll(filterStatus).toMatch(/^Showing 5 stances/);
  });
});
