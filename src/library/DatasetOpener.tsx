/**
 * Opening datasets from inside the app: files from the picker or dropped anywhere on the
 * page, and the Library dialog. Lives above the dataset gate, so what it shows (a failed
 * file's report over the workspace, a notice about storage, Undo) outlasts the switch to
 * the newly opened dataset. Only the drop listeners and a queue load with the first view;
 * everything else (OpenerUi: reading files, the library, Dexie, the dialogs) loads on
 * first use.
 */
import {
  createContext,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DatasetSource } from '../data/datasetSource';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import './library.css';

const OpenerUi = lazyWithPreload(() => import('./OpenerUi'));
export const preloadOpener = () => void OpenerUi.preload();

export interface Notice {
  message: string;
  action?: { label: string; run: () => void };
  /** Notices that ask for nothing go after a while; warnings stay until dismissed. */
  timeoutMs?: number;
}

export type OpenerRequest = { files: File[] } | { library: true } | { notice: Notice };

/** Requests from the first-view code to OpenerUi, kept until it has loaded and connected. */
export interface OpenerChannel {
  send(request: OpenerRequest): void;
  connect(handler: (request: OpenerRequest) => void): () => void;
}

function createChannel(): OpenerChannel {
  const queue: OpenerRequest[] = [];
  let handler: ((request: OpenerRequest) => void) | null = null;
  return {
    send(request) {
      if (handler) handler(request);
      else queue.push(request);
    },
    connect(next) {
      handler = next;
      // After the connecting effect, not inside it.
      queueMicrotask(() => {
        for (const request of queue.splice(0)) next(request);
      });
      return () => {
        if (handler === next) handler = null;
      };
    },
  };
}

export interface DatasetOpenerApi {
  openFiles(files: ArrayLike<File>): void;
  showLibrary(): void;
  notify(notice: Notice): void;
}

const OpenerContext = createContext<DatasetOpenerApi | null>(null);

/** null outside the app (component tests of parts) and in embeds, where nothing opens. */
export function useDatasetOpener(): DatasetOpenerApi | null {
  return useContext(OpenerContext);
}

const hasFiles = (event: DragEvent) => !!event.dataTransfer?.types.includes('Files');

export function DatasetOpener({
  enabled,
  current,
  children,
}: {
  enabled: boolean;
  /** The dataset open now, which the Library marks. */
  current: DatasetSource;
  children: ReactNode;
}) {
  const [channel] = useState(createChannel);
  const [dragging, setDragging] = useState(false);
  // Once wanted, OpenerUi stays mounted: it holds notices and dialogs.
  const [wanted, setWanted] = useState(false);
  const send = useCallback(
    (request: OpenerRequest) => {
      setWanted(true);
      channel.send(request);
    },
    [channel],
  );

  useEffect(() => {
    if (!enabled) return;
    // Enter and leave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth++;
      setWanted(true);
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the file itself, leaving the app.
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (hasFiles(event) && --depth <= 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      send({ files: [...event.dataTransfer!.files] });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [enabled, send]);

  const api = useMemo(
    () => ({
      openFiles: (files: ArrayLike<File>) => send({ files: Array.from(files) }),
      showLibrary: () => send({ library: true }),
      notify: (notice: Notice) => send({ notice }),
    }),
    [send],
  );

  return (
    <OpenerContext.Provider value={enabled ? api : null}>
      {children}
      {wanted && (
        <LoadBoundary what="Opening datasets">
          <Suspense fallback={null}>
            <OpenerUi channel={channel} dragging={dragging} current={current} />
          </Suspense>
        </LoadBoundary>
      )}
    </OpenerContext.Provider>
  );
}
