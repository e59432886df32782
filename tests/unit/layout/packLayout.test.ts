/** Maps too big for the force layout get packed rows: fast, and no two boxes overlap. */
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { computeLayout } from '../../../src/layout/computeLayout';
import { layoutBox } from '../../../src/layout/firstLayout';
import { nodeBox } from '../../../src/layout/labelMetrics';
import { FORCE_LAYOUT_MAX_NODES } from '../../../src/layout/packLayout';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';

describe('the big-map layout', () => {
  const graph = buildGraph(indexDataset(generateSyntheticDataset({ actors: 999, stances: 400 })), {
    filters: NO_FILTERS,
    joint: 'bloc',
  });

  it('lays out 1,000 actors in well under 200 ms with no boxes overlapping', () => {
    expect(graph.nodes.length).toBeGreaterThan(FORCE_LAYOUT_MAX_NODES);
    const box = layoutBox(graph, { width: 900, height: 600 });
    const t0 = performance.now();
    const positions = computeLayout(graph, { ...box, seed: 1 });
    expect(performance.now() - t0).toBeLessThan(200);
    const boxes = graph.nodes.map((node) => {
      const p = positions.get(node.id)!;
      const b = nodeBox(node.radius, node.label);
      return { l: p.x - b.halfWidth, r: p.x + b.halfWidth, t: p.y - b.top, b: p.y + b.bottom };
    });
    boxes.sort((a, b) => a.l - b.l);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j]!.l < boxes[i]!.r - 1e-6; j++)
        if (boxes[j]!.t < boxes[i]!.b - 1e-6 && boxes[i]!.t < boxes[j]!.b - 1e-6) overlaps++;
    expect(overlaps).toBe(0);
  });

  it('keeps known actors in place on a filter change and packs newcomers below them', () => {
    const box = layoutBox(graph, { width: 900, height: 600 });
    const first = computeLayout(graph, { ...box, seed: 1 });
    const initial = new Map([...first].slice(0, 600));
    const next = computeLayout(graph, { ...box, seed: 1, initial });
    for (const [id, point] of initial) expect(next.get(id)).toEqual(point);
    const lowest = Math.max(...[...initial.values()].map((p) => p.y));
    for (const [id, point] of next) if (!initial.has(id)) expect(point.y).toBeGreaterThan(lowest);
  });
});
