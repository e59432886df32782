/** A dataset that cannot be loaded shows the error screen, naming the file, path and reason. */
import path from 'node:path';
import { resultsDir, setupBrowser } from './harness';

const h = setupBrowser();

describe('the error screen', () => {
  it('names the path and the reason for a misquoted span', async () => {
    await h.open('?data=misquoted-span');
    const alert = h.page.getByRole('alert');
    await alert.waitFor();
    await alert.getByRole('heading', { name: 'This dataset could not be loaded' }).waitFor();
    const text = await alert.textContent();
    expect(text).toContain('misquoted-span.json');
    expect(text).toContain(
      'stances[0].evidence[0]: quote does not match the text at 26–60 (it appears at 25–59)',
    );
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    await h.page.screenshot({ path: path.join(resultsDir, 'error-1366x768.png') });
  });

  it('says a file is not JSON', async () => {
    await h.open('?data=not-json');
    const alert = h.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not-json\.json.*not JSON: /s);
  });

  it('names the available datasets for an unknown name, and Retry asks again', async () => {
    h.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
    const requests: string[] = [];
    h.page.on('request', (request) => {
      if (request.url().includes('/data/nope.json')) requests.push(request.url());
    });
    await h.open('?data=nope');
    const alert = h.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no dataset named "nope". Available: astana-22');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => requests.length).toBe(2);
    await alert.waitFor();
  });
});
