import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { parseUrlState } from '../url/urlState';
import { createUiStore, type UiStore } from '../state/uiStore';
import { UiStoreProvider } from '../state/UiStoreProvider';
import { DatasetGate } from './DatasetGate';
import { DEFAULT_DATASET } from '../data/loadDataset';
import { preloadDetails } from '../panel/DetailsPanel';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } },
  });
}

/** Reads the URL once at start; from then on the store drives the URL (see useUrlSync). */
export function App({
  queryClient,
  store,
  search,
}: {
  queryClient?: QueryClient;
  store?: UiStore;
  search?: string;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [initial] = useState(() => parseUrlState(search ?? window.location.search));
  const [uiStore] = useState(
    () =>
      store ??
      createUiStore({
        selection: initial.selection,
        filters: initial.filters,
        view: initial.view,
        joint: initial.joint,
        sceneId: initial.scene,
      }),
  );
  // A linked selection opens on its details, whose code loads apart: fetch it with the dataset.
  useEffect(() => {
    if (initial.selection) preloadDetails(initial.selection.kind);
  }, [initial]);
  return (
    <QueryClientProvider client={client}>
      <UiStoreProvider store={uiStore}>
        <DatasetGate
          name={initial.data ?? DEFAULT_DATASET}
          embed={initial.embed}
          presenter={initial.presenter === true}
        />
      </UiStoreProvider>
    </QueryClientProvider>
  );
}
