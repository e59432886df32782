import { lazy, useState, type ComponentType } from 'react';

export type Preloadable<P extends object> = ComponentType<P> & {
  /** Start fetching the code now (on hover or focus, or after the first paint). */
  preload(): Promise<unknown>;
};

/**
 * React.lazy plus preload(). Once the code has arrived the component renders straight
 * away: React.lazy would still suspend for a moment on first use (a fallback flash, and
 * React holds revealing content back after a fallback).
 */
export function lazyWithPreload<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed fetch (offline) may succeed on the next try.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(preload);

  function WhenLoaded(props: P) {
    // Chosen once per mount: swapping component types later would remount the subtree.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(WhenLoaded, { preload });
}
