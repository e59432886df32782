/**
 * What the opener shows and does, loaded on first use (a file chosen or dragged in, the
 * Library asked for, a notice): reading and keeping files, the drop target, notices, a
 * failed file's report and the Library dialog. DatasetOpener passes requests in.
 */
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DatasetSource } from '../data/datasetSource';
import { useSwitchDataset } from '../ui/DatasetSwitch';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import type { Notice, OpenerChannel } from './DatasetOpener';

const OpenErrorDialog = lazyWithPreload(() => import('./OpenErrorDialog'));
const LibraryDialog = lazyWithPreload(() => import('./LibraryDialog'));

export default function OpenerUi({
  channel,
  dragging,
  current,
}: {
  channel: OpenerChannel;
  dragging: boolean;
  current: DatasetSource;
}) {
  const queryClient = useQueryClient();
  const switchDataset = useSwitchDataset();
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; name: string } | null>(null);
  const [notices, setNotices] = useState<Array<Notice & { id: number }>>([]);
  const [library, setLibrary] = useState({ wanted: false, open: false });
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

  const openFiles = useCallback(
    (files: readonly File[]) => {
      const file = files[0];
      if (!file) return;
      setOpening(file.name);
      import('./openFile')
        .then(({ openDatasetFile }) => openDatasetFile(file, queryClient))
        .then(
          ({ source, warning }) => {
            if (warning) notify({ message: warning });
            if (files.length > 1)
              notify({
                message: `Opened ${file.name}; one file opens at a time.`,
                timeoutMs: 8000,
              });
            switchDataset?.(source);
          },
          (error: unknown) => setFailure({ error, name: file.name }),
        )
        .finally(() => setOpening(null));
    },
    [queryClient, switchDataset, notify],
  );

  useEffect(
    () =>
      channel.connect((request) => {
        if ('files' in request) openFiles(request.files);
        else if ('notice' in request) notify(request.notice);
        else setLibrary({ wanted: true, open: true });
      }),
    [channel, openFiles, notify],
  );

  return (
    <>
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p className="drop-target__label">
            Drop a dataset file (.json) to open it
            <span>It is checked, then kept in this browser’s Library.</span>
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
