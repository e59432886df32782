import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { takeEarlyLayout } from '../boot/earlyStart';
import { graphSignature } from '../layout/firstLayout';
import { nominalMapArea } from '../layout/layoutArea';
import { useGraph } from '../ui/useGraph';
import { ACTOR_KIND_STYLES, ROLE_STYLES } from '../data/vocabulary';
import { buildGraph, neighbourhood, type Graph } from '../graph/buildGraph';
import { hasActiveFilters, NO_FILTERS } from '../graph/filters';
import {
  selectCamera,
  selectFilters,
  selectHovered,
  selectJoint,
  selectPresenting,
  selectSelection,
} from '../state/selectors';
import { useUi, useUiActions, useUiStoreApi } from '../state/UiStoreProvider';
import { applyHighlight } from './applyHighlight';
import { createMapEngine, type MapEngine } from './createMapEngine';
import { linkIdAt, nodeIdAt } from './eventTargets';
import { MapControls } from './MapControls';
import { MapLinkHit } from './MapLinkHit';
import { MapLinkLine } from './MapLinkLine';
import { MapMarkers } from './MapMarkers';
import { MapNode } from './MapNode';
import { MapTooltip, tipPosition, type TipAnchor, type TooltipContent } from './MapTooltip';
import { prefersReducedMotion } from './motion';
import './map.css';

const ZOOM_STEP = 1.4;
const EMPTY_PINS: ReadonlySet<string> = new Set();
/**
 * How long a tip outlives the pointer leaving its actor or link (or the tip itself): time
 * enough to move the pointer onto the tip, so it can be hovered and read (WCAG 2.1 SC
 * 1.4.13, "hoverable"). Short, so moving on across the map does not leave it behind long.
 */
const TIP_GRACE_MS = 300;

/** The tip on show: whose it is, and which triggers keep it up (see showTip and hideTip). */
interface ShownTip {
  id: string;
  /** The pointer is on the element or on the tip (or left them less than TIP_GRACE_MS ago). */
  hovered: boolean;
  /** The element has keyboard focus. */
  focused: boolean;
}

function isFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // Engines without :focus-visible (jsdom): assume keyboard focus.
    return true;
  }
}

/** Scroll back to the top-left this element and those around it, up to the body. */
function unscroll(from: HTMLElement | null) {
  for (let element = from; element; element = element.parentElement) {
    if (element.scrollTop || element.scrollLeft) {
      element.scrollTop = 0;
      element.scrollLeft = 0;
    }
    if (element === document.body) break;
  }
}

/** Tab order: the most involved actors first (ties keep dataset order). */
function nodesInTabOrder(graph: Graph) {
  return graph.nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => b.node.stanceCount - a.node.stanceCount || a.index - b.index)
    .map(({ node }) => node);
}

/**
 * The stance map: who takes which stance toward whom. React renders the elements and
 * their looks; the map engine (layout, simulation, zoom, drag) positions them.
 */
export function StanceMap({ embed = false }: { embed?: boolean }) {
  const graph = useGraph();
  const index = useDatasetIndex();
  const joint = useUi(selectJoint);
  const filters = useUi(selectFilters);
  const selection = useUi(selectSelection);
  const hovered = useUi(selectHovered);
  const camera = useUi(selectCamera);
  const presenting = useUi(selectPresenting) !== null;
  const actions = useUiActions();
  const store = useUiStoreApi();

  const sectionRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  /** The map's size as its ResizeObserver last reported it. */
  const observedSizeRef = useRef<{ width: number; height: number } | null>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const nodeLayerRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<MapEngine | null>(null);
  /** The tip on show, read by the handlers, so moving within one element does not re-render. */
  const tipRef = useRef<ShownTip | null>(null);
  /** The actor or link the pointer is on (or on whose tip it is), until the grace runs out. */
  const pointerOnRef = useRef<string | null>(null);
  /** Pending end of a hover: the pointer left the element and its tip (see TIP_GRACE_MS). */
  const graceTimerRef = useRef<number | undefined>(undefined);
  /** The last input was a key, not a pointer: the focus it moves shows a tip (see onFocus). */
  const keyInputRef = useRef(true);
  const [pinned, setPinned] = useState<ReadonlySet<string>>(EMPTY_PINS);
  /** Whose tip shows, and where: a new object each time a tip is shown (and placed). */
  const [tip, setTip] = useState<(TipAnchor & { id: string }) | null>(null);

  /** Stop a pending end of hover: the pointer is back on the element, or on its tip. */
  const cancelGrace = useCallback(() => {
    window.clearTimeout(graceTimerRef.current);
    graceTimerRef.current = undefined;
  }, []);

  /** Take the tip down (the hover highlight stays the pointer's); false if none was up. */
  const hideTip = useCallback(() => {
    if (!tipRef.current) return false;
    tipRef.current = null;
    setTip(null);
    return true;
  }, []);

  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const markerPrefix = `map-arrow-${uid}`;
  const helpId = `map-help-${uid}`;

  const fullGraph = useMemo(
    () => buildGraph(index, { filters: NO_FILTERS, joint }),
    [index, joint],
  );
  // Like the links, an element for every actor of the dataset; the engine hides those the
  // filters leave out. Shown ones draw the filtered graph's node (its size follows the
  // stances in view).
  const orderedNodes = useMemo(() => nodesInTabOrder(fullGraph), [fullGraph]);
  const shownNodes = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph]);
  // Link elements are drawn for the whole dataset and the engine hides those the filters
  // leave out (see showOnlyVisible): a filter change then re-creates no elements.
  const membershipLinks = useMemo(
    () => fullGraph.links.filter((l) => l.kind === 'membership'),
    [fullGraph],
  );
  const blocIds = useMemo(
    () => [...new Set(membershipLinks.map((l) => l.source))],
    [membershipLinks],
  );
  const stanceLinks = useMemo(
    () => fullGraph.links.filter((l) => l.kind === 'stance'),
    [fullGraph],
  );
  const near = useMemo(() => neighbourhood(graph, selection), [graph, selection]);
  const nodeIds = useMemo(() => new Set(graph.nodes.map((node) => node.id)), [graph]);
  const linksById = useMemo(() => new Map(graph.links.map((link) => [link.id, link])), [graph]);
  const hoveredNode = hovered && nodeIds.has(hovered) ? hovered : null;

  // Highlight is written onto the elements (see applyHighlight), before the paint.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    applyHighlight(svg, { selection, near, hovered, hoveredNode, linksById });
  }, [graph, selection, near, hovered, hoveredNode, linksById]);

  // The elements depend on the graph only, never on selection or hover: those are set on
  // the DOM (applyHighlight), so selecting on a big map does not reconcile every element.
  const lineElements = useMemo(
    () => [
      ...blocIds.map((id) => <path key={id} className="map-hull" data-hull-id={id} />),
      ...membershipLinks.map((link) => (
        <MapLinkLine key={link.id} link={link} markerPrefix={markerPrefix} />
      )),
      ...stanceLinks.map((link) => (
        <MapLinkLine key={link.id} link={link} markerPrefix={markerPrefix} />
      )),
    ],
    [blocIds, membershipLinks, stanceLinks, markerPrefix],
  );
  const nodeElements = useMemo(
    () =>
      orderedNodes.map((node) => (
        <MapNode
          key={node.id}
          node={shownNodes.get(node.id) ?? node}
          pinned={pinned.has(node.id)}
        />
      )),
    [orderedNodes, shownNodes, pinned],
  );
  const hitElements = useMemo(
    () =>
      stanceLinks.map((link) => (
        <MapLinkHit
          key={link.id}
          link={link}
          description={link.stanceId ? index.stancesById.get(link.stanceId)?.summary : undefined}
        />
      )),
    [stanceLinks, index],
  );

  // The engine is created once, before the first paint, and torn down on unmount.
  useLayoutEffect(() => {
    const nominalArea = () => nominalMapArea(window.innerWidth, window.innerHeight, embed);
    const engine = createMapEngine({
      svg: svgRef.current!,
      viewport: viewportRef.current!,
      nodeLayer: nodeLayerRef.current!,
      measure: () => {
        if (observedSizeRef.current) return observedSizeRef.current;
        // Measuring the map during the first commit would force the whole page's first
        // layout there; the window gives a close estimate, and the observer's report,
        // which comes before the first paint, corrects it. Without an observer (jsdom),
        // measure: it costs nothing there.
        if (typeof ResizeObserver !== 'undefined') return nominalArea();
        const rect = svgRef.current?.getBoundingClientRect();
        return { width: rect?.width ?? 0, height: rect?.height ?? 0 };
      },
      layoutArea: nominalArea,
      takeFirstLayout: (graph, box) => takeEarlyLayout(graphSignature(graph), box),
      onPinsChange: (ids) => setPinned(ids.size ? ids : EMPTY_PINS),
      reducedMotion: prefersReducedMotion,
    });
    engineRef.current = engine;
    return () => {
      engine.destroy();
      engineRef.current = null;
    };
    // embed is fixed for the page's life (it comes from the URL).
  }, [embed]);

  // Lay out synchronously after React committed the elements, so the first paint is settled.
  useLayoutEffect(() => {
    engineRef.current?.setGraph(graph, { fullGraph, datasetKey: index, sceneLayout: presenting });
  }, [graph, fullGraph, index, presenting]);

  // After the engine has the graph: a phone frames the selection (see focusSelection).
  useLayoutEffect(() => {
    engineRef.current?.focusSelection(near ? [...near] : null);
  }, [near]);

  // Pan, zoom, drag and the live simulation are not needed to draw the settled first view:
  // they load once it is on screen (passive effects run after the paint).
  useEffect(() => {
    void engineRef.current?.enableInteraction();
  }, []);

  // Camera intent from the store ("fit to view", scenes). The initial framing is the engine's.
  const cameraMounted = useRef(false);
  useEffect(() => {
    const first = !cameraMounted.current;
    cameraMounted.current = true;
    if (first && camera.nonce === 0) return;
    // The camera moves what a tip is anchored to: it goes (the next hover or focus brings it back).
    hideTip();
    engineRef.current?.frame(camera.focus, camera.zoom, !first);
  }, [camera, hideTip]);

  // A layout effect, so that the observer's first report (the map's real size) arrives
  // before the first paint: the first frame is framed for the real size.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onResize = () => {
      hideTip();
      engineRef.current?.resize();
    };
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', onResize);
      return () => window.removeEventListener('resize', onResize);
    }
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      observedSizeRef.current = box
        ? { width: box.inlineSize, height: box.blockSize }
        : { width: entry?.contentRect.width ?? 0, height: entry?.contentRect.height ?? 0 };
      onResize();
    });
    observer.observe(svg);
    return () => {
      observer.disconnect();
      observedSizeRef.current = null;
    };
  }, [hideTip]);

  useEffect(() => cancelGrace, [cancelGrace]);

  // Whether a key or a pointer moved focus: the last input before it, as browsers decide
  // :focus-visible (jsdom's :focus-visible is unreliable, so the map keeps its own).
  useEffect(() => {
    const onKey = () => (keyInputRef.current = true);
    const onPointer = () => (keyInputRef.current = false);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);

  // Place the tip once its text is in: its size decides the side (see tipPosition). Style
  // only, and only when a tip is shown, so moving the pointer never re-renders. Measured
  // in the frame callback, where the frame lays the page out anyway: measuring in the
  // event would force that layout early, and on a big map a hover then cost twice as much
  // (slowing a click that follows it). The frame callback runs before that frame's paint.
  useLayoutEffect(() => {
    const tooltip = tooltipRef.current;
    const section = sectionRef.current;
    if (!tip || !tooltip || !section) return;
    const place = () => {
      const { left, top } = tipPosition(
        tip,
        { width: tooltip.offsetWidth, height: tooltip.offsetHeight },
        { width: section.clientWidth, height: section.clientHeight },
      );
      tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      tooltip.style.pointerEvents = '';
    };
    if (typeof requestAnimationFrame !== 'function') return place();
    // Until placed it stands where the last tip was, maybe over another actor: it must not
    // take the click meant for that actor.
    tooltip.style.pointerEvents = 'none';
    const frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [tip, graph]);

  // A tip, and a hover, whose actor or link the filters took away no longer apply.
  useEffect(() => {
    const applies = (id: string) => nodeIds.has(id) || linksById.has(id);
    if (tipRef.current && !applies(tipRef.current.id)) hideTip();
    const pointerOn = pointerOnRef.current;
    if (pointerOn !== null && !applies(pointerOn)) {
      cancelGrace();
      pointerOnRef.current = null;
      store.getState().hover(null);
    }
  }, [nodeIds, linksById, hideTip, cancelGrace, store]);

  // Escape takes a tip down wherever focus is (WCAG 2.1 SC 1.4.13, "dismissible"); with
  // focus in the map, onKeyDown does. On the document, this runs before the app's
  // shortcuts (on window), and a dismissing Escape stops here: it does not also clear
  // the selection.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Escape inside an open <dialog> belongs to the dialog.
      if (document.querySelector('dialog[open]')) return;
      if (!hideTip()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hideTip]);

  function describe(id: string): TooltipContent | null {
    const node = graph.nodes.find((candidate) => candidate.id === id);
    if (node) {
      const parts = [ACTOR_KIND_STYLES[node.kind].label];
      if (node.role) parts.push(ROLE_STYLES[node.role].label);
      parts.push(node.stanceCount === 1 ? '1 stance' : `${node.stanceCount} stances`);
      return { title: node.actor.name, detail: parts.join(' · ') };
    }
    const link = linksById.get(id);
    if (!link) return null;
    const stance = link.stanceId ? index.stancesById.get(link.stanceId) : undefined;
    const topics = stance?.topics.map((topic) => index.topicsById.get(topic)?.label ?? topic);
    return { title: link.sentence, detail: topics?.join(' · ') };
  }

  /** Where an actor's (or a link's) tip goes: see tipPosition. Null when it is not drawn. */
  function tipAnchor(id: string): (TipAnchor & { id: string }) | null {
    const point = engineRef.current?.screenPoint(id);
    if (!point || !describe(id)) return null;
    return nodeIds.has(id) ? { id, kind: 'node', ...point } : { id, kind: 'link', ...point };
  }

  /**
   * Show an actor's or a stance link's tip beside it (not following the pointer, so the
   * pointer can move onto it), kept up by `trigger`. Its tip already on show gains the trigger.
   */
  function showTip(id: string, trigger: 'hovered' | 'focused') {
    const shown = tipRef.current;
    if (shown?.id === id) {
      shown[trigger] = true;
      return;
    }
    const anchor = tipAnchor(id);
    if (!anchor) {
      hideTip();
      return;
    }
    tipRef.current = { id, hovered: trigger === 'hovered', focused: trigger === 'focused' };
    setTip(anchor);
  }

  function setHovered(id: string | null) {
    if (hovered !== id) actions.hover(id);
  }

  /** The pointer is on an actor or a stance link: highlight it and show its tip. */
  function pointerEnters(id: string, hoverId: string | null) {
    // Still on the same element (from its glyph to its label): a dismissed tip stays down.
    if (id === pointerOnRef.current && graceTimerRef.current === undefined) return;
    cancelGrace();
    pointerOnRef.current = id;
    setHovered(hoverId);
    showTip(id, 'hovered');
  }

  /** The pointer left the element (or its tip): the hover ends unless it is back in time. */
  function pointerLeaves() {
    if (pointerOnRef.current === null || graceTimerRef.current !== undefined) return;
    graceTimerRef.current = window.setTimeout(endHover, TIP_GRACE_MS);
  }

  /** The grace ran out: no highlight, and the tip goes unless keyboard focus keeps it. */
  function endHover() {
    graceTimerRef.current = undefined;
    pointerOnRef.current = null;
    actions.hover(null);
    const shown = tipRef.current;
    if (!shown) return;
    shown.hovered = false;
    if (!shown.focused) hideTip();
  }

  function onPointerOver(event: PointerEvent<SVGSVGElement>) {
    // A button is down: a drag or a pan. Hover and tips wait, so frames stay cheap.
    if (event.buttons) return;
    const nodeId = nodeIdAt(event.target);
    const linkId = nodeId ? null : linkIdAt(event.target);
    const id = nodeId ?? linkId;
    // Onto the background: the element was left.
    if (!id) return pointerLeaves();
    const link = linkId ? linksById.get(linkId) : undefined;
    pointerEnters(id, nodeId ?? link?.stanceId ?? null);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    // A button is down: a drag or a pan has begun, and the tip no longer applies.
    if (event.buttons && tipRef.current) hideTip();
  }

  function onPointerLeave() {
    pointerLeaves();
  }

  /** On its way from the element to the tip, the pointer keeps the tip (and the highlight) up. */
  function onTipPointerEnter() {
    if (pointerOnRef.current !== null && pointerOnRef.current === tipRef.current?.id) cancelGrace();
  }

  function onTipPointerLeave() {
    if (pointerOnRef.current !== null && pointerOnRef.current === tipRef.current?.id)
      pointerLeaves();
  }

  function onClick(event: MouseEvent<SVGSVGElement>) {
    const nodeId = nodeIdAt(event.target);
    if (nodeId) return actions.selectActor(nodeId);
    const linkId = linkIdAt(event.target);
    const link = linkId ? linksById.get(linkId) : undefined;
    if (link?.stanceId) return actions.selectStance(link.stanceId);
    if (!linkId) actions.clearSelection();
  }

  function onDoubleClick(event: MouseEvent<SVGSVGElement>) {
    const nodeId = nodeIdAt(event.target);
    if (nodeId && pinned.has(nodeId)) engineRef.current?.unpin(nodeId);
  }

  function onFocus(event: FocusEvent<HTMLElement>) {
    const id = nodeIdAt(event.target) ?? linkIdAt(event.target);
    if (!id) return;
    const engine = engineRef.current;
    // Keyboard focus on something panned out of view brings it in; a click needs no help.
    if (isFocusVisible(event.target)) engine?.reveal(id);
    // Focus may scroll the overflow-hidden container to the element; the camera pans instead.
    unscroll(sectionRef.current);
    // Keyboard focus shows the element's tip and keeps it up; a click's focus leaves the
    // tip to the hover, so it does not stay behind when the pointer moves on.
    if (keyInputRef.current) showTip(id, 'focused');
  }

  function onBlur() {
    const shown = tipRef.current;
    if (!shown?.focused) return;
    shown.focused = false;
    if (!shown.hovered) hideTip();
  }

  /** Someone reaches for the map: make sure its interaction layer is (still) on its way. */
  function wantInteraction() {
    void engineRef.current?.enableInteraction();
  }

  /** Zoom the camera; a tip anchored to what moves goes (the next hover or focus brings it back). */
  function zoomBy(factor: number) {
    hideTip();
    engineRef.current?.zoomBy(factor);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    wantInteraction();
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const nodeId = nodeIdAt(event.target);
    const linkId = nodeId ? null : linkIdAt(event.target);
    switch (event.key) {
      case 'Enter':
      case ' ': {
        const link = linkId ? linksById.get(linkId) : undefined;
        if (nodeId) actions.selectActor(nodeId);
        else if (link?.stanceId) actions.selectStance(link.stanceId);
        else return;
        break;
      }
      case 'Escape':
        // A tip on show goes first (WCAG 2.1 SC 1.4.13, "dismissible"), focus, pointer and
        // selection staying put; with no tip on show, Escape clears the selection.
        if (!hideTip()) actions.clearSelection();
        // Handled here either way, so the app's global Escape must not run again.
        event.stopPropagation();
        break;
      case '+':
      case '=':
        zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        actions.frame(null, 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const empty = graph.counts.stances === 0 && hasActiveFilters(filters);

  return (
    <section
      ref={sectionRef}
      className="map"
      aria-label="Stance map"
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
      onPointerDown={wantInteraction}
      onFocus={onFocus}
      onBlur={onBlur}
      onScroll={(event) => {
        event.currentTarget.scrollTop = 0;
        event.currentTarget.scrollLeft = 0;
      }}
    >
      <p id={helpId} className="visually-hidden">
        Each actor and each stance is a button: Tab moves through actors, most involved first, then
        stances. Enter or Space selects, Escape clears the selection (when a tip shows beside an
        actor or stance, a first Escape hides it). Plus and minus zoom, 0 fits the map to the view.
        Drag an actor to pin it; double-click a pinned actor to release it.
      </p>
      <svg
        ref={svgRef}
        className="map__svg"
        // Not an image: the actors and stances inside are the content.
        role="none"
        data-selection={selection ? selection.kind : undefined}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onPointerOver={onPointerOver}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        // A wheel zooms (d3-zoom): a tip is left where its element no longer is.
        onWheel={() => hideTip()}
      >
        <MapMarkers prefix={markerPrefix} />
        <defs>
          <clipPath id={`${markerPrefix}-hits`}>
            <path data-hit-clip="" clipRule="evenodd" />
          </clipPath>
        </defs>
        <g ref={viewportRef} className="map__viewport">
          <g className="map__lines" aria-hidden="true">
            {lineElements}
          </g>
          <g ref={nodeLayerRef} className="map__nodes" role="group" aria-label="Actors">
            {nodeElements}
          </g>
          <g
            className="map__hits"
            role="group"
            aria-label="Stances"
            clipPath={`url(#${markerPrefix}-hits)`}
          >
            {hitElements}
          </g>
        </g>
      </svg>
      {/* Filled by the engine while a node of a big graph is dragged (see beginDragLayer). */}
      <svg className="map__drag-layer" aria-hidden="true" focusable="false">
        <g data-drag-layer="" />
      </svg>
      <MapTooltip
        ref={tooltipRef}
        content={tip ? describe(tip.id) : null}
        onPointerEnter={onTipPointerEnter}
        onPointerLeave={onTipPointerLeave}
      />
      {empty ? (
        <div className="map__empty">
          <p>No stances match these filters</p>
          <button type="button" className="button button--primary" onClick={actions.clearFilters}>
            Clear filters
          </button>
        </div>
      ) : null}
      <MapControls
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onFit={() => actions.frame(null, 1)}
        pinnedCount={pinned.size}
        onUnpinAll={() => engineRef.current?.unpinAll()}
      />
    </section>
  );
}
