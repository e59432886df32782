/**
 * What the boot script in index.html started before the app's code had loaded: the
 * dataset's fetch, and its first layout computed by a worker on the other core while the
 * main thread compiled React. The app takes each once, and only if it is what it needs.
 */
import type { FirstLayout } from '../layout/firstLayout';
import type { Positions } from '../layout/computeLayout';

interface EarlyStart {
  url: string;
  response: Promise<Response>;
  layout: Promise<FirstLayout | null>;
}

function early(): Partial<EarlyStart> {
  return (window as { stanceMapEarly?: Partial<EarlyStart> }).stanceMapEarly ?? {};
}

let layout: FirstLayout | null = null;
let layoutSettled: Promise<void> | null = null;

/** The early fetch of this URL, once; afterwards (or for another URL) null. */
export function takeEarlyResponse(url: string): Promise<Response> | null {
  const started = early();
  if (started.url !== url || !started.response) return null;
  const { response } = started;
  started.response = undefined;
  return response;
}

/** Resolves once the early layout has arrived or failed (at once if none was started). */
export function earlyLayoutSettled(): Promise<void> {
  if (!layoutSettled) {
    layoutSettled = Promise.resolve(early().layout)
      .then((result) => {
        layout = result ?? null;
      })
      .catch(() => undefined);
  }
  return layoutSettled;
}

/** Whether the early layout arrived (it may still turn out not to fit, see takeEarlyLayout). */
export function hasEarlyLayout(): boolean {
  return layout !== null;
}

/**
 * The early layout if it is of exactly this graph and box, once; otherwise undefined
 * (and the caller lays out itself).
 */
export function takeEarlyLayout(
  signature: string,
  box: { width: number; height: number },
): Positions | undefined {
  const found = layout;
  layout = null;
  if (!found || found.signature !== signature) return undefined;
  if (found.box.width !== box.width || found.box.height !== box.height) return undefined;
  return new Map(found.positions.map(([id, x, y]) => [id, { x, y }]));
}
