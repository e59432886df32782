/**
 * The map's camera without d3: the scale limits, the controller interface both cameras
 * share, and a static camera that writes transforms straight to the viewport. The map
 * draws its first view with the static one; d3-zoom (gestures, easing) replaces it once
 * loaded (see createZoom and createMapEngine).
 */
import type { Transform } from '../layout/layoutFrame';

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 6;

export function clampScale(k: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));
}

export interface ZoomOptions {
  /** The svg's size in CSS pixels (jsdom and hidden containers report 0, so it is passed in). */
  size(): { width: number; height: number };
  /** Every change of transform; `byUser` is true for wheel, pinch and pan gestures. */
  onZoom?(transform: Transform, byUser: boolean): void;
}

export interface ZoomController {
  current(): Transform;
  /** Go to a transform, easing over `duration` ms (0 = at once). */
  transformTo(transform: Transform, duration: number): void;
  /** Zoom about the centre of the view. */
  scaleBy(factor: number, duration: number): void;
  /** Pan (in screen pixels) without changing the scale. */
  translateBy(dx: number, dy: number): void;
  update(options: Partial<ZoomOptions>): void;
  destroy(): void;
}

/** The same text d3-zoom's ZoomTransform writes, so handing over changes nothing on screen. */
export function transformAttribute({ x, y, k }: Transform): string {
  return `translate(${x},${y}) scale(${k})`;
}

/**
 * A camera with no gestures and no easing: every request applies at once. It keeps the
 * same arithmetic as d3-zoom (scale about the centre, clamped), so the two agree.
 */
export function createStaticZoom(
  viewport: SVGGElement,
  initialOptions: ZoomOptions,
): ZoomController {
  let options = initialOptions;
  let current: Transform = { x: 0, y: 0, k: 1 };

  function apply(next: Transform) {
    if (![next.x, next.y, next.k].every(Number.isFinite)) return;
    current = { x: next.x, y: next.y, k: next.k };
    viewport.setAttribute('transform', transformAttribute(current));
    options.onZoom?.({ ...current }, false);
  }

  return {
    current: () => ({ ...current }),
    transformTo(transform) {
      apply({ ...transform, k: clampScale(transform.k) });
    },
    scaleBy(factor) {
      const { width, height } = options.size();
      const cx = Math.max(1, width) / 2;
      const cy = Math.max(1, height) / 2;
      const k = clampScale(current.k * factor);
      const ratio = k / current.k;
      apply({ k, x: cx - (cx - current.x) * ratio, y: cy - (cy - current.y) * ratio });
    },
    translateBy(dx, dy) {
      apply({ ...current, x: current.x + dx, y: current.y + dy });
    },
    update(next) {
      options = { ...options, ...next };
    },
    destroy() {},
  };
}
