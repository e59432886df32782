/** axe-core finds no serious or critical violations on the main screen, a selection, the table. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { actorName } from './expected';
import { actorButton, details, setupBrowser, waitForMap } from './harness';

const h = setupBrowser();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

describe('accessibility (axe)', () => {
  it('the main screen', async () => {
    await h.open();
    await waitForMap(h.page);
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('with an actor selected', async () => {
    await h.open();
    await waitForMap(h.page);
    await actorButton(h.page, actorName('israel')).click();
    await details(h.page)
      .getByRole('heading', { name: actorName('israel') })
      .first()
      .waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
  });

  it('the table', async () => {
    await h.open();
    await waitForMap(h.page);
    await h.page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Table' })
      .click();
    await h.page.getByRole('table').first().waitFor();
    expect(await seriousViolations(h.page)).toEqual([]);
  });
});
