/**
 * What the opener shows and does, loaded after the first paint: the drop listeners and
 * target, notices, and on use reading and keeping files, a failed file's report and the
 * Library dialog. Requests from the rest of the app arrive through connectOpener.
 */
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DatasetSource } from '../data/datasetSource';
import { useSwitchDataset } from '../ui/DatasetSwitch';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import type { ImportOptions } from '../interchange/importFile';
import { connectOpener, type Notice } from './DatasetOpener';
import { ACCEPT_ATTRIBUTE } from '../interchange/fileFormats';
import type { FileReading, Opened } from './openFile';

const OpenErrorDialog = lazyWithPreload(() => import('./OpenErrorDialog'));
const LibraryDialog = lazyWithPreload(() => import('./LibraryDialog'));
const ImportDialogs = lazyWithPreload(() => import('../interchange/ImportDialogs'));

type ImportReading = Extract<FileReading, { kind: 'import' }>;

/** The browser's file picker, for a click on Open… (the click's user activation opens it). */
function pickFiles(open: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = ACCEPT_ATTRIBUTE;
  input.hidden = true;
  // Attached while in use: some browsers open pickers only for inputs in the page.
  document.body.append(input);
  input.onchange = () => {
    if (input.files?.length) open([...input.files]);
    input.remove();
  };
  input.oncancel = () => input.remove();
  input.click();
}

const DRAG_EVENTS = ['dragenter', 'dragover', 'dragleave', 'drop'] as const;

export default function OpenerUi({ current }: { current: DatasetSource }) {
  const [dragging, setDragging] = useState(false);
  const queryClient = useQueryClient();
  const switchDataset = useSwitchDataset();
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; name: string } | null>(null);
  const [notices, setNotices] = useState<Array<Notice & { id: number }>>([]);
  const [library, setLibrary] = useState({ wanted: false, open: false });
  const [importing, setImporting] = useState<ImportReading | null>(null);
  const nextId = useRef(0);

  const dismiss = useCallback(
    (id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)),
    [],
  );
  const notify = useCallback(
    (notice: Notice) => {
      const id = ++nextId.current;
      setNotices((list) => [...list.slice(-2), { ...notice, id }]);
      if (notice.timeoutMs) setTimeout(() => dismiss(id), notice.timeoutMs);
    },
    [dismiss],
  );

  const show = useCallback(
    ({ source, warning }: Opened) => {
      if (warning) notify({ message: warning });
      switchDataset?.(source);
    },
    [notify, switchDataset],
  );

  const openFiles = useCallback(
    (files: readonly File[]) => {
      const file = files[0];
      if (!file) return;
      setOpening(file.name);
      import('./openFile')
        .then(({ openDatasetFile }) => openDatasetFile(file, queryClient, current))
        .then(
          (reading) => {
            if (files.length > 1)
              notify({
                message: `Opened ${file.name}; one file opens at a time.`,
                timeoutMs: 8000,
              });
            if (reading.kind === 'import') setImporting(reading);
            else show(reading.opened);
          },
          (error: unknown) => setFailure({ error, name: file.name }),
        )
        .finally(() => setOpening(null));
    },
    [queryClient, current, notify, show],
  );

  /** The user answered an import's dialog: read again with the answer, or open what it found. */
  const continueImport = useCallback(
    (reading: ImportReading, options: ImportOptions | 'open') => {
      const { name, bytes, outcome } = reading;
      setImporting(null);
      import('./openFile')
        .then(async ({ importOpenedFile, keepAndShow, openDataset }) => {
          if (options === 'open') {
            if (outcome.kind !== 'dataset') return;
            const origin = { kind: 'import', format: outcome.format, name } as const;
            show(await keepAndShow(outcome.dataset, origin, queryClient));
            return;
          }
          const base = openDataset(queryClient, current);
          const next = await importOpenedFile(name, bytes, { base, ...options });
          // Confirming new actors was the last question: the summary was already shown.
          if (options.confirmNewActors && next.kind === 'dataset') {
            const origin = { kind: 'import', format: next.format, name } as const;
            show(await keepAndShow(next.dataset, origin, queryClient));
          } else setImporting({ kind: 'import', name, bytes, outcome: next });
        })
        .catch((error: unknown) => setFailure({ error, name }));
    },
    [queryClient, current, show],
  );

  useEffect(
    () =>
      connectOpener((request) => {
        if ('files' in request) openFiles(request.files);
        else if ('pick' in request) pickFiles(openFiles);
        else if ('notice' in request) notify(request.notice);
        else setLibrary({ wanted: true, open: true });
      }),
    [openFiles, notify],
  );

  useEffect(() => {
    // Enter and leave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const onDrag = (event: DragEvent) => {
      const transfer = event.dataTransfer;
      if (!transfer?.types.includes('Files')) return;
      // Without this the browser would open the file itself, leaving the app.
      if (event.type !== 'dragleave') event.preventDefault();
      if (event.type === 'dragenter') depth++;
      if (event.type === 'dragleave') depth--;
      if (event.type === 'drop') {
        depth = 0;
        openFiles([...transfer.files]);
      }
      setDragging(depth > 0);
    };
    for (const type of DRAG_EVENTS) window.addEventListener(type, onDrag);
    return () => {
      for (const type of DRAG_EVENTS) window.removeEventListener(type, onDrag);
    };
  }, [openFiles]);

  return (
    <>
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p className="drop-target__label">
            Drop a dataset file (.json) to open it
            <span>
              Or a DNA database (.dna) or a stance spreadsheet (.csv, .tsv). It is checked, then
              kept in this browser’s Library.
            </span>
          </p>
        </div>
      )}
      <div className="notices" role="status">
        {opening && <p className="notice">Opening {opening}…</p>}
        {notices.map((notice) => (
          <p key={notice.id} className="notice">
            <span>{notice.message}</span>
            {notice.action && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  dismiss(notice.id);
                  notice.action!.run();
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              aria-label="Dismiss"
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </p>
        ))}
      </div>
      <LoadBoundary what="This part">
        <Suspense fallback={null}>
          {failure && (
            <OpenErrorDialog
              error={failure.error}
              name={failure.name}
              onClose={() => setFailure(null)}
              onChooseAnother={(files) => {
                setFailure(null);
                openFiles([...files]);
              }}
            />
          )}
          {importing && (
            <ImportDialogs
              key={importing.name}
              name={importing.name}
              outcome={importing.outcome}
              onAnswer={(options) => continueImport(importing, options)}
              onCancel={() => setImporting(null)}
            />
          )}
          {library.wanted && (
            <LibraryDialog
              open={library.open}
              onClose={() => setLibrary({ wanted: true, open: false })}
              notify={notify}
              current={current}
            />
          )}
        </Suspense>
      </LoadBoundary>
    </>
  );
}
