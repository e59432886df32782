/**
 * What the boot script (boot.js, inline in index.html) started before the app's code had
 * loaded: the dataset's fetch, and a worker on the other core that checks the dataset with
 * the app's own checks and computes its first layout, while the main thread compiles
 * React. The app takes each once, and only if it is what it needs.
 */
import type { Dataset } from '../data/schema';
import type { FirstLayout } from '../layout/firstLayout';
import type { Positions } from '../layout/computeLayout';

/** What the first-layout worker answers (see firstLayout.worker.ts). */
export interface EarlyWork {
  /** The dataset, checked by parseDataset; null when it did not pass (the app says why). */
  dataset: Dataset | null;
  layout: FirstLayout | null;
}

interface EarlyStart {
  url: string;
  response: Promise<Response>;
  work: Promise<EarlyWork | null>;
}

function early(): Partial<EarlyStart> {
  return (window as { stanceMapEarly?: Partial<EarlyStart> }).stanceMapEarly ?? {};
}

/** Longer than the worker takes to check and lay out a dataset at the app's limits. */
const WORKER_WAIT_MS = 10_000;

let work: EarlyWork | null = null;
let workSettled: Promise<void> | null = null;

/** The early fetch of this URL, once; afterwards (or for another URL) null. */
export function takeEarlyResponse(url: string): Promise<Response> | null {
  const started = early();
  if (started.url !== url || !started.response) return null;
  const { response } = started;
  started.response = undefined;
  return response;
}

/** Resolves once the worker has answered or failed (at once if none was started). */
export function earlyWorkSettled(): Promise<void> {
  if (!workSettled) {
    workSettled = Promise.resolve(early().work)
      .then((result) => {
        work = result ?? null;
      })
      .catch(() => undefined);
  }
  return workSettled;
}

/** Whether the early layout arrived (it may still turn out not to fit, see takeEarlyLayout). */
export function hasEarlyLayout(): boolean {
  return !!work?.layout;
}

/**
 * The dataset the worker checked, if the boot script fetched this URL and it passed, once:
 * waits for the worker. Otherwise null, and the caller fetches and checks it itself.
 */
export async function takeEarlyDataset(url: string): Promise<Dataset | null> {
  if (early().url !== url) return null;
  // A worker that never answers must not hold the app up: it then checks the file itself.
  const answered = await Promise.race([
    earlyWorkSettled().then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WORKER_WAIT_MS)),
  ]);
  if (!answered) return null;
  const dataset = work?.dataset ?? null;
  if (work) work.dataset = null;
  return dataset;
}

/**
 * The early layout if it is of exactly this graph and box, once; otherwise undefined
 * (and the caller lays out itself).
 */
export function takeEarlyLayout(
  signature: string,
  box: { width: number; height: number },
): Positions | undefined {
  const found = work?.layout ?? null;
  if (work) work.layout = null;
  if (!found || found.signature !== signature) return undefined;
  if (found.box.width !== box.width || found.box.height !== box.height) return undefined;
  return new Map(found.positions.map(([id, x, y]) => [id, { x, y }]));
}
