/**
 * The force layout's code (d3-force and the forces), loaded when first needed. The first
 * view usually needs none of it on the main thread: the boot script's worker lays the
 * first map out (see src/boot/). Filter changes that bring in new actors, a reshape after
 * a resize, or a first view without the worker's layout load it; so does the map as soon
 * as it is on screen, before anyone filters.
 */
export type LayoutModule = typeof import('./computeLayout');

export interface LayoutLoader {
  /** The module if it has loaded, else null. */
  loaded(): LayoutModule | null;
  /** Loads it (once; after a failure, a later call tries again). */
  load(): Promise<LayoutModule>;
}

let loaded: LayoutModule | null = null;
let loading: Promise<LayoutModule> | null = null;

export const layoutLoader: LayoutLoader = {
  loaded: () => loaded,
  load() {
    loading ??= import('./computeLayout').then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  },
};
