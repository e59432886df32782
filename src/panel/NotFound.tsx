import type { Selection } from '../state/uiStore';
import type { PanelViewProps } from './panelNav';

/** A selection that names nothing in this dataset, e.g. from an old shared link. */
export function NotFound({
  selection,
  nav,
  headingRef,
}: PanelViewProps & { selection: Selection }) {
  return (
    <section className="details__section details__notfound" aria-labelledby="details-notfound">
      <h2 id="details-notfound" ref={headingRef} tabIndex={-1} className="details__title">
        Not found
      </h2>
      <p>
        This dataset has no {selection.kind} with the id <code>{selection.id}</code>. The link may
        be from another version of the data.
      </p>
      <p>
        <button type="button" className="button" onClick={nav.clear}>
          Back to the overview
        </button>
      </p>
    </section>
  );
}
