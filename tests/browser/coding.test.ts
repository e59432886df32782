/**
 * A new user codes the source article in the Code view: pastes it, fills the document's
 * details, makes actors (one from selected words, a bloc of three), codes six stances
 * selecting words with the mouse and with the keyboard (a joint statement through the
 * bloc, direct and reported quotes, a new topic), undoes and redoes one, reloads and finds
 * everything, exports JSON the loader accepts with every quote the exact slice at its
 * offsets, opens it in the map and reopens the export by drop. One page flow, to stay
 * inside the CI budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { parseDataset } from '../../src/data/parseDataset';
import { PHONE, details, resultsDir, setupBrowser, sourceText, waitForMap } from './harness';

const h = setupBrowser();
const ARTICLE = sourceText();

const at = (words: string) => {
  const start = ARTICLE.indexOf(words);
  if (start < 0) throw new Error(`not in the article: ${words}`);
  return { start, end: start + words.length };
};

const sourceTextbox = (page: Page) => page.getByRole('textbox', { name: /^Source text/ });
const stanceForm = (page: Page) => page.getByRole('form', { name: /stance/ });
const stanceCount = (page: Page) => page.locator('.code-stances__count');

/** Screen points just inside the first and last characters of a span of the text. */
async function pointsOf(page: Page, start: number, end: number) {
  return page.evaluate(
    ([from, to]) => {
      const root = document.querySelector('.code-text')!;
      const leaves = [...root.querySelectorAll<HTMLElement>('[data-o]')].filter(
        (el) => el.firstChild?.nodeType === 3,
      );
      const point = (offset: number, last: boolean) => {
        const leaf = leaves.find((el) => {
          const o = Number(el.dataset.o);
          const e = Number(el.dataset.end);
          return last ? offset > o && offset <= e : offset >= o && offset < e;
        })!;
        leaf.scrollIntoView({ block: 'center' });
        const k = offset - Number(leaf.dataset.o);
        const range = document.createRange();
        range.setStart(leaf.firstChild!, last ? k - 1 : k);
        range.setEnd(leaf.firstChild!, last ? k : k + 1);
        const rect = range.getClientRects()[0]!;
        return { x: last ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2 };
      };
      const a = point(from, false);
      const b = point(to, true);
      return { a, b };
    },
    [start, end] as const,
  );
}

async function selectWithMouse(page: Page, words: string) {
  const { start, end } = at(words);
  const { a, b } = await pointsOf(page, start, end);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(() => page.locator('.code-source__selection').textContent())
    .toContain(`“${words}”`);
}

/** Put the caret at the words with a click, then extend word by word with Ctrl+Shift+→. */
async function selectWithKeyboard(page: Page, words: string, wordCount: number) {
  const { start } = at(words);
  const { a } = await pointsOf(page, start, start + 1);
  await page.mouse.click(a.x, a.y);
  for (let i = 0; i < wordCount; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect
    .poll(() => page.locator('.code-source__selection').textContent())
    .toContain(`“${words}”`);
}

async function addActor(page: Page, name: string, kind = 'State', members: string[] = []) {
  await page.getByRole('tab', { name: /^Actors/ }).click();
  await page.getByRole('button', { name: 'New actor…' }).click();
  const form = page.getByRole('group', { name: 'New actor' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Kind').selectOption({ label: kind });
  for (const member of members) await form.getByRole('checkbox', { name: member }).check();
  await form.getByRole('button', { name: 'Add actor' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: `Name of ${name}` }).count()).toBe(1);
}

interface StanceInput {
  from: string;
  to: string;
  type: string;
  topic: string;
  newTopic?: boolean;
  attribution: 'Direct' | 'Reported';
}

async function codeStance(page: Page, stance: StanceInput) {
  const before = Number((await stanceCount(page).textContent())?.match(/\d+/)?.[0] ?? 0);
  await page.keyboard.press('n');
  const form = stanceForm(page);
  await form.waitFor();
  // Attribution is proposed from the quotation marks around the words.
  await expect(
    form.getByRole('radio', { name: new RegExp(`^${stance.attribution}`) }).isChecked(),
  ).resolves.toBe(true);
  await form
    .getByRole('group', { name: /^From/ })
    .getByRole('checkbox', { name: stance.from })
    .check();
  await form.getByLabel('To (toward whom or what)').selectOption({ label: stance.to });
  await form.getByLabel('Type').selectOption({ label: stance.type });
  if (stance.newTopic) {
    await form.getByRole('textbox', { name: 'New topic' }).fill(stance.topic);
    await form.getByRole('button', { name: 'Add topic' }).click();
  }
  await form
    .getByRole('group', { name: 'Topics' })
    .getByRole('checkbox', { name: stance.topic })
    .check();
  await form.getByRole('button', { name: 'Add stance' }).click();
  await expect
    .poll(() => stanceCount(page).textContent())
    .toMatch(new RegExp(`^${before + 1} stance`));
  // The new stance is the list's current one, and in view.
  const added = page.locator('.code-stance.is-active');
  const panel = (await page.locator('.code-side__panel').boundingBox())!;
  await expect
    .poll(async () => {
      const box = await added.boundingBox();
      return !!box && box.y >= panel.y && box.y + box.height <= panel.y + panel.height;
    })
    .toBe(true);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.code-view').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('the Code view', () => {
  it('takes a new user from the pasted article to a map and an exact export', async () => {
    const { page } = h;
    await h.open('?code=new');
    await page.getByLabel('Document title').fill('Astana talks, 22nd round: news report');
    const paste = page.getByLabel('Paste the text');
    await paste.focus();
    await paste.evaluate((area, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      area.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, ARTICLE);
    await expect
      .poll(() => page.getByText(/characters, stored exactly as shown/).textContent())
      .toContain(ARTICLE.length.toLocaleString('en'));
    await page.getByRole('button', { name: 'Start coding' }).click();
    await sourceTextbox(page).waitFor();
    expect(page.url()).toMatch(/\?code=local:[a-z0-9-]+$/);
    const libraryId = /local:([a-z0-9-]+)/.exec(page.url())![1]!;

    // Document details.
    await page.getByLabel('Document date').fill('2024-11-12');
    await page.getByLabel('Document place').fill('Astana, Kazakhstan');
    await page.getByLabel('Document place').press('Tab');
    // A problem is listed by path, and "Go to" puts the caret in the field to fix.
    const title = page.getByLabel('Document title');
    await title.fill('');
    await title.press('Tab');
    await page.getByRole('tab', { name: /^Problems/ }).click();
    await page.getByRole('button', { name: 'Go to documents[0].title' }).click();
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true);
    await title.fill('Astana talks, 22nd round: news report');
    await title.press('Tab');
    await expect
      .poll(() => page.getByRole('button', { name: 'Go to documents[0].title' }).count())
      .toBe(0);
    await page.getByRole('tab', { name: /^Stances/ }).click();

    // Actors: four states, a bloc of three, and one made from selected words.
    await addActor(page, 'Turkey');
    await addActor(page, 'Russia');
    await addActor(page, 'Iran');
    await addActor(page, 'Israel');
    await addActor(page, 'Astana guarantors', 'Bloc', ['Turkey', 'Russia', 'Iran']);
    await addActor(page, 'International community', 'Unnamed actor');
    await selectWithKeyboard(page, 'Lebanon', 1);
    await page.getByRole('tab', { name: /^Actors/ }).click();
    await page.getByRole('button', { name: 'New actor from “Lebanon”' }).click();
    await page
      .getByRole('group', { name: 'New actor' })
      .getByLabel('Kind')
      .selectOption({ label: 'Place' });
    await page
      .getByRole('group', { name: 'New actor' })
      .getByRole('button', { name: 'Add actor' })
      .click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Name of Lebanon' }).count()).toBe(1);
    await page.getByRole('tab', { name: /^Stances/ }).click();

    const bloc = 'Astana guarantors (joint statement: 3 signatories)';
    // 1. Reported, a joint statement through the bloc, with a new topic (mouse).
    await selectWithMouse(
      page,
      'The guarantor countries called on the international community to ensure unhindered humanitarian access to Gaza.',
    );
    await codeStance(page, {
      from: bloc,
      to: 'International community',
      type: 'calls on · directive',
      topic: 'Humanitarian access to Gaza',
      newTopic: true,
      attribution: 'Reported',
    });
    // 2. Reported (mouse).
    await selectWithMouse(
      page,
      'condemned the ongoing massacres and criminal attacks by Israel in Gaza',
    );
    await codeStance(page, {
      from: bloc,
      to: 'Israel',
      type: 'condemns · negative',
      topic: 'Israeli strikes',
      newTopic: true,
      attribution: 'Reported',
    });
    // 3. Direct: inside “…” (keyboard).
    await selectWithKeyboard(page, 'called for an urgent ceasefire in Lebanon', 7);
    await codeStance(page, {
      from: bloc,
      to: 'Lebanon',
      type: 'calls for · directive',
      topic: 'Lebanon',
      newTopic: true,
      attribution: 'Direct',
    });
    // 4. Direct (mouse).
    await selectWithMouse(page, 'condemned all Israeli military attacks in Syria');
    await codeStance(page, {
      from: bloc,
      to: 'Israel',
      type: 'condemns · negative',
      topic: 'Israeli strikes',
      attribution: 'Direct',
    });
    // 5. Direct (keyboard).
    await selectWithKeyboard(
      page,
      'They expressed serious concerns regarding the intentional targeting of UNIFIL by Israeli armed forces',
      14,
    );
    await codeStance(page, {
      from: bloc,
      to: 'Israel',
      type: 'expresses concern · negative',
      topic: 'Lebanon',
      attribution: 'Direct',
    });
    // 6. Reported, one signatory (mouse).
    await selectWithMouse(page, 'Turkey, Russia, and Iran reaffirmed their unwavering commitment');
    await codeStance(page, {
      from: 'Iran',
      to: 'Lebanon',
      type: 'supports · positive',
      topic: 'Lebanon',
      attribution: 'Reported',
    });

    // Marks in the text, by polarity; the list has every stance with its quote.
    expect(await page.locator('mark.code-mark--negative').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('mark.code-mark--directive').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByRole('tab', { name: /^Problems \(0\)/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(resultsDir, 'coding-1366.png') });

    // Undo and redo the last stance.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => stanceCount(page).textContent()).toMatch(/^5 stances/);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stanceCount(page).textContent()).toMatch(/^6 stances/);
    await expect
      .poll(() => page.locator('.code-header__status').textContent())
      .toMatch(/^Saved in this browser/);

    // Reload: everything is there.
    await page.reload();
    await sourceTextbox(page).waitFor();
    await expect.poll(() => stanceCount(page).textContent()).toMatch(/^6 stances/);
    await page.locator('.code-source__details summary').click();
    expect(await page.getByLabel('Document date').inputValue()).toBe('2024-11-12');
    expect(await page.getByLabel('Document place').inputValue()).toBe('Astana, Kazakhstan');

    // Export: JSON the loader accepts unchanged, every quote the exact slice at its offsets.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export dataset' }).click(),
    ]);
    const file = path.join(resultsDir, `coding-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const exported = parseDataset(readFileSync(file, 'utf8'), download.suggestedFilename());
    expect(exported.documents[0]!.text).toBe(ARTICLE);
    expect(exported.stances).toHaveLength(6);
    for (const stance of exported.stances)
      for (const evidence of stance.evidence)
        expect(ARTICLE.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(exported.stances.map((s) => s.evidence[0]!.attribution)).toEqual([
      'reported',
      'reported',
      'direct',
      'direct',
      'direct',
      'reported',
    ]);
    expect(exported.stances[0]!.from).toEqual(['turkey', 'russia', 'iran']);
    expect(exported.actors.map((a) => a.name)).toContain('Lebanon');

    // Open in map: the viewer shows the library dataset, with the quotes in Details.
    await page.getByRole('button', { name: 'Open in map' }).click();
    await page.waitForURL(new RegExp(`\\?data=local:${libraryId}`));
    await waitForMap(page);
    const condemns = exported.stances.find((s) =>
      s.evidence[0]!.quote.startsWith('condemned all Israeli'),
    )!;
    await h.open(`?data=local:${libraryId}&select=stance:${condemns.id}`);
    await waitForMap(page);
    await expect
      .poll(() => details(page).textContent())
      .toContain('condemned all Israeli military attacks in Syria');

    // Reopen the export by dropping it on the viewer: the loader checks every quote
    // against its offsets again and shows the dataset as a new library entry.
    const transfer = await page.evaluateHandle(
      (text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'exported.json', { type: 'application/json' }));
        return data;
      },
      readFileSync(file, 'utf8'),
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => /local:([a-z0-9-]+)/.exec(page.url())?.[1]).not.toBe(libraryId);
    await waitForMap(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(exported.title);
  });

  it('brings a stance added far down the list into view', async () => {
    const { page } = h;
    await h.open('?code=new&from=astana-22');
    await page.getByRole('button', { name: /Edit a copy/ }).click();
    await sourceTextbox(page).waitFor();
    // Near the end of the text: by place in text, the last of 38 stances.
    await selectWithMouse(
      page,
      'The meetings were also attended by delegations from Jordan, Iraq, and Lebanon as observers',
    );
    await codeStance(page, {
      from: 'Jordan',
      to: 'Astana process',
      type: 'supports · positive',
      topic: 'The Astana process',
      attribution: 'Reported',
    });
    const items = page.locator('.code-stance');
    expect(await items.count()).toBe(38);
    expect(await items.last().getAttribute('class')).toMatch(/is-active/);
  });

  it('fits a phone: the text, then the stances, one column the page scrolls', async () => {
    const page = await h.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    await h.open('?code=new&from=astana-22');
    await page.getByRole('button', { name: /Edit a copy/ }).click();
    await sourceTextbox(page).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling').toBeLessThanOrEqual(PHONE.width);
    const text = (await page.locator('.code-text').boundingBox())!;
    const list = page.getByRole('list').filter({ has: page.locator('.code-stance') });
    const stances = (await list.boundingBox())!;
    expect(text.height, 'the text is shown whole').toBeGreaterThan(PHONE.height);
    expect(stances.y, 'the stances come after the text').toBeGreaterThan(text.y + text.height);
    expect(stances.height, 'the stances are shown').toBeGreaterThan(PHONE.height);
    await page.screenshot({ path: path.join(resultsDir, 'coding-390x844.png') });
  });
});
