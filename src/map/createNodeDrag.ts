/**
 * Dragging nodes with d3-drag: one behaviour on the node layer, created once; the node
 * under the pointer is the subject. A press that does not move is left to be a click.
 */
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { Point } from '../layout/computeLayout';
import { nodeIdAt } from './eventTargets';

/** Movement (in screen pixels) before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

export interface NodeDragHandlers {
  /** The node's current position in map units, or undefined if it is not draggable. */
  position(id: string): Point | undefined;
  start(id: string): void;
  move(id: string, x: number, y: number): void;
  end(id: string): void;
}

interface Subject extends Point {
  id: string;
}

export function createNodeDrag(
  layer: SVGGElement,
  container: SVGGElement,
  handlers: NodeDragHandlers,
): { destroy(): void } {
  let started = false;
  let origin = { x: 0, y: 0 };
  const behaviour = drag<SVGGElement, unknown, Subject>()
    .container(() => container)
    .clickDistance(DRAG_THRESHOLD)
    // Only the left button without modifiers, from a real window (synthetic events in tests
    // may lack one). Returning no subject below lets the zoom pan instead.
    .filter(
      (event: MouseEvent | TouchEvent) =>
        !event.ctrlKey && !('button' in event && event.button) && event.view != null,
    )
    .subject((event: D3DragEvent<SVGGElement, unknown, Subject>) => {
      const source = event.sourceEvent as Event;
      const id = nodeIdAt(source.target);
      const position = id ? handlers.position(id) : undefined;
      return (id && position ? { id, x: position.x, y: position.y } : null) as Subject;
    })
    .on('start', (event: D3DragEvent<SVGGElement, unknown, Subject>) => {
      started = false;
      origin = screenPoint(event.sourceEvent);
    })
    .on('drag', (event: D3DragEvent<SVGGElement, unknown, Subject>) => {
      const { id } = event.subject;
      if (!started) {
        const now = screenPoint(event.sourceEvent);
        if (Math.hypot(now.x - origin.x, now.y - origin.y) < DRAG_THRESHOLD) return;
        started = true;
        handlers.start(id);
      }
      handlers.move(id, event.x, event.y);
    })
    .on('end', (event: D3DragEvent<SVGGElement, unknown, Subject>) => {
      if (started) handlers.end(event.subject.id);
      started = false;
    });
  const selection = select(layer);
  selection.call(behaviour);
  return {
    destroy() {
      selection.on('.drag', null);
    },
  };
}

function screenPoint(event: unknown): Point {
  const source = event as { clientX?: number; clientY?: number; touches?: TouchList };
  const touch = source.touches?.[0];
  if (touch) return { x: touch.clientX, y: touch.clientY };
  return { x: source.clientX ?? 0, y: source.clientY ?? 0 };
}
