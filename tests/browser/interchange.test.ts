/**
 * Interchange (issue 12): the Export menu's Gephi and DNA downloads from the built app,
 * parsed in Node with the parsers the other tools use (graphology-gexf, sql.js).
 * And a DNA database made as DNA makes one, dropped on the page: mapped, summarised,
 * opened, its quotes highlighted in their document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { Download } from 'playwright-core';
import { readDna } from '../../src/interchange/dna';
import { loadSqlJs } from '../../src/interchange/sqlJs';
import { buildDnaDatabase } from '../fixtures/dnaDatabase';
import { astana } from './expected';
import { details, resultsDir, setupBrowser, waitForMap } from './harness';

const h = setupBrowser();

async function saved(download: Download): Promise<Buffer> {
  const file = path.join(resultsDir, download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file);
}

describe('interchange exports', () => {
  it('downloads GEXF and a DNA database that parse, with every stance', async () => {
    await h.open();
    await waitForMap(h.page);
    await h.page.getByRole('button', { name: 'Export', exact: true }).click();
    await h.page.getByRole('radio', { name: /^Whole dataset/ }).check();

    const [gexfDownload] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'GEXF (Gephi)' }).click(),
    ]);
    expect(gexfDownload.suggestedFilename()).toBe('astana-22-all.gexf');
    const graph = parse(Graph, (await saved(gexfDownload)).toString('utf8'));
    expect(graph.order).toBe(astana.actors.length);
    expect(new Set(graph.mapEdges((_edge, attributes) => attributes.stance))).toEqual(
      new Set(astana.stances.map((stance) => stance.id)),
    );
    // Positions from the map on screen, as viz:position.
    expect(graph.filterNodes((_node, a) => typeof a.x === 'number').length).toBeGreaterThan(10);
    await h.page.screenshot({ path: path.join(resultsDir, 'interchange-export-1366x768.png') });

    const [dnaDownload] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'DNA database (.dna)' }).click(),
    ]);
    expect(dnaDownload.suggestedFilename()).toBe('astana-22-all.dna');
    const result = readDna(
      await loadSqlJs(),
      new Uint8Array(await saved(dnaDownload)),
      'astana-22-all.dna',
    );
    expect(result.kind).toBe('dataset');
    if (result.kind !== 'dataset') return;
    expect(result.dataset.stances).toEqual(astana.stances);
    await h.page
      .getByRole('status')
      .filter({ hasText: 'DNA database (.dna) downloaded' })
      .waitFor();
  });

  it('opens a dropped DNA database: maps its second statement type, summarises, shows its quotes in the source', async () => {
    const { bytes, quote } = buildDnaDatabase(await loadSqlJs());
    await h.open();
    await waitForMap(h.page);
    const transfer = await h.page.evaluateHandle((numbers) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(numbers)], 'envoy.dna'));
      return data;
    }, Array.from(bytes));
    await h.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await h.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });

    // The "Position" type is not DNA's default: the user maps its variables first.
    const mapping = h.page.getByRole('dialog').filter({ hasText: 'Position' });
    await mapping.waitFor();
    await mapping.getByRole('button', { name: /import/i }).click();
    // Then the summary: what it holds and what was left out, with the reason.
    const summary = h.page.getByRole('dialog', { name: 'Import “envoy.dna”' });
    await summary.getByText(/left out, with the reason/).waitFor();
    await h.page.screenshot({
      path: path.join(resultsDir, 'interchange-dna-summary-1366x768.png'),
    });
    await summary.getByRole('button', { name: /^Open/ }).click();

    await h.page.getByRole('heading', { level: 1 }).filter({ hasText: /envoy/i }).waitFor();
    expect(new URL(h.page.url()).searchParams.get('data')).toMatch(/^local:/);
    // The supported ceasefire: its quote, highlighted in the DNA document's own text.
    await h.page.getByRole('button', { name: 'Table' }).click();
    const row = h.page.getByRole('row').filter({ hasText: quote });
    await row.getByRole('button', { name: /^supports:/ }).click();
    await details(h.page).getByRole('button', { name: 'Show in source' }).first().click();
    const reader = h.page.getByRole('dialog');
    await reader.locator('mark, [aria-current]').filter({ hasText: quote }).first().waitFor();
    await h.page.screenshot({ path: path.join(resultsDir, 'interchange-dna-source-1366x768.png') });
  });
});
