/**
 * The map's hover, focus and key handling, its tips and its zoom controls. None of it is
 * needed to draw the first view, so it loads just after the first paint, like pan, zoom
 * and drag (see StanceMap): it listens on the map's own elements, whose click selection
 * stays with StanceMap from the start.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ACTOR_KIND_STYLES, ROLE_STYLES } from '../data/vocabulary';
import type { Graph, GraphLink } from '../graph/buildGraph';
import type { DatasetIndex } from '../graph/datasetIndex';
import { useUiActions, useUiStoreApi } from '../state/UiStoreProvider';
import type { MapEngine } from './createMapEngine';
import { linkIdAt, nodeIdAt } from './eventTargets';
import { MapControls } from './MapControls';
import { MapTooltip, tipPosition, type TipAnchor, type TooltipContent } from './MapTooltip';

const ZOOM_STEP = 1.4;
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

export interface MapInputLayerProps {
  sectionRef: RefObject<HTMLElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  engineRef: RefObject<MapEngine | null>;
  graph: Graph;
  index: DatasetIndex;
  nodeIds: ReadonlySet<string>;
  linksById: ReadonlyMap<string, GraphLink>;
  hovered: string | null;
  pinned: ReadonlySet<string>;
  /** Where StanceMap finds hideTip, for what moves a tip's anchor (the camera, a resize). */
  hideTipRef: RefObject<(() => boolean) | null>;
}

export default function MapInputLayer({
  sectionRef,
  svgRef,
  engineRef,
  graph,
  index,
  nodeIds,
  linksById,
  hovered,
  pinned,
  hideTipRef,
}: MapInputLayerProps) {
  const actions = useUiActions();
  const store = useUiStoreApi();
  const tooltipRef = useRef<HTMLDivElement>(null);
  /** The tip on show, read by the handlers, so moving within one element does not re-render. */
  const tipRef = useRef<ShownTip | null>(null);
  /** The actor or link the pointer is on (or on whose tip it is), until the grace runs out. */
  const pointerOnRef = useRef<string | null>(null);
  /** Pending end of a hover: the pointer left the element and its tip (see TIP_GRACE_MS). */
  const graceTimerRef = useRef<number | undefined>(undefined);
  /** The last input was a key, not a pointer: the focus it moves shows a tip (see onFocus). */
  const keyInputRef = useRef(true);
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

  useEffect(() => {
    hideTipRef.current = hideTip;
    return () => {
      hideTipRef.current = null;
    };
  }, [hideTip, hideTipRef]);

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
  }, [tip, graph, sectionRef]);

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
    const onKeyDown = (event: KeyboardEvent) => {
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

  /** The pointer is on an actor or a stance link: highlight it and show its tip. */
  function pointerEnters(id: string, hoverId: string | null) {
    // Still on the same element (from its glyph to its label): a dismissed tip stays down.
    if (id === pointerOnRef.current && graceTimerRef.current === undefined) return;
    cancelGrace();
    pointerOnRef.current = id;
    if (hovered !== hoverId) actions.hover(hoverId);
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

  function onPointerOver(event: PointerEvent) {
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

  function onPointerMove(event: PointerEvent) {
    // A button is down: a drag or a pan has begun, and the tip no longer applies.
    if (event.buttons && tipRef.current) hideTip();
  }

  /** On its way from the element to the tip, the pointer keeps the tip (and the highlight) up. */
  function onTipPointerEnter() {
    if (pointerOnRef.current !== null && pointerOnRef.current === tipRef.current?.id) cancelGrace();
  }

  function onTipPointerLeave() {
    if (pointerOnRef.current !== null && pointerOnRef.current === tipRef.current?.id)
      pointerLeaves();
  }

  function onDoubleClick(event: MouseEvent) {
    const nodeId = nodeIdAt(event.target);
    if (nodeId && pinned.has(nodeId)) engineRef.current?.unpin(nodeId);
  }

  function onFocus(event: FocusEvent) {
    const target = event.target;
    const id = nodeIdAt(target) ?? linkIdAt(target);
    if (!id || !(target instanceof Element)) return;
    // Keyboard focus on something panned out of view brings it in; a click needs no help.
    if (isFocusVisible(target)) engineRef.current?.reveal(id);
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

  /** Zoom the camera; a tip anchored to what moves goes (the next hover or focus brings it back). */
  function zoomBy(factor: number) {
    hideTip();
    engineRef.current?.zoomBy(factor);
  }

  function onKeyDown(event: KeyboardEvent) {
    // Someone reaches for the map: make sure its interaction layer is (still) on its way.
    void engineRef.current?.enableInteraction();
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    // Enter and Space select: StanceMap does that from the start.
    switch (event.key) {
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

  // The handlers of this render, for the listeners attached once below.
  const handlers = {
    onPointerOver,
    onPointerMove,
    onPointerLeave: pointerLeaves,
    onDoubleClick,
    onFocus,
    onBlur,
    onKeyDown,
  };
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  // On the map's own elements, which StanceMap renders (this layer comes later).
  useEffect(() => {
    const section = sectionRef.current;
    const svg = svgRef.current;
    if (!section || !svg) return;
    const listeners: [EventTarget, string, (event: never) => void][] = [
      [section, 'keydown', (event: KeyboardEvent) => handlersRef.current.onKeyDown(event)],
      [section, 'focusin', (event: FocusEvent) => handlersRef.current.onFocus(event)],
      [section, 'focusout', () => handlersRef.current.onBlur()],
      [svg, 'pointerover', (event: PointerEvent) => handlersRef.current.onPointerOver(event)],
      [svg, 'pointermove', (event: PointerEvent) => handlersRef.current.onPointerMove(event)],
      [svg, 'pointerleave', () => handlersRef.current.onPointerLeave()],
      // Out of the map, not onto another of its elements (React derives its leave so).
      [
        svg,
        'pointerout',
        (event: PointerEvent) => {
          const to = event.relatedTarget;
          if (!(to instanceof Node && svg.contains(to))) handlersRef.current.onPointerLeave();
        },
      ],
      [svg, 'dblclick', (event: MouseEvent) => handlersRef.current.onDoubleClick(event)],
      // A wheel zooms (d3-zoom): a tip is left where its element no longer is.
      [svg, 'wheel', () => hideTip()],
    ];
    for (const [target, type, listener] of listeners) {
      target.addEventListener(type, listener as EventListener, { passive: type === 'wheel' });
    }
    return () => {
      for (const [target, type, listener] of listeners) {
        target.removeEventListener(type, listener as EventListener);
      }
    };
  }, [sectionRef, svgRef, hideTip]);

  return (
    <>
      <MapTooltip
        ref={tooltipRef}
        content={tip ? describe(tip.id) : null}
        onPointerEnter={onTipPointerEnter}
        onPointerLeave={onTipPointerLeave}
      />
      <MapControls
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onFit={() => actions.frame(null, 1)}
        pinnedCount={pinned.size}
        onUnpinAll={() => engineRef.current?.unpinAll()}
      />
    </>
  );
}
