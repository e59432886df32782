/**
 * Every resource the page asks for exists: no 404 in the console on a plain visit.
 * Its own browser, so the once-per-launch favicon request is always made here.
 */
import { launchChromium } from './chromium';
import { inject } from 'vitest';
import { waitForMap } from './harness';

describe('resources', () => {
  it('a visit asks for nothing that is missing (favicon included)', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error')
          errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${inject('baseUrl')}/`);
      await waitForMap(page);
      await page.waitForTimeout(1000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
