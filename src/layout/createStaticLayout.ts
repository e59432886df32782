/**
 * The live simulation's stand-in until it loads (see createMapEngine): nodes stand where
 * the precomputed layout put them, and a new layout shows at once instead of easing.
 * Nothing can be dragged yet, so nothing is pinned. Pure: no DOM, no timers.
 */
import type { Graph } from '../graph/buildGraph';
import type { LiveSimulation, SimulationOptions } from './createSimulation';
import type { Point } from './forces';

const NO_PINS: ReadonlyMap<string, Point> = new Map();

export function createStaticLayout(
  options: Pick<SimulationOptions, 'onFrame' | 'onSettle'>,
): LiveSimulation {
  let positions: ReadonlyMap<string, Point> = new Map();
  return {
    update(graph: Graph, next: ReadonlyMap<string, Point>) {
      const placed = new Map<string, Point>();
      for (const node of graph.nodes) {
        const point = next.get(node.id) ?? positions.get(node.id);
        placed.set(node.id, point ? { x: point.x, y: point.y } : { x: 0, y: 0 });
      }
      positions = placed;
      options.onFrame(positions);
      options.onSettle?.();
    },
    positions: () => positions,
    targets: () => positions,
    pinned: () => NO_PINS,
    dragStart() {},
    dragMove() {},
    dragEnd() {},
    unpin() {},
    unpinAll() {},
    isMoving: () => false,
    destroy() {},
  };
}
