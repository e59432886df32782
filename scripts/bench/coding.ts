/**
 * The Code view's figures for npm run bench:
 *   add a stance     click on "Add stance" → the list shows it and the map beside the text
 *                    has redrawn (both in the DOM), then the next frame; embedded and synthetic
 *   1 MB text        after the text is shown: the longest task while selecting with the
 *                    keyboard and the mouse and typing in the stance filter
 * Each run codes into a fresh copy of the dataset in the page's own library.
 */
import type { Browser, Page } from 'playwright-core';

/** Wide enough that the map sits beside the text, so one edit redraws the list and the map. */
const WIDE = { width: 1920, height: 1080 };

async function openCopy(page: Page, base: string, data: string): Promise<void> {
  await page.goto(`${base}/?code=new&from=${data}`);
  await page.getByRole('button', { name: /Edit a copy/ }).click();
  await page.getByRole('textbox', { name: /^Source text/ }).waitFor();
  await page.locator('.code-wide-map svg').first().waitFor();
}

async function selectSomeWords(page: Page, block: number): Promise<void> {
  const target = page.locator('.code-text > [data-o]').nth(block);
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + 3, box.y + 8);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
}

/** Click → list and map updated in the DOM → next frame, in ms. */
async function addOneStance(page: Page, block: number): Promise<number> {
  await selectSomeWords(page, block);
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: 'New stance' });
  await form.getByRole('group', { name: /^From/ }).getByRole('checkbox').first().check();
  await form.getByLabel('To (toward whom or what)').selectOption({ index: 2 + block });
  await form.getByLabel('Type').selectOption('condemns');
  await form.getByRole('group', { name: 'Topics' }).getByRole('checkbox').first().check();
  const button = form.getByRole('button', { name: 'Add stance' });
  await page.evaluate(() => {
    const w = window as unknown as { __added: Promise<number> };
    const map = document.querySelector('.code-wide-map svg')!;
    const count = () => document.querySelector('.code-stances__count')?.textContent ?? '';
    w.__added = new Promise((resolve) => {
      window.addEventListener(
        'click',
        () => {
          const start = performance.now();
          const before = count();
          let mapChanged = false;
          const observer = new MutationObserver(() => (mapChanged = true));
          observer.observe(map, { subtree: true, childList: true, attributes: true });
          const check = () => {
            const listChanged = count() !== '' && count() !== before;
            if (listChanged && mapChanged) {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  });
  await button.click();
  return page.evaluate(() => (window as unknown as { __added: Promise<number> }).__added);
}

export async function stanceAddLatencies(
  browser: Browser,
  base: string,
  data: string,
  runs: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: WIDE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (fn) => fn;');
  try {
    await openCopy(page, base, data);
    const values: number[] = [];
    for (let i = 0; i < runs; i++) values.push(await addOneStance(page, i));
    return values;
  } finally {
    await context.close();
  }
}

/** A text of about `bytes` characters: the article's paragraphs over and over. */
export function longText(paragraph: string, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join('\n');
}

export async function longTextLongestTask(
  browser: Browser,
  base: string,
  text: string,
): Promise<{ shownMs: number; longestTaskMs: number; tasks: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript('window.__name = (fn) => fn;');
  try {
    await page.goto(`${base}/?code=new`);
    await page.getByLabel('Document title').fill('A long text');
    const area = page.getByLabel('Paste the text');
    await area.focus();
    await area.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
    const started = Date.now();
    await page.getByRole('button', { name: 'Start coding' }).click();
    const textbox = page.getByRole('textbox', { name: /^Source text/ });
    await textbox.waitFor();
    const shownMs = Date.now() - started;
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: number[] };
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    // Select with the keyboard, word by word, then by line; then with the mouse.
    await selectSomeWords(page, 40);
    for (let i = 0; i < 15; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
    const box = (await page.locator('.code-text > [data-o]').nth(45).boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 60, { steps: 5 });
    await page.mouse.up();
    // Type in the stance filter.
    await page
      .getByRole('searchbox', { name: 'Filter stances' })
      .pressSequentially('ceasefire', { delay: 20 });
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
    return { shownMs, longestTaskMs: Math.max(0, ...tasks), tasks: tasks.length };
  } finally {
    await context.close();
  }
}
