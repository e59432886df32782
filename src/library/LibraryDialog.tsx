import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { datasetUrl } from '../data/datasetUrl';
import { fetchDatasetIndex } from '../data/loadDataset';
import { sameSource, type DatasetSource } from '../data/datasetSource';
import { downloadText } from '../export/download';
import { formatDateRange } from '../ui/formatDate';
import { useSwitchDataset } from '../ui/DatasetSwitch';
import { useModalDialog } from '../ui/useModalDialog';
import { getAppLibrary } from './appLibrary';
import type { Notice } from './DatasetOpener';
import { datasetFacts, idStem, type DatasetFacts } from './entryFacts';
import type { LibraryEntry, LibraryOrigin, LibraryRecord } from './types';

interface Row {
  key: string;
  source: DatasetSource;
  title: string;
  facts?: Pick<DatasetFacts, 'date' | 'actorCount' | 'stanceCount' | 'documentCount'>;
  origin: string;
  openedAt?: number;
  local?: LibraryEntry;
  /** Bundled: the file under data/. */
  file?: string;
}

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function describeOrigin(origin: LibraryOrigin): string {
  switch (origin.kind) {
    case 'file':
      return `Opened from the file ${origin.name}`;
    case 'url':
      return `Opened from ${origin.url}`;
    case 'coded':
      return 'Coded in this browser';
    case 'import':
      return `Imported from ${origin.format}: ${origin.name}`;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Bundled datasets from index.json, with their facts read from each file. */
function useBundledRows(): Row[] | null {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void fetchDatasetIndex().then(async (listings) => {
      const read = await Promise.all(
        listings.map(async (listing): Promise<Row> => {
          const file = typeof listing.file === 'string' ? listing.file : `${listing.id}.json`;
          const source: DatasetSource = { kind: 'bundled', name: listing.id };
          let facts: Row['facts'];
          try {
            const response = await fetch(datasetUrl(file));
            if (response.ok) facts = datasetFacts(await response.json(), { kind: 'coded' });
          } catch {
            // Shown without counts; opening it reports what is wrong.
          }
          return {
            key: `bundled:${listing.id}`,
            source,
            title: listing.title || listing.id,
            ...(facts ? { facts } : {}),
            origin: `Comes with Stance Map (data/${file})`,
            file,
          };
        }),
      );
      if (!cancelled) setRows(read);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return rows;
}

const library = getAppLibrary();
let entriesSnapshot: LibraryEntry[] | null = null;
const refreshEntries = (onChange: () => void) => {
  void library.list().then((entries) => {
    entriesSnapshot = entries;
    onChange();
  });
};
const subscribeEntries = (onChange: () => void) => {
  refreshEntries(onChange);
  return library.subscribe(() => refreshEntries(onChange));
};

function useLocalEntries(): LibraryEntry[] | null {
  return useSyncExternalStore(subscribeEntries, () => entriesSnapshot);
}

function RenameField({
  title,
  onSave,
  onCancel,
}: {
  title: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(title);
  return (
    <form
      className="library__rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSave(value);
      }}
    >
      <label className="field">
        <span className="field__label">New title</span>
        <input
          className="field__input"
          value={value}
          autoFocus
          maxLength={300}
          onChange={(event) => setValue(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Escape leaves the field, not the whole dialog.
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }}
        />
      </label>
      <button type="submit" className="button button--small button--primary">
        Save
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/**
 * The Library: datasets that come with the app and those kept in this browser, with
 * open, rename, delete (Undo in a notice) and export as a file the loader reads as is.
 */
export default function LibraryDialog({
  open,
  onClose,
  notify,
  current,
}: {
  open: boolean;
  onClose: () => void;
  notify: (notice: Notice) => void;
  current?: DatasetSource;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  // The last deletion, undoable inside the dialog (a modal dialog makes the page behind
  // it inert, notices included); on closing, it moves to a notice.
  const [deleted, setDeleted] = useState<LibraryRecord | null>(null);
  const restore = useCallback(
    (record: LibraryRecord) =>
      void library
        .restore(record)
        .catch((error: unknown) =>
          setFailure(
            `“${record.title}” could not be restored: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ),
    [],
  );
  const close = useCallback(() => {
    if (deleted) {
      const record = deleted;
      setDeleted(null);
      notify({
        message: `Deleted “${record.title}” from the Library.`,
        action: { label: 'Undo', run: () => restore(record) },
        timeoutMs: 12_000,
      });
    }
    onClose();
  }, [deleted, notify, onClose, restore]);
  const ref = useModalDialog(open, close);
  const switchDataset = useSwitchDataset();
  const bundled = useBundledRows();
  const entries = useLocalEntries();
  const [renaming, setRenaming] = useState<string | null>(null);

  const fail = (what: string) => (error: unknown) =>
    setFailure(`${what}: ${error instanceof Error ? error.message : String(error)}`);

  const localRows: Row[] = (entries ?? []).map((entry) => ({
    key: `local:${entry.id}`,
    source: { kind: 'local', id: entry.id },
    title: entry.title,
    facts: entry,
    origin:
      describeOrigin(entry.origin) +
      (entry.tabOnly ? ' · kept only while this tab is open' : '') +
      (entry.draft ? ' · draft with problems' : ''),
    openedAt: entry.openedAt,
    local: entry,
  }));

  const openRow = (row: Row) => {
    close();
    if (!current || !sameSource(current, row.source)) switchDataset?.(row.source);
  };

  const exportRow = async (row: Row) => {
    try {
      if (row.local) {
        const record = await library.get(row.local.id);
        if (!record) throw new Error('it is no longer in the library');
        const stem = idStem(datasetFacts(record.dataset, record.origin).datasetId ?? record.title);
        downloadText(
          `${JSON.stringify(record.dataset, null, 2)}\n`,
          `${stem}.json`,
          'application/json',
        );
      } else if (row.file) {
        const response = await fetch(datasetUrl(row.file));
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        downloadText(await response.text(), row.file, 'application/json');
      }
    } catch (error) {
      fail(`“${row.title}” could not be exported`)(error);
    }
  };

  const deleteRow = async (entry: LibraryEntry) => {
    try {
      const removed = await library.remove(entry.id);
      if (removed) setDeleted(removed);
    } catch (error) {
      fail(`“${entry.title}” could not be deleted`)(error);
    }
  };

  const renderRow = (row: Row) => {
    const isOpen = !!current && sameSource(current, row.source);
    const titleId = `library-${row.key.replace(/[^a-z0-9-]/gi, '-')}`;
    return (
      <li key={row.key} className="library__item" aria-labelledby={titleId}>
        <div className="library__text">
          <h4 id={titleId} className="library__title">
            {row.title}
            {isOpen && <span className="library__badge">open now</span>}
          </h4>
          <p className="library__meta">
            {[
              row.facts?.date && formatDateRange(row.facts.date),
              row.facts && plural(row.facts.actorCount, 'actor'),
              row.facts && plural(row.facts.stanceCount, 'stance'),
              row.facts &&
                row.facts.documentCount > 1 &&
                plural(row.facts.documentCount, 'document'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="library__meta">
            {row.origin}
            {row.openedAt && ` · last opened ${whenFormat.format(row.openedAt)}`}
          </p>
          {renaming === row.key && row.local && (
            <RenameField
              title={row.title}
              onCancel={() => setRenaming(null)}
              onSave={(title) => {
                setRenaming(null);
                void library.rename(row.local!.id, title).catch(fail('Could not rename'));
              }}
            />
          )}
        </div>
        <div className="library__actions">
          <button
            type="button"
            className="button button--small button--primary"
            aria-describedby={titleId}
            onClick={() => openRow(row)}
          >
            {isOpen ? 'Show' : 'Open'}
          </button>
          {row.local && (
            <button
              type="button"
              className="button button--small"
              aria-describedby={titleId}
              onClick={() => setRenaming(row.key)}
            >
              Rename
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            aria-describedby={titleId}
            onClick={() => void exportRow(row)}
          >
            Export
          </button>
          {row.local && (
            <button
              type="button"
              className="button button--small button--danger"
              aria-describedby={titleId}
              onClick={() => void deleteRow(row.local!)}
            >
              Delete
            </button>
          )}
        </div>
      </li>
    );
  };

  return (
    <dialog ref={ref} className="dialog library" aria-labelledby="library-title">
      <header className="dialog__header">
        <h2 id="library-title">Library</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </header>
      <p className="library__status" role="status">
        {deleted && (
          <>
            <span>Deleted “{deleted.title}”.</span>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setDeleted(null);
                restore(deleted);
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {library.problem && <p className="library__problem">{library.problem}</p>}
      {failure && (
        <p className="library__problem" role="alert">
          {failure}
        </p>
      )}
      <section aria-labelledby="library-local">
        <h3 id="library-local" className="library__heading">
          In this browser
        </h3>
        {entries === null ? (
          <p className="library__empty">Reading the library…</p>
        ) : localRows.length === 0 ? (
          <p className="library__empty">
            Nothing yet. Datasets you open with Open…, by dropping a file on the page or from a link
            with ?src= are kept here, in this browser only.
          </p>
        ) : (
          <ul className="library__list">{localRows.map(renderRow)}</ul>
        )}
      </section>
      <section aria-labelledby="library-bundled">
        <h3 id="library-bundled" className="library__heading">
          Comes with Stance Map
        </h3>
        {bundled === null ? (
          <p className="library__empty">Reading the list…</p>
        ) : bundled.length === 0 ? (
          <p className="library__empty">No datasets are listed in data/index.json.</p>
        ) : (
          <ul className="library__list">{bundled.map(renderRow)}</ul>
        )}
      </section>
    </dialog>
  );
}
