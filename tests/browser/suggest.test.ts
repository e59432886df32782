/**
 * Suggested stances in the Code view: paste the source article, suggest, accept three
 * (one edited in the stance form), reject one, undo the rejection, then find the accepted
 * stances on the map with their exact quotes in Details. One page flow (CI budget).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { parseDataset } from '../../src/data/parseDataset';
import { details, resultsDir, setupBrowser, sourceText, waitForMap } from './harness';

const h = setupBrowser();
const ARTICLE = sourceText();

const panel = (page: Page) => page.getByRole('region', { name: 'Suggested stances' });
/** The suggestion with these words in its quote and this addressee. */
const suggestionCard = (page: Page, quote: string, to: string) =>
  panel(page)
    .locator('li.code-suggestion')
    .filter({ hasText: quote })
    .filter({ has: page.locator('.code-suggestion__who', { hasText: `→ ${to}` }) });
const openCount = async (page: Page) =>
  Number(
    (await panel(page).locator('.code-stances__count').textContent())?.match(
      /^(\d+) suggestions? to decide/,
    )?.[1] ?? NaN,
  );

const MASSACRES = 'condemned the ongoing massacres and criminal attacks by Israel in Gaza';
const ACCESS = 'called on the international community to ensure unhindered humanitarian access';
const UNSC = 'called on the international community, especially the UN Security Council';

describe('suggested stances in the Code view', () => {
  it('accepts, edits, rejects and undoes suggestions, and the map shows the accepted ones', async () => {
    const { page } = h;
    await h.open('?code=new');
    await page.getByLabel('Document title').fill('Astana talks, 22nd round: news report');
    await page.getByLabel('Paste the text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Start coding' }).click();
    await page.getByRole('textbox', { name: /^Source text/ }).waitFor();
    const libraryId = /local:([a-z0-9-]+)/.exec(page.url())![1]!;
    await page.getByLabel('Document date').fill('2024-11-12');
    await page.getByLabel('Document place').fill('Astana, Kazakhstan');
    await page.getByLabel('Document place').press('Tab');

    // Suggest: it runs off the main thread and reports a count; the text marks each span.
    await page.getByRole('button', { name: 'Suggest stances' }).first().click();
    await expect.poll(() => openCount(page), { timeout: 8000 }).toBeGreaterThan(10);
    const found = await openCount(page);
    expect(await page.locator('.code-text .is-proposed-start').count()).toBeGreaterThan(10);
    // Nothing is in the dataset yet: no actors, no stances.
    expect(await page.getByRole('tab', { name: /^Stances \(0\)/ }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: /^Actors & topics \(0\)/ }).count()).toBe(1);
    await page.locator('.code-source__details summary').click();
    await suggestionCard(page, MASSACRES, 'Israel')
      .getByRole('button', { name: 'Show in text' })
      .click();
    await page.screenshot({ path: path.join(resultsDir, 'suggest-1366.png') });
    const axe = await new AxeBuilder({ page }).include('.code-side').analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);

    // 1. Edited in the stance form: a new topic, and a summary in the analyst's words.
    await suggestionCard(page, MASSACRES, 'Israel')
      .getByRole('button', { name: /^Edit, then accept/ })
      .click();
    const form = page.getByRole('form', { name: 'Edit the suggested stance' });
    await expect
      .poll(() => form.getByLabel('To (toward whom or what)').inputValue())
      .toBe('israel');
    await form.getByRole('textbox', { name: 'New topic' }).fill('Gaza');
    await form.getByRole('button', { name: 'Add topic' }).click();
    await form
      .getByRole('group', { name: 'Topics' })
      .getByRole('checkbox', { name: 'Gaza' })
      .check();
    await form.getByLabel(/^Summary/).fill('The guarantors condemned Israel’s attacks in Gaza.');
    await page.screenshot({ path: path.join(resultsDir, 'suggest-edit-1366.png') });
    await form.getByRole('button', { name: 'Accept stance' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /^Stances \(1\)/ }).count()).toBe(1);

    // 2 and 3. As they are (the new topic fits their quotes).
    await suggestionCard(page, ACCESS, 'International community')
      .getByRole('button', { name: /^Accept:/ })
      .click();
    await suggestionCard(page, UNSC, 'UN Security Council')
      .getByRole('button', { name: /^Accept:/ })
      .click();
    await expect.poll(() => page.getByRole('tab', { name: /^Stances \(3\)/ }).count()).toBe(1);
    expect(await openCount(page)).toBe(found - 3);
    // The keyboard stays in the list: focus is on the card now in the accepted one's place.
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('li.code-suggestion')))
      .toBe(true);

    // Reject one, then undo the rejection: it is back.
    await suggestionCard(page, UNSC, 'Gaza')
      .getByRole('button', { name: /^Reject:/ })
      .click();
    await expect.poll(() => openCount(page)).toBe(found - 4);
    expect(await suggestionCard(page, UNSC, 'Gaza').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => openCount(page)).toBe(found - 3);
    expect(await suggestionCard(page, UNSC, 'Gaza').count()).toBe(1);
    await expect.poll(() => page.getByRole('tab', { name: /^Problems \(0\)/ }).count()).toBe(1);

    // Export: the three accepted stances, each quoting exactly the suggested span.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export dataset' }).click(),
    ]);
    const file = path.join(resultsDir, `suggest-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const exported = parseDataset(readFileSync(file, 'utf8'), download.suggestedFilename());
    expect(exported.stances.map((s) => [s.type, s.to])).toEqual([
      ['condemns', 'israel'],
      ['calls-on', 'international-community'],
      ['calls-on', 'un-security-council'],
    ]);
    for (const stance of exported.stances)
      for (const e of stance.evidence) expect(ARTICLE.slice(e.start, e.end)).toBe(e.quote);
    expect(exported.stances[0]!.summary).toBe('The guarantors condemned Israel’s attacks in Gaza.');
    expect(exported.stances[0]!.from.sort()).toEqual(['iran', 'russia', 'turkey']);

    // In the map, the three are Iran's (a signatory of each), with their quotes in Details.
    await page.getByRole('button', { name: 'Open in map' }).click();
    await page.waitForURL(new RegExp(`\\?data=local:${libraryId}`));
    await waitForMap(page);
    await h.open(`?data=local:${libraryId}&select=actor:iran`);
    await waitForMap(page);
    for (const stance of exported.stances)
      await expect.poll(() => details(page).textContent()).toContain(stance.evidence[0]!.quote);
  });
});
