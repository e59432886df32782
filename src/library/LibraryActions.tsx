import { useRef } from 'react';
import { preloadOpener, useDatasetOpener } from './DatasetOpener';

/**
 * The header's Open… and Library buttons. Cheap: the picker is the browser's, and the
 * code that reads files and keeps them loads when a file is chosen.
 */
export function LibraryActions() {
  const opener = useDatasetOpener();
  const input = useRef<HTMLInputElement>(null);
  if (!opener) return null;
  return (
    <div className="header__actions">
      <button
        type="button"
        className="button"
        onPointerEnter={preloadOpener}
        onFocus={preloadOpener}
        onClick={() => input.current?.click()}
      >
        Open…
      </button>
      <input
        ref={input}
        type="file"
        // As readDatasetFile's ACCEPT_ATTRIBUTE, written out to keep that module lazy.
        accept=".json,application/json"
        hidden
        data-open-dataset=""
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files?.length) opener.openFiles(Array.from(files));
          // The same file chosen again (after fixing it) must fire change again.
          event.currentTarget.value = '';
        }}
      />
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onPointerEnter={preloadOpener}
        onFocus={preloadOpener}
        onClick={opener.showLibrary}
      >
        Library
      </button>
    </div>
  );
}
