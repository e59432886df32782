/**
 * The precomputed layout stops once the picture is at rest instead of always running its
 * full tick budget. Ticks are counted through a wrapped d3-force.
 */
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { layoutExtent } from '../../../src/layout/layoutFrame';
import { loadAstana22 } from '../../helpers/loadFixture';

const ticks = vi.hoisted(() => ({ count: 0 }));

vi.mock('d3-force', async (importOriginal) => {
  const d3 = await importOriginal<typeof import('d3-force')>();
  return {
    ...d3,
    forceSimulation: (...args: Parameters<typeof d3.forceSimulation>) => {
      const simulation = d3.forceSimulation(...args);
      const tick = simulation.tick.bind(simulation);
      simulation.tick = (iterations?: number) => {
        ticks.count += iterations ?? 1;
        return tick(iterations);
      };
      return simulation;
    },
  };
});

// The test setup loaded the layout code with the real d3-force: load it again, counted.
vi.resetModules();
const { computeLayout } = await import('../../../src/layout/computeLayout');

const graph = buildGraph(indexDataset(loadAstana22()), { filters: NO_FILTERS, joint: 'bloc' });
const box = layoutExtent(graph, 750, 690);

describe('computeLayout at rest', () => {
  it('stops well before a long tick budget once nothing moves', () => {
    ticks.count = 0;
    const positions = computeLayout(graph, { ...box, seed: 22, ticks: 3000 });
    expect(positions.size).toBe(graph.nodes.length);
    expect(ticks.count).toBeGreaterThan(50);
    expect(ticks.count).toBeLessThan(3000);
  });

  it('is still the same layout for the same data', () => {
    const first = computeLayout(graph, { ...box, seed: 22 });
    const second = computeLayout(graph, { ...box, seed: 22 });
    expect([...second]).toEqual([...first]);
  });
});
