import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import {
  aboveShift,
  linkCrossings,
  placeLabels,
  type Rect,
} from '../../../src/layout/labelPlacement';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { loadAstana22 } from '../../helpers/loadFixture';

const graph = buildGraph(indexDataset(loadAstana22()), {
  filters: { ...NO_FILTERS, topics: ['israeli-strikes'] },
  joint: 'bloc',
});

describe('placeLabels', () => {
  it('puts labels below unless links cross them there and the room above is free', () => {
    // Israel straight below the bloc: the bloc's links run down through its label.
    const positions = new Map([
      ['guarantors', { x: 0, y: 0 }],
      ['turkiye', { x: -200, y: -60 }],
      ['russia', { x: 200, y: -60 }],
      ['iran', { x: -200, y: 200 }],
      ['israel', { x: 0, y: 260 }],
    ]);
    const sides = placeLabels(graph, positions);
    expect(sides.get('guarantors')).toBe('above');
    expect(sides.get('israel')).toBe('below');
    expect(sides.get('turkiye')).toBe('below');
  });

  it('stays below when something sits above', () => {
    const positions = new Map([
      ['guarantors', { x: 0, y: 0 }],
      ['turkiye', { x: 0, y: -60 }],
      ['russia', { x: 200, y: -60 }],
      ['iran', { x: -200, y: 200 }],
      ['israel', { x: 0, y: 260 }],
    ]);
    expect(placeLabels(graph, positions).get('guarantors')).toBe('below');
  });

  it('moves a label above its glyph by the glyph and the label heights', () => {
    expect(aboveShift(12, 'UN')).toBeLessThan(-(2 * 12));
    expect(aboveShift(12, 'Terrorist groups operating in Syria')).toBeLessThan(
      aboveShift(12, 'UN'),
    );
  });
});

describe('linkCrossings', () => {
  /** Whether two segments cross (random coordinates: no touching cases to decide). */
  function cross(p: number[], q: number[]): boolean {
    const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
      Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    return (
      side(p[0]!, p[1]!, p[2]!, p[3]!, q[0]!, q[1]!) !==
        side(p[0]!, p[1]!, p[2]!, p[3]!, q[2]!, q[3]!) &&
      side(q[0]!, q[1]!, q[2]!, q[3]!, p[0]!, p[1]!) !==
        side(q[0]!, q[1]!, q[2]!, q[3]!, p[2]!, p[3]!)
    );
  }

  /** Every link against the rectangle: an end inside it, or crossing one of its sides. */
  function bruteForce(ends: [number, number, number, number][], rect: Rect): number {
    const { left, right, top, bottom } = rect;
    const inside = (x: number, y: number) => x > left && x < right && y > top && y < bottom;
    const sides = [
      [left, top, right, top],
      [right, top, right, bottom],
      [right, bottom, left, bottom],
      [left, bottom, left, top],
    ];
    return ends.filter(
      (end) => inside(end[0], end[1]) || inside(end[2], end[3]) || sides.some((s) => cross(end, s)),
    ).length;
  }

  it('counts the links through any rectangle as testing every link does, parallel links each', () => {
    const dense = buildGraph(
      indexDataset(generateSyntheticDataset({ actors: 40, stances: 600, seed: 5 })),
      { filters: NO_FILTERS, joint: 'bloc' },
    );
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 1200 - 200;
    const byId = new Map(
      dense.nodes.map((node) => [node.id, { point: { x: random(), y: random() } }]),
    );
    const ends = dense.links.flatMap((link) => {
      const a = byId.get(link.source)?.point;
      const b = byId.get(link.target)?.point;
      return a && b ? [[a.x, a.y, b.x, b.y] as [number, number, number, number]] : [];
    });
    const parallel = ends.length - new Set(ends.map((end) => end.join())).size;
    expect(parallel).toBeGreaterThan(0);
    const crossings = linkCrossings(dense, byId);
    let nonZero = 0;
    for (let i = 0; i < 300; i++) {
      const x = random();
      const y = random();
      const rect = { left: x, right: x + 30 + (random() + 200) / 10, top: y, bottom: y + 26 };
      const expected = bruteForce(ends, rect);
      if (expected) nonZero++;
      expect(crossings(rect), `rect ${i}`).toBe(expected);
    }
    expect(nonZero).toBeGreaterThan(50);
  });
});
