import { forceManyBody } from 'd3-force';
import {
  forceBoxCollide,
  forceRepel,
  seededRandom,
  type LayoutNode,
} from '../../../src/layout/forces';

function nodes(count: number, seed: number): LayoutNode[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    index,
    x: random() * 600,
    y: random() * 400,
    vx: 0,
    vy: 0,
    radius: 10 + random() * 10,
    box: { halfWidth: 30 + random() * 30, top: 20, bottom: 40 + random() * 20 },
    degree: 1,
  }));
}

describe('forceRepel', () => {
  it('sums every pair exactly: what d3’s many-body force gives with no approximation', () => {
    const strength = (node: LayoutNode) => -120 - 8 * node.radius;
    const ours = nodes(40, 3);
    const theirs = nodes(40, 3);
    const repel = forceRepel(strength, 350);
    const manyBody = forceManyBody<LayoutNode>().strength(strength).distanceMax(350).theta(1e-9);
    repel.initialize!(ours, Math.random);
    manyBody.initialize(theirs, Math.random);
    repel(0.7);
    manyBody(0.7);
    for (let i = 0; i < ours.length; i++) {
      expect(ours[i]!.vx).toBeCloseTo(theirs[i]!.vx!, 9);
      expect(ours[i]!.vy).toBeCloseTo(theirs[i]!.vy!, 9);
    }
    expect(ours.some((node) => Math.abs(node.vx!) > 0.01)).toBe(true);
  });

  it('hands big graphs to the Barnes–Hut approximation', () => {
    const many = nodes(30, 5);
    const repel = forceRepel(() => -100, 500, 10);
    repel.initialize!(many, Math.random);
    repel(1);
    expect(many.every((node) => Number.isFinite(node.vx) && Number.isFinite(node.vy))).toBe(true);
    expect(many.some((node) => node.vx !== 0)).toBe(true);
  });
});

describe('forceBoxCollide', () => {
  it('pushes apart exactly the pairs whose boxes overlap, found by the sweep', () => {
    const all = nodes(60, 9);
    const before = all.map((node) => ({ ...node }));
    const collide = forceBoxCollide(0.8, 1);
    collide.initialize!(all, Math.random);
    collide(1);
    const centre = (node: LayoutNode) => node.y + (node.box.bottom - node.box.top) / 2;
    const height = (node: LayoutNode) => (node.box.top + node.box.bottom) / 2;
    const overlapping = new Set<number>();
    for (let i = 0; i < before.length; i++)
      for (let j = i + 1; j < before.length; j++) {
        const a = before[i]!;
        const b = before[j]!;
        const ox = a.box.halfWidth + b.box.halfWidth - Math.abs(a.x - b.x);
        const oy = height(a) + height(b) - Math.abs(centre(a) - centre(b));
        if (ox > 0 && oy > 0) overlapping.add(i).add(j);
      }
    expect(overlapping.size).toBeGreaterThan(0);
    all.forEach((node, i) => {
      const moved = node.vx !== 0 || node.vy !== 0;
      expect(moved, `node ${i} moved iff its box overlapped another`).toBe(overlapping.has(i));
    });
  });
});
