/**
 * The Code view with real files and two tabs: a .docx (mammoth) and a .pdf (pdf.js)
 * opened through the file input give exactly their text, and two pages of one browser on
 * the same `?code=local:ID` dataset do not silently overwrite each other: an edit in one
 * makes the other say so, and "Load the other tab’s version" and "Keep this tab’s version" do what they say.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeDocx, makePdf } from '../fixtures/sourceFiles';
import { escapeRegExp, resultsDir, setupBrowser } from './harness';

const h = setupBrowser();

const DOCX_PARAGRAPHS = [
  'Joint statement of the guarantors & observers',
  // Two runs in one paragraph, as Word writes a change of formatting.
  ['The guarantors ', '“called for an urgent ceasefire in Lebanon”.'],
  'TUSAŞ — Türkiye’s aerospace firm — was attacked.',
];
const DOCX_TEXT =
  'Joint statement of the guarantors & observers\n\n' +
  'The guarantors “called for an urgent ceasefire in Lebanon”.\n\n' +
  'TUSAŞ — Türkiye’s aerospace firm — was attacked.';

const PDF_LINES = [
  'Final communiqué of the 22nd round (Astana)',
  'The guarantors condemned the strikes in Syria.',
];
// What `pdftotext` reads from the same file too.
const PDF_TEXT = PDF_LINES.join('\n');

const fileInput = (page: Page) => page.getByLabel(/open a file/);
const pastedText = (page: Page) => page.getByLabel('Paste the text');
const sourceTextbox = (page: Page) => page.getByRole('textbox', { name: /^Source text/ });
const saveStatus = (page: Page) => page.locator('.code-header__status');
const twoTabNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'changed in another tab' });

/**
 * The text the coding view shows, rebuilt from its line blocks at their offsets (data-o,
 * data-end): a block's words must fill its span exactly, and what lies between two blocks
 * is the line break they stand for.
 */
async function shownText(page: Page): Promise<string> {
  const blocks = await page.locator('.code-text__block').evaluateAll((elements) =>
    elements.map((el) => ({
      start: Number(el.getAttribute('data-o')),
      end: Number(el.getAttribute('data-end')),
      words: el.textContent ?? '',
    })),
  );
  let text = '';
  for (const { start, end, words } of blocks) {
    expect(words.length, `block ${start}–${end}`).toBe(end - start);
    text += '\n'.repeat(start - text.length) + words;
  }
  return text;
}

async function openTextFile(page: Page, name: string, mimeType: string, bytes: Uint8Array) {
  await fileInput(page).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  await expect
    .poll(() => page.getByText(/characters from .*, stored exactly as shown/).textContent())
    .toMatch(new RegExp(` from ${escapeRegExp(name)},`));
}

describe('the Code view with files and tabs', () => {
  it('opens a .docx and a .pdf, showing exactly the text it will store', async () => {
    const { page } = h;
    await h.open('?code=new');

    await openTextFile(
      page,
      'guarantors-statement.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      makeDocx(DOCX_PARAGRAPHS),
    );
    expect(await pastedText(page).inputValue()).toBe(DOCX_TEXT);
    await expect
      .poll(() => page.getByText(/stored exactly as shown/).textContent())
      .toContain(`${DOCX_TEXT.length} characters from guarantors-statement.docx`);
    // The file's name proposes the document's title.
    expect(await page.getByLabel('Document title').inputValue()).toBe('guarantors-statement');

    // A second file replaces the text (the title the first one proposed stays).
    await openTextFile(page, 'final-communique.pdf', 'application/pdf', makePdf(PDF_LINES));
    expect(await pastedText(page).inputValue()).toBe(PDF_TEXT);
    await expect
      .poll(() => page.getByText(/stored exactly as shown/).textContent())
      .toContain(`${PDF_TEXT.length} characters from final-communique.pdf`);

    // A file that cannot be read says why, naming it, and the text already there stays.
    const alert = page.getByRole('alert');
    const refused = async (name: string, mimeType: string, bytes: Uint8Array) => {
      await fileInput(page).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
      // Each refusal replaces the last one's message.
      await expect.poll(() => alert.textContent()).toMatch(new RegExp(`^${escapeRegExp(name)}:`));
      const message = await alert.textContent();
      expect(await pastedText(page).inputValue()).toBe(PDF_TEXT);
      // The picker is emptied: choosing the same file again, once fixed, reads it again.
      expect(await fileInput(page).inputValue()).toBe('');
      return message;
    };
    const junk = new TextEncoder().encode('This is not what its name says.');
    expect(
      await refused(
        'minutes.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        junk,
      ),
    ).toBe(
      'minutes.docx: not a readable Word document (.docx): the file is damaged or in another format (an old .doc must be saved as .docx first)',
    );
    expect(await refused('minutes.pdf', 'application/pdf', junk)).toBe(
      'minutes.pdf: not a readable PDF: the file is damaged or not a PDF',
    );
    await page.screenshot({ path: path.join(resultsDir, 'coding-files-refused-1366.png') });
    expect(
      await refused('locked.pdf', 'application/pdf', makePdf(PDF_LINES, { locked: true })),
    ).toBe('locked.pdf: the PDF is protected by a password; remove it, or paste the text');
    expect(await refused('scan.pdf', 'application/pdf', makePdf([]))).toMatch(
      /^scan\.pdf: no text found in the file \(a scanned PDF holds pictures of pages, not text/,
    );

    // Coding starts on exactly that text.
    await page.getByRole('button', { name: 'Start coding' }).click();
    await sourceTextbox(page).waitFor();
    expect(await shownText(page)).toBe(PDF_TEXT);
  });

  it('tells a tab that another changed the dataset, and lets the user choose', async () => {
    const first = h.page;
    await h.open('?code=new');
    await h.page.getByLabel('Document title').fill('Two tabs');
    await pastedText(first).fill('The guarantors condemned the strikes.');
    await first.getByRole('button', { name: 'Start coding' }).click();
    await sourceTextbox(first).waitFor();
    const address = first.url();
    expect(address).toMatch(/\?code=local:[a-z0-9-]+$/);

    const second = await h.context.newPage();
    await second.goto(address);
    await sourceTextbox(second).waitFor();

    // An edit in the first tab: the second says so and stops saving. (Each switch of
    // tab brings it to the front, as the user's click would.)
    await first.bringToFront();
    await first.getByLabel('Document place').fill('Astana');
    await first.getByLabel('Document place').press('Tab');
    await expect.poll(() => saveStatus(first).textContent()).toMatch(/^Saved in this browser/);
    await twoTabNotice(second).waitFor();
    expect(await twoTabNotice(second).textContent()).toContain(
      'Your edits here are not saved until you choose: keep this tab’s version',
    );
    expect(await saveStatus(second).textContent()).toMatch(/^Not saved: changed in another tab/);
    expect(await twoTabNotice(first).count()).toBe(0);
    await second.screenshot({ path: path.join(resultsDir, 'coding-two-tabs-1366.png') });

    // Load the other tab’s version: the second tab shows the first tab's version.
    await second.bringToFront();
    await twoTabNotice(second)
      .getByRole('button', { name: 'Load the other tab’s version' })
      .click();
    await expect.poll(() => twoTabNotice(second).count()).toBe(0);
    expect(await second.getByLabel('Document place').inputValue()).toBe('Astana');
    expect(await saveStatus(second).textContent()).toMatch(/^Saved in this browser/);

    // Now the second tab edits; the first is told, and keeps its own version.
    await second.getByLabel('Document date').fill('2024-11-12');
    await expect.poll(() => saveStatus(second).textContent()).toMatch(/^Saved in this browser/);
    await twoTabNotice(first).waitFor();
    await first.bringToFront();
    expect(await first.getByLabel('Document date').inputValue()).toBe('');
    await twoTabNotice(first).getByRole('button', { name: 'Keep this tab’s version' }).click();
    await expect.poll(() => twoTabNotice(first).count()).toBe(0);
    await expect.poll(() => saveStatus(first).textContent()).toMatch(/^Saved in this browser/);
    // Keeping mine saved it over theirs, so the second tab is told in turn.
    await twoTabNotice(second).waitFor();

    // What the library holds is the first tab's version: the place, and no date.
    const third = await h.context.newPage();
    await third.goto(address);
    await sourceTextbox(third).waitFor();
    await third.locator('.code-source__details summary').click();
    expect(await third.getByLabel('Document place').inputValue()).toBe('Astana');
    expect(await third.getByLabel('Document date').inputValue()).toBe('');
  });
});
