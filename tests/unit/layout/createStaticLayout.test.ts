import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { computeLayout } from '../../../src/layout/computeLayout';
import { layoutExtent } from '../../../src/layout/layoutFrame';
import { createStaticLayout } from '../../../src/layout/createStaticLayout';
import { smallDataset } from '../../fixtures/small-dataset';

const index = indexDataset(smallDataset());
const graph = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
const bounds = layoutExtent(graph, 800, 600);
const layout = computeLayout(graph, bounds);

describe('createStaticLayout (the live simulation, before it has loaded)', () => {
  it('shows a layout at once: one frame, then settled, nothing pinned', () => {
    const onFrame = vi.fn();
    const onSettle = vi.fn();
    const still = createStaticLayout({ onFrame, onSettle });
    still.update(graph, layout, { bounds, animate: true });
    expect(onFrame).toHaveBeenCalledTimes(1);
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(still.isMoving()).toBe(false);
    expect(still.pinned().size).toBe(0);
    for (const node of graph.nodes) {
      expect(still.positions().get(node.id)).toEqual(layout.get(node.id));
      expect(still.targets().get(node.id)).toEqual(layout.get(node.id));
    }
  });

  it('keeps a node where it was when a new layout leaves it out, and drops nodes no longer shown', () => {
    const still = createStaticLayout({ onFrame: () => {} });
    still.update(graph, layout, { bounds });
    const [first, ...rest] = graph.nodes;
    const partial = new Map(rest.map((node) => [node.id, { x: 1, y: 2 }]));
    still.update(graph, partial, { bounds });
    expect(still.positions().get(first!.id)).toEqual(layout.get(first!.id));
    const smaller = { ...graph, nodes: rest };
    still.update(smaller, partial, { bounds });
    expect(still.positions().has(first!.id)).toBe(false);
    expect(still.positions().size).toBe(rest.length);
  });
});
