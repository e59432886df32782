/**
 * Interchange (issue 12): the Export menu's Gephi and DNA downloads from the built app,
 * parsed in Node with the parsers the other tools use (graphology-gexf, sql.js).
 * Opening a .dna file by drop depends on the Open… flow (issue 9) and is tested there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import type { Download } from 'playwright-core';
import { readDna } from '../../src/interchange/dna';
import { loadSqlJs } from '../../src/interchange/sqlJs';
import { astana } from './expected';
import { resultsDir, setupBrowser, waitForMap } from './harness';

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
});
