/**
 * The engine draws and frames without its interaction layer, and hands over to it when
 * it arrives: eased camera moves wait for d3-zoom, a failed load gives them up to the
 * static camera, and another call tries the load again.
 */
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { createMapEngine, type MapInteraction } from '../../../src/map/createMapEngine';
import * as interaction from '../../../src/map/mapInteraction';
import { smallDataset } from '../../fixtures/small-dataset';

const SVG = 'http://www.w3.org/2000/svg';
const graph = buildGraph(indexDataset(smallDataset()), { filters: NO_FILTERS, joint: 'bloc' });

function setup(loadInteraction: () => Promise<MapInteraction>) {
  const svg = document.createElementNS(SVG, 'svg');
  const viewport = document.createElementNS(SVG, 'g');
  const nodeLayer = document.createElementNS(SVG, 'g');
  viewport.appendChild(nodeLayer);
  svg.appendChild(viewport);
  document.body.appendChild(svg);
  const engine = createMapEngine({
    svg,
    viewport,
    nodeLayer,
    measure: () => ({ width: 800, height: 600 }),
    onPinsChange: () => {},
    reducedMotion: () => false,
    loadInteraction,
  });
  engine.setGraph(graph, { fullGraph: graph, datasetKey: 'small' });
  return { engine, svg, transform: () => viewport.getAttribute('transform') };
}

/** A load the test resolves or rejects by hand. */
function deferred() {
  let resolve!: (module: MapInteraction) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<MapInteraction>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('createMapEngine without its interaction layer', () => {
  it('frames the graph at once and keeps eased moves until d3-zoom arrives', async () => {
    const load = deferred();
    const { engine, svg, transform } = setup(() => load.promise);
    const framed = transform();
    expect(framed).toMatch(/^translate\(.+\) scale\(.+\)$/);

    const ready = engine.enableInteraction();
    engine.frame([graph.nodes[0]!.id], 1, true);
    expect(transform()).toBe(framed);
    expect(svg).not.toHaveAttribute('data-interactive');

    load.resolve(interaction);
    await ready;
    expect(svg).toHaveAttribute('data-interactive');
    engine.destroy();
    expect(svg).not.toHaveAttribute('data-interactive');
  });

  it('gives waiting moves to the static camera when the load fails, and tries again later', async () => {
    const first = deferred();
    const loads = [first.promise, Promise.resolve(interaction)];
    const load = vi.fn(() => loads.shift()!);
    const { engine, svg, transform } = setup(load);
    const framed = transform();

    const failed = engine.enableInteraction();
    engine.zoomBy(2);
    first.reject(new Error('offline'));
    await failed;
    expect(transform()).not.toBe(framed);
    expect(svg).not.toHaveAttribute('data-interactive');

    await engine.enableInteraction();
    expect(load).toHaveBeenCalledTimes(2);
    expect(svg).toHaveAttribute('data-interactive');
    engine.destroy();
  });
});
