import { preloadOpener, sendToOpener } from './DatasetOpener';

/** The header's Open… and Library buttons: cheap, everything behind them loads on use. */
export function LibraryActions() {
  return (
    <div className="header__actions">
      <button
        type="button"
        className="button"
        onPointerEnter={preloadOpener}
        onFocus={preloadOpener}
        onClick={() => sendToOpener({ pick: true })}
      >
        Open…
      </button>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onPointerEnter={preloadOpener}
        onFocus={preloadOpener}
        onClick={() => sendToOpener({ library: true })}
      >
        Library
      </button>
    </div>
  );
}
