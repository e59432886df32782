import {
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useDatasetIndex, useDatasetName } from '../ui/DatasetContext';
import { takeEarlyLayout } from '../boot/earlyStart';
import { graphSignature } from '../layout/firstLayout';
import { nominalMapArea } from '../layout/layoutArea';
import { useGraph } from '../ui/useGraph';
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
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { applyHighlight } from './applyHighlight';
import { createMapEngine, type MapEngine } from './createMapEngine';
import { linkIdAt, nodeIdAt } from './eventTargets';
import { MapLinkHit } from './MapLinkHit';
import { MapLinkLine } from './MapLinkLine';
import { MapMarkers } from './MapMarkers';
import { MapNode } from './MapNode';
import { prefersReducedMotion } from './motion';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';
import { LoadBoundary } from '../ui/LoadBoundary';
import './map.css';

const EMPTY_PINS: ReadonlySet<string> = new Set();

// Hover, tips, keys and the zoom buttons are not needed to draw the first view: they load
// just after the first paint, like pan, zoom and drag.
const MapInputLayer = lazyWithPreload(() => import('./MapInputLayer'));
export const preloadMapInputLayer = () => MapInputLayer.preload();

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
  const datasetName = useDatasetName();
  const joint = useUi(selectJoint);
  const filters = useUi(selectFilters);
  const selection = useUi(selectSelection);
  const hovered = useUi(selectHovered);
  const camera = useUi(selectCamera);
  const presenting = useUi(selectPresenting) !== null;
  const actions = useUiActions();

  const sectionRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  /** The map's size as its ResizeObserver last reported it. */
  const observedSizeRef = useRef<{ width: number; height: number } | null>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const nodeLayerRef = useRef<SVGGElement>(null);
  const engineRef = useRef<MapEngine | null>(null);
  const [pinned, setPinned] = useState<ReadonlySet<string>>(EMPTY_PINS);
  /** The input layer's hideTip, once it has loaded (see MapInputLayer). */
  const hideTipRef = useRef<(() => boolean) | null>(null);
  const hideTip = useCallback(() => hideTipRef.current?.() ?? false, []);
  const painted = useAfterFirstPaint();

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
  // Keyed by the dataset's name: a new version of the same dataset (an edit in the Code
  // view) keeps where its actors stand, where another dataset is laid out afresh.
  useLayoutEffect(() => {
    engineRef.current?.setGraph(graph, {
      fullGraph,
      datasetKey: datasetName,
      sceneLayout: presenting,
    });
  }, [graph, fullGraph, datasetName, presenting]);

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

  function onClick(event: MouseEvent<SVGSVGElement>) {
    const nodeId = nodeIdAt(event.target);
    if (nodeId) return actions.selectActor(nodeId);
    const linkId = linkIdAt(event.target);
    const link = linkId ? linksById.get(linkId) : undefined;
    if (link?.stanceId) return actions.selectStance(link.stanceId);
    if (!linkId) actions.clearSelection();
  }

  /** Enter or Space on an actor or a stance selects it (other keys: see MapInputLayer). */
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const nodeId = nodeIdAt(event.target);
    const link = nodeId ? undefined : linksById.get(linkIdAt(event.target) ?? '');
    if (nodeId) actions.selectActor(nodeId);
    else if (link?.stanceId) actions.selectStance(link.stanceId);
    else return;
    event.preventDefault();
  }

  /** Someone reaches for the map: make sure its interaction layer is (still) on its way. */
  function wantInteraction() {
    void engineRef.current?.enableInteraction();
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
      {empty ? (
        <div className="map__empty">
          <p>No stances match these filters</p>
          <button type="button" className="button button--primary" onClick={actions.clearFilters}>
            Clear filters
          </button>
        </div>
      ) : null}
      {painted && (
        <LoadBoundary what="The map's tips and zoom buttons">
          <Suspense fallback={null}>
            <MapInputLayer
              sectionRef={sectionRef}
              svgRef={svgRef}
              engineRef={engineRef}
              graph={graph}
              index={index}
              nodeIds={nodeIds}
              linksById={linksById}
              hovered={hovered}
              pinned={pinned}
              hideTipRef={hideTipRef}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </section>
  );
}
