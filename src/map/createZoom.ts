/**
 * Pan and zoom for the map's <svg>: d3-zoom attached once to a DOM node and torn down in
 * destroy(). Wheel and pinch zoom, drag on the background pans; double-click is left to
 * the nodes (it unpins). The transform is written straight to the viewport <g>.
 * Loaded after the first paint (see mapInteraction): it takes over from the static camera.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Transform } from '../layout/layoutFrame';
import { clampScale, MAX_SCALE, MIN_SCALE, type ZoomController, type ZoomOptions } from './camera';

/** Set on the <svg> while the user pans (the "grabbing" cursor). */
const PANNING = 'data-panning';

export function createZoom(
  svg: SVGSVGElement,
  viewport: SVGGElement,
  initialOptions: ZoomOptions,
  /** Where the camera is now (the static camera's transform), so taking over does not move it. */
  start?: Transform,
): ZoomController {
  let options = initialOptions;
  let current: ZoomTransform = zoomIdentity;
  const selection = select(svg);
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    // d3's default, plus: pointer gestures need the event's window (synthetic events in
    // tests may lack it, and d3 would throw).
    .filter(
      (event: MouseEvent) =>
        (!event.ctrlKey || event.type === 'wheel') &&
        !event.button &&
        (event.type === 'wheel' || event.view != null),
    )
    .extent(() => {
      const { width, height } = options.size();
      return [
        [0, 0],
        [Math.max(1, width), Math.max(1, height)],
      ];
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const type = (event.sourceEvent as Event | null)?.type;
      if ((type === 'mousemove' || type === 'touchmove') && !svg.hasAttribute(PANNING)) {
        svg.setAttribute(PANNING, '');
      }
      current = event.transform;
      viewport.setAttribute('transform', current.toString());
      options.onZoom?.({ x: current.x, y: current.y, k: current.k }, event.sourceEvent != null);
    })
    .on('end', () => svg.removeAttribute(PANNING));
  selection.call(behaviour).on('dblclick.zoom', null);

  const toD3 = (t: Transform) => zoomIdentity.translate(t.x, t.y).scale(clampScale(t.k));
  if (start) behaviour.transform(selection, toD3(start));

  return {
    current: () => ({ x: current.x, y: current.y, k: current.k }),
    transformTo(transform, duration) {
      if (![transform.x, transform.y, transform.k].every(Number.isFinite)) return;
      selection.interrupt();
      if (duration > 0) {
        selection
          .transition()
          .duration(duration)
          .ease(easeCubicInOut)
          .call(behaviour.transform, toD3(transform));
      } else {
        behaviour.transform(selection, toD3(transform));
      }
    },
    scaleBy(factor, duration) {
      selection.interrupt();
      if (duration > 0) {
        selection
          .transition()
          .duration(duration)
          .ease(easeCubicInOut)
          .call(behaviour.scaleBy, factor);
      } else {
        behaviour.scaleBy(selection, factor);
      }
    },
    translateBy(dx, dy) {
      selection.interrupt();
      behaviour.transform(selection, current.translate(dx / current.k, dy / current.k));
    },
    update(next) {
      options = { ...options, ...next };
    },
    destroy() {
      selection.interrupt();
      selection.on('.zoom', null);
      svg.removeAttribute(PANNING);
    },
  };
}
