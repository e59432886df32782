import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDatasetIndex } from '../app/DatasetContext';
import { selectSelection } from '../state/selectors';
import { useUi, useUiActions } from '../state/UiStoreProvider';
import { ActorDetails } from './ActorDetails';
import { NotFound } from './NotFound';
import { PanelOverview } from './PanelOverview';
import type { PanelNav } from './panelNav';
import { StanceDetails } from './StanceDetails';
import './panel.css';

/**
 * The Details aside: the dataset overview and legend when nothing is selected, an
 * actor's positions, or a stance with its evidence. On phones it is a bottom sheet
 * that expands from its "Details" handle.
 */
export function DetailsPanel() {
  const index = useDatasetIndex();
  const selection = useUi(selectSelection);
  const actions = useUiActions();
  const bodyId = useId();
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus follows a selection only when the panel itself made it (a click on the map
  // keeps focus on the map); the flag is set by the panel's own buttons.
  const fromPanel = useRef(false);
  // A shared link that names a selection opens the phone sheet straight away.
  const [expanded, setExpanded] = useState(selection !== null);
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

  useEffect(() => {
    const aside = asideRef.current;
    if (aside && typeof aside.scrollTo === 'function') aside.scrollTo({ top: 0 });
    if (fromPanel.current) {
      fromPanel.current = false;
      headingRef.current?.focus();
    }
  }, [selection]);

  const actor = selection?.kind === 'actor' ? index.actorsById.get(selection.id) : undefined;
  const stance = selection?.kind === 'stance' ? index.stancesById.get(selection.id) : undefined;
  const subject = actor?.name ?? (stance ? 'Stance' : selection ? 'Not found' : 'Overview');

  let content;
  if (!selection) content = <PanelOverview nav={nav} headingRef={headingRef} />;
  else if (actor) content = <ActorDetails actor={actor} nav={nav} headingRef={headingRef} />;
  else if (stance) content = <StanceDetails stance={stance} nav={nav} headingRef={headingRef} />;
  else content = <NotFound selection={selection} nav={nav} headingRef={headingRef} />;

  return (
    <aside
      ref={asideRef}
      aria-label="Details"
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
        {content}
      </div>
    </aside>
  );
}
