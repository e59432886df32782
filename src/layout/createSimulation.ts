/**
 * The live layout behind the map: eases nodes to a new layout after a filter change and
 * runs the force simulation while the user drags. It lives outside React: it ticks on
 * its own animation-frame loop, publishes positions at most once per frame and stops
 * when it cools. No DOM access beyond requestAnimationFrame.
 */
import { easeCubicInOut } from 'd3-ease';
import { forceSimulation, type Simulation } from 'd3-force';
import type { Graph } from '../graph/buildGraph';
import {
  applyForces,
  clampToBounds,
  forceHome,
  layoutModel,
  seededRandom,
  type Bounds,
  type LayoutLink,
  type LayoutNode,
  type Point,
} from './forces';

export interface SimulationOptions {
  /**
   * Receives the live positions, at most once per animation frame (and once per update).
   * `moved` lists the only nodes that moved since the last frame, when that is known.
   */
  onFrame(positions: ReadonlyMap<string, Point>, moved?: ReadonlySet<string>): void;
  /** Motion has stopped: a transition ended or the simulation cooled. */
  onSettle?(): void;
  /** Checked at each gesture, so a change of the OS setting applies at once. */
  reducedMotion?(): boolean;
  /** Duration of the ease to a new layout, in ms. */
  transitionMs?: number;
  requestFrame?(callback: (time: number) => void): number;
  cancelFrame?(handle: number): void;
  now?(): number;
}

export interface UpdateOptions {
  /** The box the layout was computed in; the live simulation keeps nodes inside it. */
  bounds: { width: number; height: number };
  /** Ease from the current positions (default) or jump straight to the new ones. */
  animate?: boolean;
  /**
   * Run the forces while dragging so neighbours follow (default). Off for big graphs:
   * then only the dragged node moves, which keeps each frame cheap to draw.
   */
  liveDrag?: boolean;
}

export interface LiveSimulation {
  /** Show a new graph at these (precomputed) positions, easing from where nodes are now. */
  update(graph: Graph, positions: ReadonlyMap<string, Point>, options: UpdateOptions): void;
  /** Live positions, keyed by actor id. Read, don't keep: the objects move. */
  positions(): ReadonlyMap<string, Point>;
  /** Where nodes come to rest once the current transition ends. */
  targets(): ReadonlyMap<string, Point>;
  /** Pinned actors and where they are pinned. */
  pinned(): ReadonlyMap<string, Point>;
  /** Drag: pin the node under the pointer and warm the simulation. */
  dragStart(id: string): void;
  dragMove(id: string, x: number, y: number): void;
  /** Release the pointer: the node stays pinned, the rest cools down. */
  dragEnd(id: string): void;
  unpin(id: string): void;
  unpinAll(): void;
  /** Whether a transition or the simulation is moving nodes. */
  isMoving(): boolean;
  destroy(): void;
}

const DRAG_ALPHA_TARGET = 0.2;
const HOME_STRENGTH = 0.04;
const ALPHA_MIN = 0.002;

export function createSimulation(options: SimulationOptions): LiveSimulation {
  const {
    onFrame,
    onSettle,
    reducedMotion = () => false,
    transitionMs = 500,
    requestFrame = (callback) =>
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(callback)
        : (setTimeout(() => callback(now()), 16) as unknown as number),
    cancelFrame = (handle) =>
      typeof cancelAnimationFrame === 'function'
        ? cancelAnimationFrame(handle)
        : clearTimeout(handle),
    now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
  } = options;

  let nodes: LayoutNode[] = [];
  let links: LayoutLink[] = [];
  let forcesReady = false;
  let byId = new Map<string, LayoutNode>();
  let targetPositions = new Map<string, Point>();
  let bounds: Bounds = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const pins = new Map<string, Point>();
  const simulation: Simulation<LayoutNode, LayoutLink> = forceSimulation<LayoutNode, LayoutLink>()
    .stop()
    .randomSource(seededRandom(7))
    .alphaMin(ALPHA_MIN)
    .velocityDecay(0.42);

  let mode: 'idle' | 'transition' | 'simulate' = 'idle';
  let frame: number | null = null;
  /** An ease in progress; `start` is null until its first frame (see step). */
  let transition: { start: number | null; from: Map<LayoutNode, Point> } | null = null;
  let dragging: string | null = null;
  let liveDrag = true;
  let destroyed = false;

  const pendingMoves = new Set<string>();
  let directFrame: number | null = null;
  function scheduleDirect() {
    if (directFrame !== null || destroyed) return;
    directFrame = requestFrame(() => {
      directFrame = null;
      const moved = new Set(pendingMoves);
      pendingMoves.clear();
      if (moved.size) onFrame(byId, moved);
    });
  }

  function schedule() {
    if (frame === null && !destroyed) frame = requestFrame(step);
  }

  function step() {
    frame = null;
    if (mode === 'transition' && transition) {
      if (transition.start === null) {
        // The ease starts with its first frame, where nothing has moved yet (update()
        // painted the starting positions): that frame, the one that shows the click's
        // result, carries no motion work.
        transition.start = now();
        schedule();
        return;
      }
      const t = Math.min(1, (now() - transition.start) / transitionMs);
      const eased = easeCubicInOut(t);
      for (const [node, from] of transition.from) {
        const to = targetPositions.get(node.id) ?? from;
        // The last frame lands exactly on the target, not a rounding error beside it.
        node.x = t < 1 ? from.x + (to.x - from.x) * eased : to.x;
        node.y = t < 1 ? from.y + (to.y - from.y) * eased : to.y;
      }
      onFrame(byId);
      if (t < 1) schedule();
      else settle();
      return;
    }
    if (mode === 'simulate') {
      simulation.tick();
      clampToBounds(nodes, bounds);
      onFrame(byId);
      if (simulation.alpha() < ALPHA_MIN && dragging === null) {
        recordTargets();
        settle();
      } else schedule();
    }
  }

  function settle() {
    mode = 'idle';
    transition = null;
    onSettle?.();
  }

  function recordTargets() {
    targetPositions = new Map(nodes.map((node) => [node.id, { x: node.x, y: node.y }]));
  }

  function stopMotion() {
    if (frame !== null) cancelFrame(frame);
    frame = null;
    if (directFrame !== null) cancelFrame(directFrame);
    directFrame = null;
    pendingMoves.clear();
    transition = null;
    mode = 'idle';
  }

  /**
   * Set the forces up for the current graph. Only a drag or an unpin runs the simulation,
   * so this waits for one: on a big map a filter change would otherwise spend a few
   * milliseconds initialising forces nobody uses.
   */
  function prepareForces() {
    if (forcesReady) return;
    forcesReady = true;
    simulation.nodes(nodes);
    applyForces(simulation, links, bounds);
    // Live, nodes are also held near where the layout put them (where the forces are
    // in balance): a drag makes room locally instead of reshuffling the whole map.
    simulation.force(
      'home',
      forceHome((id) => targetPositions.get(id), HOME_STRENGTH),
    );
  }

  function warm(alpha: number) {
    if (reducedMotion()) return;
    stopMotion();
    prepareForces();
    if (simulation.alpha() < alpha) simulation.alpha(alpha);
    mode = 'simulate';
    schedule();
  }

  return {
    update(graph, positions, { bounds: size, animate = true, liveDrag: live = true }) {
      liveDrag = live;
      const previous = byId;
      const wasTargets = targetPositions;
      stopMotion();
      bounds = { minX: 0, minY: 0, maxX: size.width, maxY: size.height };
      const model = layoutModel(graph);
      nodes = model.nodes;
      byId = new Map(nodes.map((node) => [node.id, node]));
      targetPositions = new Map();
      for (const node of nodes) {
        const pin = pins.get(node.id);
        const target = pin ?? positions.get(node.id) ?? wasTargets.get(node.id);
        targetPositions.set(node.id, target ? { x: target.x, y: target.y } : { x: 0, y: 0 });
        if (pin) {
          node.fx = pin.x;
          node.fy = pin.y;
        }
      }

      const from = new Map<LayoutNode, Point>();
      for (const node of nodes) {
        const before = previous.get(node.id);
        if (before) from.set(node, { x: before.x, y: before.y });
      }
      // Newcomers start beside their neighbours already on screen, not at the origin.
      const neighbours = new Map<LayoutNode, LayoutNode[]>();
      for (const link of model.links) {
        for (const [end, other] of [
          [link.source, link.target],
          [link.target, link.source],
        ] as const) {
          const list = neighbours.get(end);
          if (list) list.push(other);
          else neighbours.set(end, [other]);
        }
      }
      for (const node of nodes) {
        if (from.has(node)) continue;
        const onScreen = (neighbours.get(node) ?? []).filter((n) => from.has(n));
        const target = targetPositions.get(node.id)!;
        if (!onScreen.length) {
          from.set(node, target);
          continue;
        }
        const mx = onScreen.reduce((sum, n) => sum + from.get(n)!.x, 0) / onScreen.length;
        const my = onScreen.reduce((sum, n) => sum + from.get(n)!.y, 0) / onScreen.length;
        // Part of the way from the neighbours to its place, so it grows out of them.
        from.set(node, { x: mx + (target.x - mx) * 0.35, y: my + (target.y - my) * 0.35 });
      }

      links = model.links;
      forcesReady = false;
      simulation.alpha(0).alphaTarget(0);

      const moves = [...from].some(([node, p]) => {
        const t = targetPositions.get(node.id)!;
        return Math.abs(t.x - p.x) + Math.abs(t.y - p.y) > 0.5;
      });
      if (!animate || reducedMotion() || !moves || previous.size === 0) {
        for (const node of nodes) Object.assign(node, targetPositions.get(node.id));
        onFrame(byId);
        onSettle?.();
        return;
      }
      for (const [node, p] of from) {
        node.x = p.x;
        node.y = p.y;
      }
      onFrame(byId);
      transition = { start: null, from };
      mode = 'transition';
      schedule();
    },

    positions: () => byId,
    targets: () => targetPositions,
    pinned: () => pins,

    dragStart(id) {
      const node = byId.get(id);
      if (!node) return;
      if (mode === 'transition') {
        // Take over from the ease where it is; the rest follows the forces.
        stopMotion();
        recordTargets();
      }
      dragging = id;
      node.fx = node.x;
      node.fy = node.y;
      pins.set(id, { x: node.x, y: node.y });
      if (liveDrag && !reducedMotion()) {
        simulation.alphaTarget(DRAG_ALPHA_TARGET);
        warm(DRAG_ALPHA_TARGET);
      }
    },

    dragMove(id, x, y) {
      const node = byId.get(id);
      if (!node || !Number.isFinite(x) || !Number.isFinite(y)) return;
      node.fx = x;
      node.fy = y;
      pins.set(id, { x, y });
      if (mode !== 'simulate') {
        // No simulation running (reduced motion, big graph): move only the dragged node,
        // at most once per frame.
        node.x = x;
        node.y = y;
        targetPositions.set(id, { x, y });
        pendingMoves.add(id);
        scheduleDirect();
      }
    },

    dragEnd(id) {
      if (dragging === id) dragging = null;
      simulation.alphaTarget(0);
      const node = byId.get(id);
      if (node) targetPositions.set(id, { x: node.fx ?? node.x, y: node.fy ?? node.y });
      if (mode !== 'simulate') {
        // Flush the last move now, then let hit targets catch up.
        if (directFrame !== null) cancelFrame(directFrame);
        directFrame = null;
        if (pendingMoves.size) onFrame(byId, new Set(pendingMoves));
        pendingMoves.clear();
        onSettle?.();
      }
    },

    unpin(id) {
      pins.delete(id);
      const node = byId.get(id);
      if (!node) return;
      node.fx = null;
      node.fy = null;
      if (liveDrag) warm(0.12);
    },

    unpinAll() {
      if (!pins.size) return;
      pins.clear();
      for (const node of nodes) {
        node.fx = null;
        node.fy = null;
      }
      if (liveDrag) warm(0.2);
    },

    isMoving: () => mode !== 'idle',

    destroy() {
      stopMotion();
      destroyed = true;
      simulation.stop();
    },
  };
}
