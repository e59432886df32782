import { buildGraph, type Graph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { computeLayout, tickBudget, type Positions } from '../../../src/layout/computeLayout';
import { fitTransform, layoutExtent } from '../../../src/layout/layoutFrame';
import { nodeBox } from '../../../src/layout/labelMetrics';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { loadAstana22 } from '../../helpers/loadFixture';

const astana = indexDataset(loadAstana22());
const fullGraph = buildGraph(astana, { filters: NO_FILTERS, joint: 'bloc' });
const box = layoutExtent(fullGraph, 760, 700);

function distances(graph: Graph, positions: Positions) {
  const pairs: { a: string; b: string; gap: number }[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    for (let j = i + 1; j < graph.nodes.length; j++) {
      const a = graph.nodes[i]!;
      const b = graph.nodes[j]!;
      const pa = positions.get(a.id)!;
      const pb = positions.get(b.id)!;
      pairs.push({
        a: a.id,
        b: b.id,
        gap: Math.hypot(pa.x - pb.x, pa.y - pb.y) - a.radius - b.radius,
      });
    }
  }
  return pairs;
}

describe('computeLayout', () => {
  it('is deterministic: the same data gives the same layout', () => {
    const first = computeLayout(fullGraph, { ...box, seed: 3 });
    const second = computeLayout(fullGraph, { ...box, seed: 3 });
    expect([...second]).toEqual([...first]);
  });

  it('places every node, finite and with its label inside the box', () => {
    const positions = computeLayout(fullGraph, box);
    expect(positions.size).toBe(fullGraph.nodes.length);
    for (const node of fullGraph.nodes) {
      const point = positions.get(node.id)!;
      const extent = nodeBox(node.radius, node.label);
      expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
      expect(point.x - extent.halfWidth).toBeGreaterThanOrEqual(-0.5);
      expect(point.x + extent.halfWidth).toBeLessThanOrEqual(box.width + 0.5);
      expect(point.y - extent.top).toBeGreaterThanOrEqual(-0.5);
      expect(point.y + extent.bottom).toBeLessThanOrEqual(box.height + 0.5);
    }
  });

  it('keeps glyphs apart on astana-22, with room for labels between them', () => {
    const positions = computeLayout(fullGraph, box);
    const gaps = distances(fullGraph, positions);
    const overlapping = gaps.filter((pair) => pair.gap < 0);
    expect(overlapping).toEqual([]);
    // Label boxes (glyph + label below) barely touch, if at all.
    let labelOverlaps = 0;
    for (const { a, b } of gaps) {
      const na = fullGraph.nodes.find((n) => n.id === a)!;
      const nb = fullGraph.nodes.find((n) => n.id === b)!;
      const ba = nodeBox(na.radius, na.label);
      const bb = nodeBox(nb.radius, nb.label);
      const pa = positions.get(a)!;
      const pb = positions.get(b)!;
      const ox = ba.halfWidth + bb.halfWidth - Math.abs(pa.x - pb.x);
      const ay = pa.y + (ba.bottom - ba.top) / 2;
      const by = pb.y + (bb.bottom - bb.top) / 2;
      const oy = (ba.top + ba.bottom) / 2 + (bb.top + bb.bottom) / 2 - Math.abs(ay - by);
      if (ox > 6 && oy > 6) labelOverlaps++;
    }
    expect(labelOverlaps).toBeLessThanOrEqual(1);
  });

  it('keeps a bloc close to its members', () => {
    const positions = computeLayout(fullGraph, box);
    const bloc = positions.get('guarantors')!;
    for (const member of ['turkiye', 'russia', 'iran']) {
      const point = positions.get(member)!;
      expect(Math.hypot(point.x - bloc.x, point.y - bloc.y)).toBeLessThan(160);
    }
  });

  it('respects initial positions: a filter change moves the remaining nodes little', () => {
    const before = computeLayout(fullGraph, box);
    const filtered = buildGraph(astana, {
      filters: { ...NO_FILTERS, topics: ['lebanon', 'gaza'] },
      joint: 'bloc',
    });
    const after = computeLayout(filtered, { ...box, initial: before });
    const moves = filtered.nodes
      .map((node) => {
        const a = before.get(node.id)!;
        const b = after.get(node.id)!;
        return Math.hypot(a.x - b.x, a.y - b.y);
      })
      .sort((x, y) => x - y);
    expect(moves.length).toBeGreaterThan(3);
    expect(moves[Math.floor(moves.length / 2)]!).toBeLessThan(12);
    expect(moves[moves.length - 1]!).toBeLessThan(60);
  });

  it('places newcomers near their neighbours on a warm start', () => {
    const small = buildGraph(astana, {
      filters: { ...NO_FILTERS, topics: ['israeli-strikes'] },
      joint: 'bloc',
    });
    const before = computeLayout(small, box);
    const after = computeLayout(fullGraph, { ...box, initial: before });
    for (const node of fullGraph.nodes) {
      const point = after.get(node.id)!;
      expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
    }
    const bloc = after.get('guarantors')!;
    const gaza = after.get('gaza')!;
    expect(Math.hypot(bloc.x - gaza.x, bloc.y - gaza.y)).toBeLessThan(400);
  });

  it('never moves pinned nodes', () => {
    const pinned = new Map([['israel', { x: 40, y: 50 }]]);
    const positions = computeLayout(fullGraph, { ...box, pinned });
    expect(positions.get('israel')).toEqual({ x: 40, y: 50 });
  });

  it('lays out an empty graph as nothing', () => {
    const empty = buildGraph(astana, {
      filters: { ...NO_FILTERS, topics: ['no-such-topic'] },
      joint: 'bloc',
    });
    expect(computeLayout(empty, box).size).toBe(0);
  });

  it('lays out the synthetic 1,000-stance corpus well under a second', () => {
    const graph = buildGraph(indexDataset(generateSyntheticDataset()), {
      filters: NO_FILTERS,
      joint: 'bloc',
    });
    const extent = layoutExtent(graph, 760, 700);
    const start = performance.now();
    const positions = computeLayout(graph, extent);
    const elapsed = performance.now() - start;
    expect(positions.size).toBe(graph.nodes.length);
    expect([...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
    expect(elapsed).toBeLessThan(1000);
    const tooClose = distances(graph, positions).filter((pair) => pair.gap < -4);
    expect(tooClose.length).toBeLessThanOrEqual(2);
  });

  it('handles 150 actors and 1,300 links', () => {
    const graph = buildGraph(indexDataset(generateSyntheticDataset({ stances: 1300 })), {
      filters: NO_FILTERS,
      joint: 'separate',
    });
    expect(graph.links.length).toBeGreaterThan(1300);
    const start = performance.now();
    const positions = computeLayout(graph, layoutExtent(graph, 760, 700));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(positions.size).toBe(graph.nodes.length);
  });
});

describe('tickBudget', () => {
  it('spends fewer ticks on bigger graphs and on warm starts', () => {
    expect(tickBudget(40, 40, false)).toBeGreaterThan(tickBudget(150, 1300, false));
    expect(tickBudget(40, 40, true)).toBeLessThan(tickBudget(40, 40, false));
    expect(tickBudget(5000, 50000, false)).toBeGreaterThanOrEqual(120);
  });
});

describe('layoutExtent', () => {
  it('is the viewport when the graph fits, and larger with the same shape when not', () => {
    const small = buildGraph(astana, {
      filters: { ...NO_FILTERS, topics: ['israeli-strikes'] },
      joint: 'bloc',
    });
    expect(layoutExtent(small, 800, 600)).toEqual({ width: 800, height: 600 });
    const big = layoutExtent(fullGraph, 300, 200);
    expect(big.width).toBeGreaterThan(300);
    expect(big.width / big.height).toBeCloseTo(1.5, 1);
  });
});

describe('fitTransform', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 50 }],
  ]);
  const radii = new Map([
    ['a', 10],
    ['b', 10],
  ]);

  it('scales and centres the nodes with their radii inside the padding', () => {
    const t = fitTransform(positions, radii, 500, 300, 20);
    // 120 × 70 into 460 × 260: height-limited.
    expect(t.k).toBeCloseTo(Math.min(460 / 120, 260 / 70));
    const top = (0 - 10) * t.k + t.y;
    const bottom = (50 + 10) * t.k + t.y;
    expect(top).toBeCloseTo(20);
    expect(bottom).toBeCloseTo(280);
    const left = (0 - 10) * t.k + t.x;
    const right = (100 + 10) * t.k + t.x;
    expect((left + right) / 2).toBeCloseTo(250);
  });

  it('caps the scale and uses label boxes when given', () => {
    expect(fitTransform(positions, radii, 500, 300, 20, { maxScale: 1.5 }).k).toBe(1.5);
    const boxes = new Map([
      ['a', { halfWidth: 60, top: 10, bottom: 40 }],
      ['b', { halfWidth: 60, top: 10, bottom: 40 }],
    ]);
    const withLabels = fitTransform(positions, radii, 500, 300, 20, { boxes });
    expect(withLabels.k).toBeCloseTo(Math.min(460 / 220, 260 / 100));
  });

  it('returns a neutral transform for no positions', () => {
    expect(fitTransform(new Map(), new Map(), 400, 200, 10)).toEqual({ x: 200, y: 100, k: 1 });
  });
});
