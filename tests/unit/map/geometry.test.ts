import { ARROW_LENGTH, graphLinkPath, hullPath, linkPath } from '../../../src/map/geometry';

const a = { x: 0, y: 0 };
const b = { x: 100, y: 0 };

describe('linkPath', () => {
  it('draws a single link straight, trimmed to both outlines', () => {
    const { d, mid } = linkPath(a, b, 0, 1, 10, 10);
    expect(d).toBe('M10.0,0.0L88.0,0.0');
    expect(mid.y).toBeCloseTo(0);
  });

  it('fans several links between a pair into distinct curves', () => {
    const paths = [0, 1, 2].map((i) => linkPath(a, b, i, 3, 10, 10));
    expect(new Set(paths.map((p) => p.d)).size).toBe(3);
    expect(paths[1]!.d).toContain('L');
    expect(paths[0]!.d).toContain('Q');
    expect(Math.sign(paths[0]!.mid.y)).toBe(-Math.sign(paths[2]!.mid.y));
  });

  it('keeps A→B and B→A apart', () => {
    const there = linkPath(a, b, 0, 2, 10, 10);
    const back = linkPath(b, a, 1, 2, 10, 10);
    expect(Math.sign(there.mid.y)).toBe(-Math.sign(back.mid.y));
  });
});

describe('graphLinkPath', () => {
  it('stops stance links an arrowhead short of the target; membership touches it', () => {
    const stance = graphLinkPath({ kind: 'stance', pairIndex: 0, pairCount: 1 }, a, b, 10, 10);
    const membership = graphLinkPath(
      { kind: 'membership', pairIndex: 0, pairCount: 1 },
      a,
      b,
      10,
      10,
    );
    const end = (d: string) => Number(d.split('L')[1]!.split(',')[0]);
    expect(end(membership.d) - end(stance.d)).toBeCloseTo(ARROW_LENGTH, 0);
  });
});

describe('hullPath', () => {
  it('outlines a group of circles, and nothing for none', () => {
    expect(hullPath([])).toBe('');
    const d = hullPath([
      { x: 0, y: 0, r: 10 },
      { x: 50, y: 0, r: 10 },
      { x: 25, y: 40, r: 10 },
    ]);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const xs = [...d.matchAll(/(-?\d+\.\d),(-?\d+\.\d)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(-10, 0);
    expect(Math.max(...xs)).toBeCloseTo(60, 0);
  });
});
