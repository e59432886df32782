// @vitest-environment jsdom
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
import { getMapSnapshot } from '../../../src/map/mapSnapshot';
import { smallDataset } from '../../fixtures/small-dataset';
import { loadAstana22 } from '../../helpers/loadFixture';

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

describe('createMapEngine when the view changes shape', () => {
  const astanaGraph = buildGraph(indexDataset(loadAstana22()), {
    filters: NO_FILTERS,
    joint: 'bloc',
  });
  /** Height ÷ width of the box around the laid-out actors (targets, not mid-ease). */
  function shape(): number {
    const points = [...getMapSnapshot()!.positions.values()];
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    return (Math.max(...ys) - Math.min(...ys)) / (Math.max(...xs) - Math.min(...xs));
  }

  function mount(area: { width: number; height: number }) {
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
      measure: () => ({ width: area.width, height: area.height }),
      layoutArea: () => area,
      onPinsChange: () => {},
      reducedMotion: () => true,
      loadInteraction: () => Promise.resolve(interaction),
    });
    engine.setGraph(astanaGraph, { fullGraph: astanaGraph, datasetKey: 'astana' });
    return engine;
  }

  afterEach(() => vi.useRealTimers());

  it('lays the map out again for a much taller view, once the resizing stops', () => {
    vi.useFakeTimers();
    const area = { width: 1300, height: 700 };
    const engine = mount(area);
    const wide = shape();
    Object.assign(area, { width: 390, height: 600 });
    engine.resize();
    expect(shape()).toBe(wide);
    vi.advanceTimersByTime(300);
    const tall = shape();
    expect(tall).toBeGreaterThan(wide * 1.3);
    engine.destroy();
  });

  it('only reframes when the shape barely changes', () => {
    vi.useFakeTimers();
    const area = { width: 1300, height: 700 };
    const engine = mount(area);
    const before = getMapSnapshot()!.positions;
    Object.assign(area, { width: 1240, height: 700 });
    engine.resize();
    vi.advanceTimersByTime(300);
    expect(getMapSnapshot()!.positions).toEqual(before);
    engine.destroy();
  });
});

describe('createMapEngine and the layout code, which loads lazily', () => {
  type LayoutModule = typeof import('../../../src/layout/computeLayout');
  const small = graph;
  const filtered = buildGraph(indexDataset(smallDataset()), {
    filters: { ...NO_FILTERS, topics: [smallDataset().topics[0]!.id] },
    joint: 'bloc',
  });

  /** A layout loader the test lets load (or fail) by hand. */
  function manualLoader() {
    let module: LayoutModule | null = null;
    let settle!: { resolve(): void; reject(error: Error): void };
    const load = vi.fn(
      () =>
        new Promise<LayoutModule>((resolve, reject) => {
          settle = {
            resolve: () => {
              module = layoutCode;
              resolve(layoutCode);
            },
            reject,
          };
        }),
    );
    return { loader: { loaded: () => module, load }, load, settle: () => settle };
  }

  function mountWith(loader: ReturnType<typeof manualLoader>['loader'], early?: boolean) {
    const svg = document.createElementNS(SVG, 'svg');
    const viewport = document.createElementNS(SVG, 'g');
    const nodeLayer = document.createElementNS(SVG, 'g');
    for (const node of small.nodes) {
      const element = document.createElementNS(SVG, 'g');
      element.setAttribute('data-node-id', node.id);
      nodeLayer.appendChild(element);
    }
    viewport.appendChild(nodeLayer);
    svg.appendChild(viewport);
    document.body.appendChild(svg);
    const engine = createMapEngine({
      svg,
      viewport,
      nodeLayer,
      measure: () => ({ width: 800, height: 600 }),
      onPinsChange: () => {},
      reducedMotion: () => true,
      loadInteraction: () => new Promise<MapInteraction>(() => {}),
      layout: loader,
      takeFirstLayout: early
        ? (laidOut, box) =>
            new Map(
              laidOut.nodes.map((node, i) => [
                node.id,
                { x: (box.width * (i + 1)) / (laidOut.nodes.length + 1), y: box.height / 2 },
              ]),
            )
        : undefined,
    });
    const placed = () =>
      [...nodeLayer.querySelectorAll('[data-node-id]')].filter((element) =>
        element.hasAttribute('transform'),
      ).length;
    return { engine, svg, viewport, placed };
  }

  let layoutCode: LayoutModule;
  beforeAll(async () => {
    layoutCode = await import('../../../src/layout/computeLayout');
  });

  it('draws the worker’s first layout at once, without the layout code', () => {
    const { loader, load } = manualLoader();
    const { engine, svg, placed } = mountWith(loader, true);
    engine.setGraph(small, { fullGraph: small, datasetKey: 'small' });
    expect(load).not.toHaveBeenCalled();
    expect(placed()).toBe(small.nodes.length);
    expect(svg).toHaveAttribute('data-first-layout', 'worker');
    engine.destroy();
  });

  it('without the worker’s layout, shows nothing until the layout code is in, then lays out', async () => {
    const { loader, load, settle } = manualLoader();
    const { engine, svg, viewport, placed } = mountWith(loader);
    engine.setGraph(small, { fullGraph: small, datasetKey: 'small' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(placed()).toBe(0);
    expect(viewport.style.visibility).toBe('hidden');
    // Another graph while it loads: the last one given is drawn.
    engine.setGraph(filtered, { fullGraph: small, datasetKey: 'small' });
    settle().resolve();
    await vi.waitFor(() => expect(viewport.style.visibility).toBe(''));
    expect(svg).toHaveAttribute('data-first-layout', 'main');
    const shown = getMapSnapshot()!.positions;
    expect([...shown.keys()].sort()).toEqual(filtered.nodes.map((node) => node.id).sort());
    engine.destroy();
  });

  it('a filter change that brings in actors never placed waits for the code; one that does not, does not', async () => {
    const { loader, load, settle } = manualLoader();
    const { engine } = mountWith(loader, true);
    // The first view from the worker, filtered: some actors have never stood anywhere.
    engine.setGraph(filtered, { fullGraph: small, datasetKey: 'small' });
    expect(load).not.toHaveBeenCalled();
    const before = getMapSnapshot()!.positions;
    engine.setGraph(small, { fullGraph: small, datasetKey: 'small' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(getMapSnapshot()!.positions).toEqual(before);
    settle().resolve();
    await vi.waitFor(() => expect(getMapSnapshot()!.positions.size).toBe(small.nodes.length));
    // Everyone has a place now: going back needs no layout.
    engine.setGraph(filtered, { fullGraph: small, datasetKey: 'small' });
    expect(getMapSnapshot()!.positions.size).toBe(filtered.nodes.length);
    engine.destroy();
  });

  it('if the layout code cannot load, still draws every actor (on a circle)', async () => {
    const { loader, settle } = manualLoader();
    const { engine, viewport, placed } = mountWith(loader);
    engine.setGraph(small, { fullGraph: small, datasetKey: 'small' });
    settle().reject(new Error('offline'));
    await vi.waitFor(() => expect(placed()).toBe(small.nodes.length));
    expect(viewport.style.visibility).toBe('');
    engine.destroy();
  });
});
