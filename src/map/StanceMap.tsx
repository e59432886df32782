import {
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
import { useDatasetIndex } from '../app/DatasetContext';
import { takeEarlyLayout } from '../boot/earlyStart';
import { graphSignature } from '../layout/firstLayout';
import { nominalMapArea } from '../layout/layoutArea';
import { useGraph } from '../app/useGraph';
import { ACTOR_KIND_STYLES, ROLE_STYLES } from '../data/vocabulary';
import { buildGraph, neighbourhood, type Graph } from '../graph/buildGraph';
import { hasActiveFilters, NO_FILTERS } from '../graph/filters';
import {
  selectCamera,
  selectFilters,
  selectHovered,
  selectJoint,
  selectSelection,
} from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { applyHighlight } from './applyHighlight';
import { createMapEngine, type MapEngine } from './createMapEngine';
import { linkIdAt, nodeIdAt } from './eventTargets';
import { MapControls } from './MapControls';
import { MapLinkHit } from './MapLinkHit';
import { MapLinkLine } from './MapLinkLine';
import { MapMarkers } from './MapMarkers';
import { MapNode } from './MapNode';
import { MapTooltip, type TooltipContent } from './MapTooltip';
import { prefersReducedMotion } from './motion';
import './map.css';

const ZOOM_STEP = 1.4;
const EMPTY_PINS: ReadonlySet<string> = new Set();

function isFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // Engines without :focus-visible (jsdom): assume keyboard focus.
    return true;
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
  const actions = useUiActions();

  const sectionRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const nodeLayerRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<MapEngine | null>(null);
  /** What the tip shows now, so moving within one element does not re-render. */
  const tipIdRef = useRef<string | null>(null);
  const [pinned, setPinned] = useState<ReadonlySet<string>>(EMPTY_PINS);
  const [tip, setTip] = useState<TooltipContent | null>(null);

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
    const engine = createMapEngine({
      svg: svgRef.current!,
      viewport: viewportRef.current!,
      nodeLayer: nodeLayerRef.current!,
      measure: () => {
        const rect = svgRef.current?.getBoundingClientRect();
        return { width: rect?.width ?? 0, height: rect?.height ?? 0 };
      },
      layoutArea: () => nominalMapArea(window.innerWidth, window.innerHeight, embed),
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
    engineRef.current?.setGraph(graph, { fullGraph, datasetKey: index });
  }, [graph, fullGraph, index]);

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
    engineRef.current?.frame(camera.focus, camera.zoom, !first);
  }, [camera]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onResize = () => engineRef.current?.resize();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', onResize);
      return () => window.removeEventListener('resize', onResize);
    }
    const observer = new ResizeObserver(onResize);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

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

  function placeTooltip(x: number, y: number) {
    const tooltip = tooltipRef.current;
    const section = sectionRef.current;
    if (!tooltip || !section) return;
    const width = section.clientWidth;
    // Keep the tip on screen: flip to the left of the pointer near the right edge.
    const flip = width > 0 && x > width - 280;
    tooltip.style.transform = `translate(${Math.round(x + (flip ? -14 : 14))}px, ${Math.round(y + 16)}px)${flip ? ' translateX(-100%)' : ''}`;
  }

  function showTip(id: string | null, x: number, y: number) {
    if (id !== tipIdRef.current) {
      tipIdRef.current = id;
      setTip(id ? describe(id) : null);
    }
    if (id) placeTooltip(x, y);
  }

  function hideTip() {
    tipIdRef.current = null;
    setTip(null);
  }

  function setHovered(id: string | null) {
    if (hovered !== id) actions.hover(id);
  }

  function localPoint(event: { clientX: number; clientY: number }) {
    const rect = sectionRef.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  }

  function onPointerOver(event: PointerEvent<SVGSVGElement>) {
    // A button is down: a drag or a pan. Hover and tips wait, so frames stay cheap.
    if (event.buttons) return;
    const nodeId = nodeIdAt(event.target);
    const linkId = nodeId ? null : linkIdAt(event.target);
    const link = linkId ? linksById.get(linkId) : undefined;
    setHovered(nodeId ?? link?.stanceId ?? null);
    const { x, y } = localPoint(event);
    showTip(nodeId ?? linkId, x, y);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (!tip) return;
    if (event.buttons) return hideTip();
    const { x, y } = localPoint(event);
    placeTooltip(x, y);
  }

  function onPointerLeave() {
    setHovered(null);
    hideTip();
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
    for (
      let element: HTMLElement | null = sectionRef.current;
      element;
      element = element.parentElement
    ) {
      if (element.scrollTop || element.scrollLeft) {
        element.scrollTop = 0;
        element.scrollLeft = 0;
      }
      if (element === document.body) break;
    }
    const point = engine?.screenPoint(id);
    // Beside the node, clear of its label (which sits below or above it).
    if (point) showTip(id, point.x + point.r, point.y - point.r - 16);
  }

  function onBlur() {
    hideTip();
  }

  /** Someone reaches for the map: make sure its interaction layer is (still) on its way. */
  function wantInteraction() {
    void engineRef.current?.enableInteraction();
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
        // Handled here, so the app's global Escape must not run again.
        hideTip();
        actions.clearSelection();
        event.stopPropagation();
        break;
      case '+':
      case '=':
        engineRef.current?.zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        engineRef.current?.zoomBy(1 / ZOOM_STEP);
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
        stances. Enter or Space selects, Escape clears the selection. Plus and minus zoom, 0 fits
        the map to the view. Drag an actor to pin it; double-click a pinned actor to release it.
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
      <MapTooltip ref={tooltipRef} content={tip} />
      {empty ? (
        <div className="map__empty">
          <p>No stances match these filters</p>
          <button type="button" className="button button--primary" onClick={actions.clearFilters}>
            Clear filters
          </button>
        </div>
      ) : null}
      <MapControls
        onZoomIn={() => engineRef.current?.zoomBy(ZOOM_STEP)}
        onZoomOut={() => engineRef.current?.zoomBy(1 / ZOOM_STEP)}
        onFit={() => actions.frame(null, 1)}
        pinnedCount={pinned.size}
        onUnpinAll={() => engineRef.current?.unpinAll()}
      />
    </section>
  );
}
