/**
 * The imperative half of the map: layout, live simulation, zoom and drag, and painting
 * positions straight onto the SVG elements React rendered. React owns which elements
 * exist and how they look; the engine owns where they are, so a drag or a transition
 * never re-renders React.
 *
 * The first view needs only the precomputed layout and a fixed camera. Pan, zoom, drag
 * and the live simulation (d3-zoom, d3-drag, d3-transition and friends) load after the
 * first paint through enableInteraction(); until then stand-ins keep the same interface,
 * and eased camera moves wait for the real camera.
 */
import type { Graph, GraphLink, GraphNode } from '../graph/buildGraph';
import type { Point, Positions } from '../layout/computeLayout';
import type { LiveSimulation } from '../layout/createSimulation';
import { createStaticLayout } from '../layout/createStaticLayout';
import { LAYOUT_SEED, layoutBox, sceneLayoutOptions } from '../layout/firstLayout';
import { nodeBox, ROLE_RING_OFFSET, type NodeBox } from '../layout/labelMetrics';
import { aboveShift, placeLabels, type LabelSide } from '../layout/labelPlacement';
import {
  fitTransform,
  NARROW_VIEWPORT,
  sidedBoxes,
  uniformInsets,
  zoomAboutCentre,
  type Transform,
} from '../layout/layoutFrame';
import { layoutLoader, type LayoutLoader } from '../layout/loadLayout';
import { clampScale, createStaticZoom, type ZoomController, type ZoomOptions } from './camera';
import { graphLinkPath, hullPath } from './geometry';
import { registerMapSnapshot } from './mapSnapshot';

export type MapInteraction = typeof import('./mapInteraction');

/** Set on the <svg>: "worker" when the first layout was computed ahead (see src/boot/), else "main". */
const FIRST_LAYOUT_ATTRIBUTE = 'data-first-layout';
/** Set on the <svg> once pan, zoom and drag work (the grab cursor shows from then on). */
const INTERACTIVE_ATTRIBUTE = 'data-interactive';

/** Screen pixels kept free around the map when framing (label boxes carry their own margin). */
const FIT_PADDING = 28;
/** On a phone every pixel of width counts: a narrower margin keeps labels larger. */
const NARROW_FIT_PADDING = 12;
/** The zoom and fit buttons in the bottom-right corner (see .map__controls), with a margin. */
const CONTROLS_WIDTH = 144;
const CONTROLS_HEIGHT = 56;
/**
 * Framing everything never zooms in past 1:1, so labels show at their design size
 * (12.5 px); framing a few actors (a scene's focus) may go further. On a phone the
 * layout is made compact enough (see layoutExtent) that everything fits legibly.
 */
const FIT_ALL_MAX_SCALE = 1;
const FIT_FOCUS_MAX_SCALE = 2.4;
/**
 * Below this scale the whole map's labels are too small to read (about 7 px): a phone's
 * view that small (above all with its details sheet open) frames the selection instead,
 * stopping at the design size (see viewFrame). A desktop view never moves on its own when
 * something is selected: on a big map that would be a camera move on every click.
 */
const READABLE_SCALE = 0.6;
/** A view this low (CSS px), or narrower than NARROW_VIEWPORT, is a phone's. */
const SHORT_VIEW = 400;
const FIT_SELECTION_MAX_SCALE = 1;
const CAMERA_MS = 600;
/**
 * Above this many links, dragging moves only the dragged node: redrawing every link on
 * every frame costs more than a frame (measured on the 1,000-stance synthetic corpus).
 */
const LIVE_DRAG_MAX_LINKS = 400;
const ZOOM_STEP_MS = 220;
/**
 * A resize that changes the layout box's shape (aspect ratio) by this factor or more, a
 * phone turned or a laptop moved to a projector, lays the map out again for the new
 * shape; smaller changes only reframe. Waits for the resizing to stop.
 */
const RESHAPE_ASPECT_CHANGE = 1.25;
const RESHAPE_DELAY_MS = 250;
/** Nodes take the pointer at least this far from their centre (a 28 px target at 1:1). */
const MIN_NODE_HIT_RADIUS = 14;
const LABEL_HOLE_INSET = 4;
/** Room between a bloc's (or member's) glyph and the outline grouping them. */
const HULL_MARGIN = 10;

export interface MapEngineOptions {
  svg: SVGSVGElement;
  viewport: SVGGElement;
  nodeLayer: SVGGElement;
  /** The view's size in CSS pixels (0 where there is no layout, e.g. jsdom). */
  measure(): { width: number; height: number };
  /**
   * The area a dataset's layout is shaped for (see nominalMapArea); by default the
   * measured view. The camera fits the layout to the real view either way.
   */
  layoutArea?(): { width: number; height: number };
  /** A first layout computed ahead of time for exactly this graph and box, if any (see src/boot/). */
  takeFirstLayout?(graph: Graph, box: { width: number; height: number }): Positions | undefined;
  onPinsChange(pinned: ReadonlySet<string>): void;
  reducedMotion(): boolean;
  /** Fetches pan, zoom, drag and the live simulation; by default the lazily loaded module. */
  loadInteraction?(): Promise<MapInteraction>;
  /** The force layout's code; by default loaded lazily (see loadLayout.ts). */
  layout?: LayoutLoader;
}

export interface MapEngine {
  /** Lay out and draw a new graph; call after React committed its elements. */
  setGraph(
    graph: Graph,
    context: {
      fullGraph: Graph;
      /**
       * Which dataset this is: under a new key the map is laid out afresh; under the same
       * key (another version of the dataset, as coding makes) actors stay where they stood.
       */
      datasetKey: unknown;
      /**
       * Presenting: stand every actor where the scene layout puts it (sceneLayoutOptions,
       * the same for the handout and the PowerPoint), not where the user's map had it.
       */
      sceneLayout?: boolean;
    },
  ): void;
  /**
   * Frame these actors (null = all visible) times a zoom multiplier. The frame stays the
   * view's until the user pans or zooms: a resize frames the same actors again.
   */
  frame(focus: readonly string[] | null, zoom: number, animate: boolean): void;
  /**
   * The selection's neighbourhood (null: nothing selected). A phone's view too small to
   * read the whole map in frames it instead, while the camera is not the user's.
   */
  focusSelection(ids: readonly string[] | null): void;
  zoomBy(factor: number): void;
  resize(): void;
  /** Pan just enough to bring a node or link into view (keyboard focus off screen). */
  reveal(id: string): void;
  /**
   * Where an actor or a link's middle is on screen; for an actor also its radius there and
   * whether label placement put its label above the glyph.
   */
  screenPoint(id: string): (Point & { r: number; labelAbove: boolean }) | null;
  unpin(id: string): void;
  unpinAll(): void;
  /**
   * Load and attach pan, zoom, drag and the live simulation. Call after the first paint;
   * calling again is harmless (and retries after a failed load).
   */
  enableInteraction(): Promise<void>;
  destroy(): void;
}

/** How far a node's drawing reaches from its centre, role ring included (arrows stop there). */
export function nodeOuterRadius(node: GraphNode): number {
  return node.radius + (node.role ? ROLE_RING_OFFSET + 1.5 : 1);
}

/** What a link's path is drawn from: see graphLinkPath. */
interface LinkPaint {
  kind: GraphLink['kind'];
  pairIndex: number;
  pairCount: number;
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  sr: number;
  tr: number;
  /** The path drawn. */
  d?: string;
}

function samePositions(a: ReadonlyMap<string, Point>, b: ReadonlyMap<string, Point>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, point] of a) {
    const other = b.get(id);
    if (!other || other.x !== point.x || other.y !== point.y) return false;
  }
  return true;
}

function samePaint(last: LinkPaint | undefined, now: LinkPaint): boolean {
  return (
    !!last &&
    // What the path depends on, not the link object: another version of the dataset (an
    // edit) builds new links, and most are drawn exactly as before.
    last.kind === now.kind &&
    last.pairIndex === now.pairIndex &&
    last.pairCount === now.pairCount &&
    last.sx === now.sx &&
    last.sy === now.sy &&
    last.tx === now.tx &&
    last.ty === now.ty &&
    last.sr === now.sr &&
    last.tr === now.tr
  );
}

/**
 * Where actors go when the layout code could not be loaded: those placed before stay, the
 * others stand on a circle in the box. Crude, but the map and its links still show.
 */
function onCircle(
  graph: Graph,
  box: { width: number; height: number },
  placed?: ReadonlyMap<string, Point>,
): Positions {
  const radius = Math.min(box.width, box.height) * 0.4;
  const count = Math.max(1, graph.nodes.length);
  return new Map(
    graph.nodes.map((node, i) => {
      const before = placed?.get(node.id);
      const angle = (2 * Math.PI * i) / count;
      return [
        node.id,
        before
          ? { x: before.x, y: before.y }
          : {
              x: box.width / 2 + radius * Math.cos(angle),
              y: box.height / 2 + radius * Math.sin(angle),
            },
      ];
    }),
  );
}

export function createMapEngine(options: MapEngineOptions): MapEngine {
  const {
    svg,
    viewport,
    nodeLayer,
    measure,
    layoutArea,
    takeFirstLayout,
    onPinsChange,
    reducedMotion,
    loadInteraction = () => import('./mapInteraction'),
    layout = layoutLoader,
  } = options;
  let graph: Graph | null = null;
  let datasetKey: unknown = undefined;
  /** The unfiltered graph: it sizes the layout box. */
  let fullGraph: Graph | null = null;
  /** The full graph whose elements collectElements last found. */
  let fullGraphCollected: Graph | null = null;
  let box: { width: number; height: number } | null = null;
  let reshapeTimer: ReturnType<typeof setTimeout> | undefined;
  let size = viewSize();
  let cameraTouched = false;
  /** The frame last asked for (see frame); focus null is everything. */
  let framing: { focus: readonly string[] | null; zoom: number } = { focus: null, zoom: 1 };
  let selectionFocus: readonly string[] | null = null;
  /** Whether a view too small for everything frames the selection (see viewFrame). */
  let selectionFraming = true;
  let linksById = new Map<string, GraphLink>();
  let boxes = new Map<string, NodeBox>();
  let radii = new Map<string, number>();
  let nodeElements = new Map<string, SVGGElement>();
  let lineElements = new Map<string, SVGPathElement>();
  let hitElements = new Map<string, SVGPathElement>();
  let hitClip: SVGPathElement | null = null;
  let hullElements = new Map<string, SVGPathElement>();
  /** The elements showOnlyVisible hid. */
  const hiddenElements = new WeakSet<SVGElement>();
  /**
   * What each element was last painted with. An animation frame rewrites only what moved:
   * on a big map most links stay put while a few actors come back, and writing a path
   * costs even when it is unchanged. Keyed by element, so new elements always paint.
   */
  const paintedLinks = new WeakMap<SVGPathElement, LinkPaint>();
  const paintedNodes = new WeakMap<SVGElement, string>();
  /** Bloc id → the bloc and its members, for the outline that groups them. */
  let blocGroups = new Map<string, string[]>();
  let blocOf = new Map<string, string>();
  let linksByNode = new Map<string, GraphLink[]>();
  let liveDrag = true;
  let labelSides = new Map<string, LabelSide>();
  /** The scene layout of one full graph (see setGraph's sceneLayout), computed once. */
  let sceneLayout: {
    fullGraph: Graph;
    box: { width: number; height: number };
    positions: Positions;
  } | null = null;
  /** While a scene layout is shown: its box; the user's own arrangement stays in `remembered`. */
  let sceneBox: { width: number; height: number } | null = null;
  let dragLayer: SVGGElement | null = null;
  /**
   * Where every actor shown since the dataset loaded last stood: a filter change keeps
   * actors that remain in place and brings hidden ones back where they were.
   */
  let remembered = new Map<string, Point>();
  /**
   * A graph that needs the layout code before it can be drawn (see setGraph): the last one
   * given while it loads. Meanwhile the map shows what it showed before.
   */
  let waitingGraph: { next: Graph; context: { fullGraph: Graph; datasetKey: unknown } } | null =
    null;
  /** The layout code failed to load: layouts fall back to a circle (see layOut). */
  let layoutFailed = false;

  function viewSize() {
    const { width, height } = measure();
    // jsdom and hidden containers have no layout: fall back to a plausible screen.
    return { width: width > 0 ? width : 800, height: height > 0 ? height : 600 };
  }

  const notifyPins = () => onPinsChange(new Set(simulation.pinned().keys()));

  /** Pan, zoom, drag and the live simulation, once loaded. */
  let interaction: MapInteraction | null = null;
  let loading: Promise<void> | null = null;
  /** The last load failed: camera moves apply at once instead of waiting for it. */
  let loadFailed = false;
  let destroyed = false;
  /** While the live simulation takes over the same positions: nothing to repaint. */
  let handingOver = false;

  let simulation: LiveSimulation = makeSimulation();
  function makeSimulation(): LiveSimulation {
    const callbacks = {
      onFrame: (positions: ReadonlyMap<string, Point>, moved?: ReadonlySet<string>) => {
        if (!handingOver) paint(positions, false, moved);
      },
      onSettle: () => {
        if (handingOver) return;
        cancelDeferredLabels();
        if (settlingInPlace) {
          // Nothing moved (the usual filter change): paint now with the sides labels
          // already have, and place them afresh once this frame is on screen.
          applyLabelSides();
          paint(simulation.positions(), true);
          deferLabels();
          return;
        }
        placeLabelSides(simulation.positions());
        paint(simulation.positions(), true);
      },
      reducedMotion,
    };
    return interaction ? interaction.createSimulation(callbacks) : createStaticLayout(callbacks);
  }

  const zoomOptions: ZoomOptions = {
    size: () => size,
    onZoom: (_transform, byUser) => {
      if (byUser) cameraTouched = true;
    },
  };
  let zoom: ZoomController = createStaticZoom(viewport, zoomOptions);
  /** Eased camera moves asked for before d3-zoom arrived, replayed in order once it has. */
  let waitingMoves: Array<() => void> = [];
  function moveCamera(move: () => void, eased: boolean) {
    if (interaction || loadFailed || (!eased && waitingMoves.length === 0)) move();
    else waitingMoves.push(move);
  }
  function replayWaitingMoves() {
    const moves = waitingMoves;
    waitingMoves = [];
    for (const move of moves) move();
  }

  let drag: { destroy(): void } | null = null;
  const dragHandlers = {
    position: (id: string) => simulation.positions().get(id),
    start: (id: string) => {
      if (!liveDrag) beginDragLayer(id);
      simulation.dragStart(id);
      notifyPins();
    },
    move: (id: string, x: number, y: number) => simulation.dragMove(id, x, y),
    end: (id: string) => {
      simulation.dragEnd(id);
      endDragLayer();
    },
  };

  function attachInteraction(module: MapInteraction) {
    if (destroyed || interaction) return;
    interaction = module;
    const live = makeSimulation();
    if (graph && box) {
      handingOver = true;
      try {
        live.update(graph, simulation.targets(), { bounds: box, animate: false, liveDrag });
      } finally {
        handingOver = false;
      }
    }
    simulation.destroy();
    simulation = live;
    const at = zoom.current();
    zoom.destroy();
    zoom = module.createZoom(svg, viewport, zoomOptions, at);
    drag = module.createNodeDrag(nodeLayer, viewport, dragHandlers);
    svg.setAttribute(INTERACTIVE_ATTRIBUTE, '');
    replayWaitingMoves();
  }

  /**
   * Big graphs: while a node is dragged, it and its links are drawn on a separate
   * composited layer (clones), so the thousand static links below are not re-rastered
   * on every frame. The originals are hidden meanwhile and updated on release.
   */
  const dragClones = new Map<string, SVGElement>();
  const hiddenOriginals: SVGElement[] = [];
  function beginDragLayer(id: string) {
    const layer = dragLayer;
    if (!layer) return;
    endDragLayer();
    layer.setAttribute('transform', viewport.getAttribute('transform') ?? '');
    const lines = (linksByNode.get(id) ?? []).map(
      (link) => [link.id, lineElements.get(link.id)] as const,
    );
    for (const [linkId, line] of lines) {
      if (!line) continue;
      const clone = line.cloneNode(true) as SVGElement;
      layer.appendChild(clone);
      dragClones.set(linkId, clone);
      hiddenOriginals.push(line);
    }
    const node = nodeElements.get(id);
    if (node) {
      const clone = node.cloneNode(true) as SVGElement;
      clone.removeAttribute('tabindex');
      clone.removeAttribute('role');
      layer.appendChild(clone);
      dragClones.set(id, clone);
      hiddenOriginals.push(node);
    }
    for (const element of hiddenOriginals) element.style.visibility = 'hidden';
  }

  function endDragLayer() {
    for (const element of hiddenOriginals) element.style.visibility = '';
    hiddenOriginals.length = 0;
    dragClones.clear();
    dragLayer?.replaceChildren();
  }

  const unregisterSnapshot = registerMapSnapshot(() => ({
    positions: new Map(
      [...simulation.positions()].map(([id, point]) => [id, { x: point.x, y: point.y }]),
    ),
    transform: zoom.current(),
    width: size.width,
    height: size.height,
  }));

  function collectElements() {
    nodeElements = new Map();
    for (const element of nodeLayer.querySelectorAll<SVGGElement>('[data-node-id]')) {
      nodeElements.set(element.getAttribute('data-node-id')!, element);
    }
    lineElements = new Map();
    for (const element of svg.querySelectorAll<SVGPathElement>('[data-line-id]')) {
      lineElements.set(element.getAttribute('data-line-id')!, element);
    }
    hullElements = new Map();
    for (const element of svg.querySelectorAll<SVGPathElement>('[data-hull-id]')) {
      hullElements.set(element.getAttribute('data-hull-id')!, element);
    }
    dragLayer = svg.parentElement?.querySelector<SVGGElement>('[data-drag-layer]') ?? null;
    hitClip = svg.querySelector<SVGPathElement>('[data-hit-clip]');
    hitElements = new Map();
    for (const element of svg.querySelectorAll<SVGPathElement>('[data-hit-id]')) {
      hitElements.set(element.getAttribute('data-hit-id')!, element);
    }
  }

  /**
   * Every actor and link of the dataset (and every bloc's outline) stays mounted; those
   * the filters leave out are hidden (display: none, so they also leave the tab order and the
   * accessibility tree). A filter change on a big map then flips a style on the elements
   * that change instead of re-creating a thousand of them.
   */
  function showOnlyVisible() {
    for (const [id, element] of nodeElements) setShown(element, radii.has(id));
    for (const [id, element] of lineElements) setShown(element, linksById.has(id));
    for (const [id, element] of hitElements) setShown(element, linksById.has(id));
    for (const [id, element] of hullElements) setShown(element, blocGroups.has(id));
  }

  /** Hide or show one element, touching it only if that changes (kept here: no style reads). */
  function setShown(element: SVGElement, shown: boolean) {
    if (shown !== hiddenElements.has(element)) return;
    if (shown) hiddenElements.delete(element);
    else hiddenElements.add(element);
    element.style.display = shown ? '' : 'none';
  }

  function paint(
    positions: ReadonlyMap<string, Point>,
    withHitTargets: boolean,
    moved?: ReadonlySet<string>,
  ) {
    if (moved && !withHitTargets) return paintMoved(positions, moved);
    for (const [id, element] of nodeElements) {
      const point = positions.get(id);
      if (point) placeNode(element, point);
    }
    for (const blocId of hullElements.keys()) paintHull(positions, blocId);
    for (const link of linksById.values()) paintLink(positions, link, withHitTargets);
    if (withHitTargets) hitClip?.setAttribute('d', hitClipPath(positions));
  }

  /** Only a few nodes moved (a drag without the simulation): touch only them and their links. */
  function paintMoved(positions: ReadonlyMap<string, Point>, moved: ReadonlySet<string>) {
    const links = new Set<GraphLink>();
    for (const id of moved) {
      const point = positions.get(id);
      const element = dragClones.get(id) ?? nodeElements.get(id);
      if (point && element) placeNode(element, point);
      for (const link of linksByNode.get(id) ?? []) links.add(link);
      const bloc = blocOf.get(id);
      if (bloc) paintHull(positions, bloc);
      if (blocGroups.has(id)) paintHull(positions, id);
    }
    for (const link of links) {
      const clone = dragClones.get(link.id);
      if (clone) clone.setAttribute('d', linkD(positions, link) ?? '');
      else paintLink(positions, link, false);
    }
  }

  function linkD(positions: ReadonlyMap<string, Point>, link: GraphLink): string | null {
    const source = positions.get(link.source);
    const target = positions.get(link.target);
    if (!source || !target) return null;
    return graphLinkPath(
      link,
      source,
      target,
      radii.get(link.source) ?? 0,
      radii.get(link.target) ?? 0,
    ).d;
  }

  function paintHull(positions: ReadonlyMap<string, Point>, blocId: string) {
    const element = hullElements.get(blocId);
    if (!element) return;
    const circles = (blocGroups.get(blocId) ?? []).flatMap((id) => {
      const point = positions.get(id);
      return point ? [{ x: point.x, y: point.y, r: (radii.get(id) ?? 0) + HULL_MARGIN }] : [];
    });
    element.setAttribute('d', hullPath(circles));
  }

  function paintLink(
    positions: ReadonlyMap<string, Point>,
    link: GraphLink,
    withHitTarget: boolean,
  ) {
    const source = positions.get(link.source);
    const target = positions.get(link.target);
    if (!source || !target) return;
    const line = lineElements.get(link.id);
    // Hit targets only matter once things stop moving; skipping them halves the work per frame.
    const hit = withHitTarget ? hitElements.get(link.id) : undefined;
    const now: LinkPaint = {
      kind: link.kind,
      pairIndex: link.pairIndex,
      pairCount: link.pairCount,
      sx: source.x,
      sy: source.y,
      tx: target.x,
      ty: target.y,
      sr: radii.get(link.source) ?? 0,
      tr: radii.get(link.target) ?? 0,
    };
    const lineStale = !!line && !samePaint(paintedLinks.get(line), now);
    const hitStale = !!hit && !samePaint(paintedLinks.get(hit), now);
    if (!lineStale && !hitStale) return;
    const { d } = graphLinkPath(link, source, target, now.sr, now.tr);
    // Inputs that moved by a hair (a settling simulation) often draw the same path:
    // writing it again would still make the browser redraw the link.
    if (lineStale) {
      if (paintedLinks.get(line)?.d !== d) line.setAttribute('d', d);
      paintedLinks.set(line, { ...now, d });
    }
    if (hitStale) {
      if (paintedLinks.get(hit)?.d !== d) hit.setAttribute('d', d);
      paintedLinks.set(hit, { ...now, d });
    }
  }

  function placeNode(element: SVGElement, point: Point) {
    const transform = `translate(${point.x.toFixed(1)},${point.y.toFixed(1)})`;
    if (paintedNodes.get(element) === transform) return;
    element.setAttribute('transform', transform);
    paintedNodes.set(element, transform);
  }

  /**
   * Link hit targets sit above the nodes (so stances follow actors in the tab order);
   * this clip cuts holes for every glyph and label so links never steal a node's clicks.
   */
  function hitClipPath(positions: ReadonlyMap<string, Point>): string {
    const f = (n: number) => n.toFixed(1);
    let d = 'M-1e6,-1e6H1e6V1e6H-1e6Z';
    for (const [id, radius] of radii) {
      const point = positions.get(id);
      const nodeBoxes = boxes.get(id);
      if (!point || !nodeBoxes) continue;
      const r = Math.max(radius, MIN_NODE_HIT_RADIUS);
      d += `M${f(point.x - r)},${f(point.y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
      const above = labelSides.get(id) === 'above';
      const top = above ? point.y - nodeBoxes.top + LABEL_HOLE_INSET : point.y + r + 1;
      const bottom = above ? point.y - r - 1 : point.y + nodeBoxes.bottom - LABEL_HOLE_INSET;
      const half = nodeBoxes.halfWidth - LABEL_HOLE_INSET;
      if (bottom > top)
        d += `M${f(point.x - half)},${f(top)}H${f(point.x + half)}V${f(bottom)}H${f(point.x - half)}Z`;
    }
    return d;
  }

  /**
   * Set while setGraph hands the simulation positions every actor already stood at: a
   * settle then is not a move, and label placement waits until after the paint.
   */
  let settlingInPlace = false;
  let deferredLabels: { first: number; second: number | null } | null = null;

  /** Place labels in the frame after the next one, i.e. after the coming paint. */
  function deferLabels() {
    if (typeof requestAnimationFrame !== 'function') {
      placeLabelSides(simulation.positions());
      hitClip?.setAttribute('d', hitClipPath(simulation.positions()));
      return;
    }
    const pending: { first: number; second: number | null } = { first: 0, second: null };
    pending.first = requestAnimationFrame(() => {
      pending.second = requestAnimationFrame(() => {
        deferredLabels = null;
        placeLabelSides(simulation.positions());
        hitClip?.setAttribute('d', hitClipPath(simulation.positions()));
      });
    });
    deferredLabels = pending;
  }

  function cancelDeferredLabels() {
    if (!deferredLabels) return;
    cancelAnimationFrame(deferredLabels.first);
    if (deferredLabels.second !== null) cancelAnimationFrame(deferredLabels.second);
    deferredLabels = null;
  }

  /** Flip labels above their glyph where fewer links cross them there (see placeLabels). */
  function placeLabelSides(positions: ReadonlyMap<string, Point>) {
    if (!graph) return;
    labelSides = labelSidesAt(graph, positions);
    applyLabelSides();
  }

  /**
   * placeLabels, once per graph and set of positions: framing a view and drawing it both
   * ask, and on a big map each answer tries every link against every label.
   */
  let lastSides: {
    graph: Graph;
    positions: Map<string, Point>;
    sides: Map<string, LabelSide>;
  } | null = null;
  function labelSidesAt(of: Graph, positions: ReadonlyMap<string, Point>) {
    const last = lastSides;
    if (last && last.graph === of && samePositions(last.positions, positions)) return last.sides;
    const sides = placeLabels(of, positions);
    const copy = new Map([...positions].map(([id, { x, y }]) => [id, { x, y }]));
    lastSides = { graph: of, positions: copy, sides };
    return sides;
  }

  /** Put labels (and their boxes) on the sides in labelSides; actors it lacks go below. */
  function applyLabelSides() {
    if (!graph) return;
    for (const node of graph.nodes) {
      const above = labelSides.get(node.id) === 'above';
      const box = nodeBox(node.radius, node.label);
      boxes.set(node.id, above ? { ...box, top: box.bottom, bottom: box.top } : box);
      const label = nodeElements.get(node.id)?.querySelector('.map-node__label');
      if (!label) continue;
      if (above)
        label.setAttribute('transform', `translate(0,${aboveShift(node.radius, node.label)})`);
      else label.removeAttribute('transform');
    }
  }

  /**
   * Lay `next` out in the current box: from scratch, or (warm) from where actors stood,
   * pinned ones staying put. Remembers where every actor now stands.
   */
  function layOut(next: Graph, warmFrom?: ReadonlyMap<string, Point>): Positions {
    const loaded = layout.loaded();
    // Callers make sure the code is in (see waitForLayout); if its load failed, a circle.
    const positions = loaded
      ? loaded.computeLayout(next, {
          width: box!.width,
          height: box!.height,
          seed: LAYOUT_SEED,
          initial: warmFrom,
          pinned: warmFrom ? simulation.pinned() : undefined,
        })
      : onCircle(next, box!, warmFrom);
    if (!loaded)
      layout.load().then(
        () => (layoutFailed = false),
        () => undefined,
      );
    for (const [id, point] of positions) remembered.set(id, { x: point.x, y: point.y });
    return positions;
  }

  /**
   * Draw `next` once the layout code is in: its load takes a moment, and a first view
   * without the worker's layout has nothing to show until then (so it shows nothing).
   */
  function waitForLayout(
    next: Graph,
    context: { fullGraph: Graph; datasetKey: unknown },
    cold: boolean,
  ) {
    waitingGraph = { next, context };
    if (cold) viewport.style.visibility = 'hidden';
    const resume = () => {
      const waiting = waitingGraph;
      waitingGraph = null;
      viewport.style.visibility = '';
      if (waiting && !destroyed) engine.setGraph(waiting.next, waiting.context);
    };
    layout.load().then(resume, () => {
      // Offline or a failed chunk: draw anyway (see layOut); a later layout tries again.
      layoutFailed = true;
      resume();
    });
  }

  /**
   * Lay the map out again when its shape changed a lot (see RESHAPE_ASPECT_CHANGE): the
   * current arrangement is stretched to the new box and the forces settle it there, so
   * it is the same map, reshaped, not a new one. Pinned actors stay where they were put.
   */
  function reshape() {
    reshapeTimer = undefined;
    // A scene layout is the same at every size: only the camera follows a resize.
    if (destroyed || !graph || !fullGraph || !box || sceneBox) return;
    if (!layout.loaded()) {
      layout.load().then(reshape, () => undefined);
      return;
    }
    const next = layoutBox(fullGraph, layoutArea?.() ?? size);
    const change = next.width / next.height / (box.width / box.height);
    if (Math.max(change, 1 / change) < RESHAPE_ASPECT_CHANGE) return;
    const sx = next.width / box.width;
    const sy = next.height / box.height;
    const stretch = (point: Point) => ({ x: point.x * sx, y: point.y * sy });
    for (const [id, point] of simulation.targets()) remembered.set(id, point);
    remembered = new Map([...remembered].map(([id, point]) => [id, stretch(point)]));
    box = next;
    const positions = layOut(graph, remembered);
    cancelDeferredLabels();
    simulation.update(graph, positions, { bounds: box, animate: true, liveDrag });
    if (!cameraTouched) {
      const eased = !reducedMotion();
      moveCamera(() => zoom.transformTo(viewFrame(), eased ? CAMERA_MS : 0), eased);
    }
  }

  /** The scene layout's positions for `next`, or null (layout code not in, an actor missing). */
  function scenePositions(next: Graph, full: Graph): Positions | null {
    const loaded = layout.loaded();
    if (!loaded) return null;
    if (sceneLayout?.fullGraph !== full) {
      const options = sceneLayoutOptions(full);
      sceneLayout = {
        fullGraph: full,
        box: options,
        positions: loaded.computeLayout(full, options),
      };
    }
    const all = sceneLayout.positions;
    if (!next.nodes.every((node) => all.has(node.id))) return null;
    return loaded.compactArrangement(
      next,
      new Map(next.nodes.map((node) => [node.id, all.get(node.id)!])),
    );
  }

  function fitFor(
    focus: readonly string[] | null,
    zoomFactor: number,
    focusMaxScale = FIT_FOCUS_MAX_SCALE,
  ): Transform {
    const targets = simulation.targets();
    let chosen: Positions = new Map();
    if (focus?.length) {
      for (const id of focus) {
        const point = targets.get(id);
        if (point) chosen.set(id, point);
      }
    }
    const framingAll = chosen.size === 0;
    if (framingAll) chosen = new Map(targets);
    const padding = size.width < NARROW_VIEWPORT ? NARROW_FIT_PADDING : FIT_PADDING;
    // Labels on the side they will be drawn (placed after the paint): an actor whose label
    // goes above must keep that label in the frame too.
    const framedBoxes = graph ? sidedBoxes(graph, labelSidesAt(graph, targets)) : boxes;
    const fitOptions = {
      boxes: framedBoxes,
      maxScale: framingAll ? FIT_ALL_MAX_SCALE : focusMaxScale,
    };
    let fit = fitTransform(chosen, radii, size.width, size.height, padding, fitOptions);
    // Something would sit under the zoom buttons: keep the bottom strip free instead.
    if (coversControls(chosen, fit)) {
      const insets = { ...uniformInsets(padding), bottom: Math.max(padding, CONTROLS_HEIGHT) };
      fit = fitTransform(chosen, radii, size.width, size.height, insets, fitOptions);
    }
    // The multiplier zooms about the centre of the view.
    return zoomAboutCentre(fit, zoomFactor, size.width, size.height, clampScale);
  }

  /** Whether any of these nodes' boxes (glyph and label) would be under the map controls. */
  function coversControls(chosen: ReadonlyMap<string, Point>, t: Transform): boolean {
    const left = size.width - CONTROLS_WIDTH;
    const top = size.height - CONTROLS_HEIGHT;
    for (const [id, point] of chosen) {
      const box = boxes.get(id);
      const r = radii.get(id) ?? 0;
      const right = (point.x + (box?.halfWidth ?? r)) * t.k + t.x;
      const bottom = (point.y + (box?.bottom ?? r)) * t.k + t.y;
      if (right > left && bottom > top) return true;
    }
    return false;
  }

  /**
   * The view while the camera is not the user's: the frame last asked for, by default
   * everything, labels included. On a phone where everything would be too small to read,
   * the selection's neighbourhood is framed instead (see framesSelection).
   */
  function viewFrame(): Transform {
    const { focus, zoom: zoomFactor } = framing;
    if (focus) return fitFor(focus, zoomFactor);
    if (!framesSelection()) return fitFor(null, zoomFactor);
    return fitFor(selectionFocus, zoomFactor, FIT_SELECTION_MAX_SCALE);
  }

  /** Whether the view frames the selection rather than everything (see viewFrame). */
  function framesSelection(): boolean {
    if (framing.focus || !selectionFraming || !selectionFocus) return false;
    const phone = size.width < NARROW_VIEWPORT || size.height < SHORT_VIEW;
    return phone && fitFor(null, framing.zoom).k < READABLE_SCALE;
  }

  const engine: MapEngine = {
    setGraph(next, context) {
      if (waitingGraph) {
        waitingGraph = { next, context };
        return;
      }
      const cold = !graph || context.datasetKey !== datasetKey;
      let early: Positions | undefined;
      if (cold || !box) {
        size = viewSize();
        box = layoutBox(context.fullGraph, layoutArea?.() ?? size);
      }
      if (cold) early = takeFirstLayout?.(next, box);
      const needsLayout =
        (context.sceneLayout && sceneLayout?.fullGraph !== context.fullGraph) ||
        (cold ? !early : next.nodes.some((node) => !remembered.has(node.id)));
      if (needsLayout && !layout.loaded() && !layoutFailed) {
        waitForLayout(next, context, cold);
        return;
      }
      if (cold && graph) {
        // Another dataset: nothing carries over, pins included.
        simulation.destroy();
        simulation = makeSimulation();
        notifyPins();
      }
      graph = next;
      fullGraph = context.fullGraph;
      datasetKey = context.datasetKey;
      linksById = new Map(next.links.map((link) => [link.id, link]));
      blocGroups = new Map();
      blocOf = new Map();
      linksByNode = new Map();
      for (const link of next.links) {
        for (const end of [link.source, link.target]) {
          const list = linksByNode.get(end);
          if (list) list.push(link);
          else linksByNode.set(end, [link]);
        }
        if (link.kind !== 'membership') continue;
        blocGroups.set(link.source, [
          ...(blocGroups.get(link.source) ?? [link.source]),
          link.target,
        ]);
        blocOf.set(link.target, link.source);
      }
      boxes = new Map(next.nodes.map((node) => [node.id, nodeBox(node.radius, node.label)]));
      radii = new Map(next.nodes.map((node) => [node.id, nodeOuterRadius(node)]));
      if (cold) remembered = new Map();
      else if (!sceneBox)
        for (const [id, point] of simulation.targets())
          remembered.set(id, { x: point.x, y: point.y });
      const fixed = context.sceneLayout ? scenePositions(next, context.fullGraph) : null;
      sceneBox = fixed ? sceneLayout!.box : null;
      let positions: Positions;
      if (fixed) {
        positions = fixed;
        if (cold) svg.setAttribute(FIRST_LAYOUT_ATTRIBUTE, 'main');
      } else if (cold) {
        if (early) for (const [id, point] of early) remembered.set(id, point);
        positions = early ?? layOut(next);
        // Where the dataset's first layout came from, for tests and anyone profiling.
        svg.setAttribute(FIRST_LAYOUT_ATTRIBUTE, early ? 'worker' : 'main');
      } else if (next.nodes.every((node) => remembered.has(node.id))) {
        // Every actor has stood somewhere already (the usual filter change): it goes back
        // there, with no synchronous layout in the way of the next paint.
        positions = new Map(next.nodes.map((node) => [node.id, remembered.get(node.id)!]));
      } else {
        positions = layOut(next, remembered);
      }
      // The elements are the full graph's (see StanceMap): a filter change keeps them all.
      if (cold || context.fullGraph !== fullGraphCollected) {
        collectElements();
        fullGraphCollected = context.fullGraph;
      }
      showOnlyVisible();
      liveDrag = next.links.length <= LIVE_DRAG_MAX_LINKS;
      endDragLayer();
      cancelDeferredLabels();
      // Actors on screen stay put; any others come back where they stood before.
      const shown = simulation.positions();
      settlingInPlace =
        !cold &&
        next.nodes.every((node) => {
          const target = positions.get(node.id);
          const now = shown.get(node.id);
          if (!target || !now) return !!target && remembered.has(node.id);
          return Math.abs(target.x - now.x) + Math.abs(target.y - now.y) <= 0.5;
        });
      try {
        simulation.update(next, positions, { bounds: sceneBox ?? box, animate: !cold, liveDrag });
      } finally {
        settlingInPlace = false;
      }
      if (cold) {
        moveCamera(() => zoom.transformTo(viewFrame(), 0), false);
        cameraTouched = false;
      }
    },

    frame(focus, zoomFactor, animate) {
      framing = { focus, zoom: zoomFactor };
      // "Fit to view" means everything, selection or not (until the next selection).
      selectionFraming = false;
      if (!graph) return;
      const eased = animate && !reducedMotion();
      moveCamera(() => zoom.transformTo(viewFrame(), eased ? CAMERA_MS : 0), eased);
      // A requested frame is "the" view again: resizing keeps it framed.
      cameraTouched = false;
    },

    focusSelection(ids) {
      const same =
        ids === selectionFocus ||
        (!!ids &&
          !!selectionFocus &&
          ids.length === selectionFocus.length &&
          ids.every((id, i) => id === selectionFocus![i]));
      if (same) return;
      const framedBefore = graph !== null && framesSelection();
      selectionFocus = ids;
      selectionFraming = true;
      if (!graph || cameraTouched || framing.focus) return;
      // Where everything reads (most screens), a selection leaves the camera alone.
      if (!framedBefore && !framesSelection()) return;
      const eased = !reducedMotion();
      moveCamera(() => zoom.transformTo(viewFrame(), eased ? CAMERA_MS : 0), eased);
    },

    zoomBy(factor) {
      const eased = !reducedMotion();
      moveCamera(() => zoom.scaleBy(factor, eased ? ZOOM_STEP_MS : 0), eased);
      cameraTouched = true;
    },

    resize() {
      const next = viewSize();
      if (next.width !== size.width || next.height !== size.height) {
        size = next;
        if (graph && !cameraTouched) moveCamera(() => zoom.transformTo(viewFrame(), 0), false);
      }
      if (!graph) return;
      clearTimeout(reshapeTimer);
      reshapeTimer = setTimeout(reshape, RESHAPE_DELAY_MS);
    },

    reveal(id) {
      const point = this.screenPoint(id);
      if (!point) return;
      const margin = 48;
      const dx =
        point.x < margin
          ? margin - point.x
          : point.x > size.width - margin
            ? size.width - margin - point.x
            : 0;
      const dy =
        point.y < margin
          ? margin - point.y
          : point.y > size.height - margin
            ? size.height - margin - point.y
            : 0;
      if (dx || dy) moveCamera(() => zoom.translateBy(dx, dy), false);
    },

    screenPoint(id) {
      const positions = simulation.positions();
      const t = zoom.current();
      let point = positions.get(id);
      const link = linksById.get(id);
      if (!point && link) {
        const source = positions.get(link.source);
        const target = positions.get(link.target);
        if (!source || !target) return null;
        point = graphLinkPath(
          link,
          source,
          target,
          radii.get(link.source) ?? 0,
          radii.get(link.target) ?? 0,
        ).mid;
      }
      if (!point) return null;
      return {
        x: point.x * t.k + t.x,
        y: point.y * t.k + t.y,
        r: (radii.get(id) ?? 0) * t.k,
        labelAbove: labelSides.get(id) === 'above',
      };
    },

    unpin(id) {
      simulation.unpin(id);
      notifyPins();
    },

    unpinAll() {
      simulation.unpinAll();
      notifyPins();
    },

    enableInteraction() {
      // The layout code too, so that the first filter change finds it in.
      if (!layout.loaded()) layout.load().catch(() => undefined);
      loading ??= loadInteraction().then(attachInteraction, () => {
        // Offline or a failed chunk: the map still shows and frames, just without
        // gestures or easing. Waiting moves apply at once; a later call tries again.
        loading = null;
        loadFailed = true;
        replayWaitingMoves();
      });
      return loading;
    },

    destroy() {
      destroyed = true;
      clearTimeout(reshapeTimer);
      cancelDeferredLabels();
      waitingMoves = [];
      endDragLayer();
      unregisterSnapshot();
      drag?.destroy();
      zoom.destroy();
      simulation.destroy();
      svg.removeAttribute(INTERACTIVE_ATTRIBUTE);
    },
  };
  return engine;
}
