// @vitest-environment jsdom
import { createStaticZoom, MAX_SCALE, transformAttribute } from '../../../src/map/camera';
import { createZoom } from '../../../src/map/createZoom';

const SVG = 'http://www.w3.org/2000/svg';
const size = () => ({ width: 800, height: 600 });

function viewportIn(): { svg: SVGSVGElement; viewport: SVGGElement } {
  const svg = document.createElementNS(SVG, 'svg');
  const viewport = document.createElementNS(SVG, 'g');
  svg.appendChild(viewport);
  document.body.appendChild(svg);
  return { svg, viewport };
}

describe('the static camera (before d3-zoom has loaded)', () => {
  it('agrees with d3-zoom on every move, and writes the transform as d3 does', () => {
    const fixed = viewportIn();
    const live = viewportIn();
    const still = createStaticZoom(fixed.viewport, { size });
    const zoom = createZoom(live.svg, live.viewport, { size });
    const moves: Array<(camera: typeof still) => void> = [
      (camera) => camera.transformTo({ x: 120, y: -40, k: 0.8 }, 0),
      (camera) => camera.scaleBy(1.4, 0),
      (camera) => camera.translateBy(35, -12),
      (camera) => camera.scaleBy(1 / 3, 0),
      (camera) => camera.transformTo({ x: 0, y: 0, k: 50 }, 0),
    ];
    for (const move of moves) {
      move(still);
      move(zoom);
      const a = still.current();
      const b = zoom.current();
      expect(a.k).toBeCloseTo(b.k, 9);
      expect(a.x).toBeCloseTo(b.x, 9);
      expect(a.y).toBeCloseTo(b.y, 9);
      // The same text d3 writes, so handing over rewrites nothing.
      expect(fixed.viewport.getAttribute('transform')).toBe(transformAttribute(a));
      expect(live.viewport.getAttribute('transform')).toBe(transformAttribute(b));
    }
    expect(still.current().k).toBe(MAX_SCALE);
    zoom.destroy();
  });

  it('lets d3-zoom take over where it stands', () => {
    const { svg, viewport } = viewportIn();
    const still = createStaticZoom(viewport, { size });
    still.transformTo({ x: 10, y: 20, k: 1.5 }, 0);
    const zoom = createZoom(svg, viewport, { size }, still.current());
    expect(zoom.current()).toEqual({ x: 10, y: 20, k: 1.5 });
    expect(viewport.getAttribute('transform')).toBe(transformAttribute({ x: 10, y: 20, k: 1.5 }));
    zoom.destroy();
  });

  it('ignores a transform that is not finite', () => {
    const { viewport } = viewportIn();
    const still = createStaticZoom(viewport, { size });
    still.transformTo({ x: 5, y: 5, k: 1 }, 0);
    still.transformTo({ x: NaN, y: 0, k: 1 }, 0);
    expect(still.current()).toEqual({ x: 5, y: 5, k: 1 });
  });
});
