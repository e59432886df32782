import { lazy, useState, type ComponentType } from 'react';

const failedLoads = new Set<() => void>();

/** Components whose code failed to load try again when next mounted (see LoadBoundary). */
export function retryFailedLoads(): void {
  for (const reset of failedLoads) reset();
  failedLoads.clear();
}

export type Preloadable<P extends object> = ComponentType<P> & {
  /**
   * Start fetching the code now (on hover or focus, or after the first paint). Settles
   * either way: a failed fetch shows when the component renders (see LoadBoundary).
   */
  preload(): Promise<void>;
};

/**
 * React.lazy plus preload(). Once the code has arrived the component renders straight
 * away: React.lazy would still suspend for a moment on first use (a fallback flash, and
 * React holds revealing content back after a fallback). A failed load throws to the
 * nearest LoadBoundary, whose Retry mounts it again and so fetches again.
 */
export function lazyWithPreload<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const fetchCode = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed fetch (offline) may succeed on the next try. React.lazy keeps its
        // failure (so React's own re-renders do not fetch again and again); Retry gives
        // the next mount a fresh one (see retryFailedLoads).
        pending = null;
        failedLoads.add(() => (Lazy = lazy(fetchCode)));
        throw error;
      },
    ));
  let Lazy = lazy(fetchCode);
  const preload = () =>
    fetchCode().then(
      () => undefined,
      () => undefined,
    );

  function WhenLoaded(props: P) {
    // Chosen once per mount: swapping component types later would remount the subtree.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(WhenLoaded, { preload });
}
