/**
 * A dense map (3,005 stances among 8 actors, hundreds of parallel stances per pair) must
 * keep every actor apart: parallel links must not overpower the collision.
 */
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { computeLayout } from '../../../src/layout/computeLayout';
import { layoutBox } from '../../../src/layout/firstLayout';
import { denseDataset } from '../../fixtures/hostile/dense';

describe('a dense map', () => {
  for (const joint of ['bloc', 'separate'] as const) {
    it(`keeps 8 actors with 3,005 stances apart (${joint})`, () => {
      const dataset = denseDataset();
      expect(dataset.stances).toHaveLength(3005);
      const graph = buildGraph(indexDataset(dataset), { filters: NO_FILTERS, joint });
      expect(
        Math.max(...graph.links.map((l) => (l as { count?: number }).count ?? 1)),
      ).toBeGreaterThan(0);
      const box = layoutBox(graph, { width: 900, height: 600 });
      const positions = computeLayout(graph, { ...box, seed: 1 });
      const glyphs = graph.nodes.map((node) => ({
        id: node.id,
        r: node.radius,
        ...positions.get(node.id)!,
      }));
      const close: string[] = [];
      for (let i = 0; i < glyphs.length; i++)
        for (let j = i + 1; j < glyphs.length; j++) {
          const a = glyphs[i]!;
          const b = glyphs[j]!;
          // Glyphs (with their role ring) never touch: at least their radii plus a margin apart.
          if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + 16)
            close.push(`${a.id}–${b.id}: ${Math.hypot(a.x - b.x, a.y - b.y).toFixed(0)}`);
        }
      expect(close).toEqual([]);
    });
  }
});
