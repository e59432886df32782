/**
 * Opening datasets from inside the app: files from the picker or dropped anywhere on the
 * page, and the Library dialog. Mounted above the dataset gate, so what it shows (a
 * failed file's report over the workspace, a notice about storage, Undo) outlasts the
 * switch to the newly opened dataset. Only a request queue loads with the first view;
 * OpenerUi (the drop listeners, notices) loads after the first paint, and reading files,
 * the library with Dexie and the dialogs when first used.
 */
import { Suspense, useEffect, type ReactNode } from 'react';
import { useAfterFirstPaint } from '../ui/useAfterFirstPaint';
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

export type OpenerRequest =
  | { files: File[] }
  /** Show the file picker; sent from a click, as browsers open pickers only then. */
  | { pick: true }
  | { library: true }
  | { notice: Notice };

// Requests wait here until OpenerUi has loaded and connected.
const queue: OpenerRequest[] = [];
let handler: ((request: OpenerRequest) => void) | null = null;

/** Open files, show the Library or post a notice, from anywhere in the app. */
export function sendToOpener(request: OpenerRequest): void {
  if (handler) handler(request);
  else queue.push(request);
}

/** OpenerUi takes the requests: those queued first, then each as it comes. */
export function connectOpener(next: (request: OpenerRequest) => void): () => void {
  handler = next;
  // After the connecting effect, not inside it.
  queueMicrotask(() => queue.splice(0).forEach(next));
  return () => {
    if (handler === next) handler = null;
  };
}

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
  // After the first paint, like the side columns: the map is what people wait for.
  const painted = useAfterFirstPaint();
  // Until OpenerUi is in, a file dropped on the page is kept for it rather than opened
  // by the browser in place of the app.
  useEffect(() => {
    if (!enabled) return;
    const keep = (event: DragEvent) => {
      const transfer = event.dataTransfer;
      if (handler || !transfer?.types.includes('Files')) return;
      event.preventDefault();
      if (event.type === 'drop') queue.push({ files: [...transfer.files] });
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, [enabled]);
  return (
    <>
      {children}
      {enabled && painted && (
        <LoadBoundary what="Opening datasets">
          <Suspense fallback={null}>
            <OpenerUi current={current} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
