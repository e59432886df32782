import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';
import {
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { useGraphFor } from '../ui/useGraph';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { selectFilters, selectJoint, selectSelection } from '../state/selectors';
import type { Selection } from '../state/uiStore';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { NotFound } from './NotFound';
import { PanelDataContext, type PanelData } from './panelData';
import type { PanelNav } from './panelNav';
import './panel.css';

// Every view loads after the map's first paint (the overview straight away, see below);
// an actor's or a stance's details when someone is likely to pick one.
const PanelOverview = lazyWithPreload(() => import('./PanelOverview'));
const ActorDetails = lazyWithPreload(() => import('./ActorDetails'));
const StanceDetails = lazyWithPreload(() => import('./StanceDetails'));

/** Fetch the details view a selection needs (e.g. a linked one, while the dataset loads). */
export function preloadDetails(kind: Selection['kind']): void {
  void (kind === 'actor' ? ActorDetails : StanceDetails).preload();
}

/** Time for the browser to finish the first paint before fetching code it does not need yet. */
const IDLE_PRELOAD_MS = 200;

/**
 * The Details aside: the dataset overview and legend when nothing is selected, an
 * actor's positions, or a stance with its evidence. On phones it is a bottom sheet
 * that expands from its "Details" handle.
 */
export function DetailsPanel() {
  const index = useDatasetIndex();
  // The map paints a new selection or filter first; the panel follows in a deferred render.
  const selection = useDeferredValue(useUi(selectSelection));
  const filters = useDeferredValue(useUi(selectFilters));
  const joint = useDeferredValue(useUi(selectJoint));
  const graph = useGraphFor(filters, joint);
  const panelData = useMemo<PanelData>(() => ({ graph, filters, joint }), [graph, filters, joint]);
  const actions = useUiActions();
  const bodyId = useId();
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  // Focus follows a selection only when the panel itself made it (a click on the map
  // keeps focus on the map); the flag is set by the panel's own buttons.
  const fromPanel = useRef(false);
  /** The new view's heading had not arrived (its code was loading): focus it on arrival. */
  const focusOnArrival = useRef(false);
  const setHeading = useCallback((heading: HTMLHeadingElement | null) => {
    headingRef.current = heading;
    if (heading && focusOnArrival.current) {
      focusOnArrival.current = false;
      heading.focus();
    }
  }, []);
  // A shared link that names a selection opens the phone sheet straight away.
  const [expanded, setExpanded] = useState(selection !== null);
  // The body fills in once the map has painted, except in an open phone sheet, whose
  // height (and so the map's) depends on it.
  const painted = useAfterFirstPaint();
  const [shownSelection, setShownSelection] = useState(selection);
  if (shownSelection !== selection) {
    // A new selection opens the phone sheet so the user sees what they picked.
    setShownSelection(selection);
    if (selection) setExpanded(true);
  }

  const nav = useMemo<PanelNav>(() => {
    const mark = () => {
      fromPanel.current = true;
    };
    return {
      selectActor: (id) => {
        mark();
        actions.selectActor(id);
      },
      selectStance: (id) => {
        mark();
        actions.selectStance(id);
      },
      clear: () => {
        mark();
        actions.clearSelection();
      },
    };
  }, [actions]);

  /** Whether the aside is scrolled away from the top (kept by its scroll events). */
  const scrolled = useRef(false);
  useEffect(() => {
    const aside = asideRef.current;
    // Scrolling to the top forces a layout: only when there is somewhere to scroll back from.
    if (aside && scrolled.current && typeof aside.scrollTo === 'function') {
      aside.scrollTo({ top: 0 });
      scrolled.current = false;
    }
    focusOnArrival.current = false;
    if (fromPanel.current) {
      fromPanel.current = false;
      if (headingRef.current) headingRef.current.focus();
      else focusOnArrival.current = true;
    }
  }, [selection]);

  // The overview fills the panel once the map has painted: fetch it now, during that paint.
  useEffect(() => {
    void PanelOverview.preload();
  }, []);

  // Most people go on to pick something: have both views ready before they do.
  useEffect(() => {
    const timer = setTimeout(() => {
      void ActorDetails.preload();
      void StanceDetails.preload();
    }, IDLE_PRELOAD_MS);
    return () => clearTimeout(timer);
  }, []);

  const actor = selection?.kind === 'actor' ? index.actorsById.get(selection.id) : undefined;
  const stance = selection?.kind === 'stance' ? index.stancesById.get(selection.id) : undefined;
  const subject = actor?.name ?? (stance ? 'Stance' : selection ? 'Not found' : 'Overview');

  // The same element while the deferred values hold, so an urgent render skips the views.
  const content = useMemo(() => {
    let view;
    if (!selection) view = <PanelOverview nav={nav} headingRef={setHeading} />;
    else if (actor) view = <ActorDetails actor={actor} nav={nav} headingRef={setHeading} />;
    else if (stance) view = <StanceDetails stance={stance} nav={nav} headingRef={setHeading} />;
    else view = <NotFound selection={selection} nav={nav} headingRef={setHeading} />;
    return <PanelDataContext value={panelData}>{view}</PanelDataContext>;
  }, [selection, actor, stance, nav, setHeading, panelData]);

  return (
    <aside
      ref={asideRef}
      aria-label="Details"
      onScroll={(event) => {
        scrolled.current = event.currentTarget.scrollTop > 0;
      }}
      className={`panel details${expanded ? ' panel--expanded' : ''}`}
    >
      <button
        type="button"
        className="details__handle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded((open) => !open)}
      >
        <span className="details__grip" aria-hidden="true" />
        <span className="details__handle-label">
          Details<span className="details__handle-subject"> · {subject}</span>
        </span>
      </button>
      <div id={bodyId} className="details__body">
        <LoadBoundary what="The details">
          <Suspense
            fallback={
              <p className="details__section details__faint" role="status">
                Loading details…
              </p>
            }
          >
            {(painted || expanded) && content}
          </Suspense>
        </LoadBoundary>
      </div>
    </aside>
  );
}
