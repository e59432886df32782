import { useEffect } from 'react';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { useDatasetSource } from '../ui/DatasetContext';
import {
  datasetSourceFromSearch,
  sameSource,
  sourceParams,
  type DatasetSource,
} from '../data/datasetSource';
import { parseUrlState, serializeUrlState, urlStateFrom } from './urlState';
import type { UiState } from '../state/uiStore';

function urlFor(state: UiState, source: DatasetSource, embed: boolean): string {
  return serializeUrlState(
    urlStateFrom(state, { ...sourceParams(source), embed }),
    window.location.search,
  );
}

/**
 * Store → URL: a new selection or scene pushes a history entry (so Back steps back
 * through selections); filter and view changes replace the current one.
 * URL → store: Back and Forward restore the view they recorded.
 */
export function useUrlSync(embed: boolean): void {
  const store = useUiStoreApi();
  const source = useDatasetSource();

  useEffect(() => {
    const write = (state: UiState, previous: UiState) => {
      const search = urlFor(state, source, embed);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const push = state.selection !== previous.selection || state.sceneId !== previous.sceneId;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribe = store.subscribe(write);
    // A linked scene is applied before the first paint, before this subscription: put the
    // view it set in the address too, so Back to this entry restores it.
    write(store.getState(), store.getState());
    const onPopState = () => {
      // Another dataset's entry: App opens it afresh (and this store goes with this view).
      if (!sameSource(datasetSourceFromSearch(window.location.search), source)) return;
      const parsed = parseUrlState(window.location.search);
      store.getState().applyView(
        {
          selection: parsed.selection,
          filters: parsed.filters,
          view: parsed.view,
          joint: parsed.joint,
        },
        parsed.scene,
      );
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [store, source, embed]);
}
