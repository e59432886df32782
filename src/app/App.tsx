import { isOfflineBuild } from '../ui/buildMode';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../url/urlState';
import { createUiStore, type UiStore } from '../state/uiStore';
import { UiStoreProvider } from '../state/UiStoreProvider';
import { DatasetGate } from './DatasetGate';
import { preloadDetails } from '../panel/DetailsPanel';
import { parseCodeRoute } from '../coding/route';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';

import {
  datasetSourceFromSearch,
  sameSource,
  sourceKey,
  sourceParams,
  type DatasetSource,
} from '../data/datasetSource';
import { DatasetSwitchProvider } from '../ui/DatasetSwitch';
import { DatasetOpener } from '../library/DatasetOpener';

// The coding workspace is its own part of the app: its code loads only on ?code=….
const CodeView = lazyWithPreload(() => import('../coding/CodeView'));

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false } },
  });
}

/** The open dataset and the view the address asked for when it was opened. */
interface Opened {
  source: DatasetSource;
  initial: UrlState;
  store: UiStore;
  /** Counts openings, so each gets fresh components and a fresh store. */
  generation: number;
}

function storeFor(initial: UrlState): UiStore {
  return createUiStore({
    selection: initial.selection,
    filters: initial.filters,
    view: initial.view,
    joint: initial.joint,
    sceneId: initial.scene,
  });
}

function openedFrom(search: string, generation: number, store?: UiStore): Opened {
  const initial = parseUrlState(search);
  return {
    source: datasetSourceFromSearch(search),
    initial,
    store: store ?? storeFor(initial),
    generation,
  };
}

/**
 * Reads the URL at start; from then on the store drives the URL (see useUrlSync).
 * Another dataset opened from inside (a file, the Library) or reached by Back/Forward
 * starts afresh: its own address, store and components.
 */
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
  const [opened, setOpened] = useState(() =>
    openedFrom(search ?? window.location.search, 0, store),
  );
  const [codeRoute] = useState(() =>
    isOfflineBuild ? null : parseCodeRoute(search ?? window.location.search),
  );
  const { initial, source, generation } = opened;
  // A linked selection opens on its details, whose code loads apart: fetch it with the dataset.
  useEffect(() => {
    if (initial.selection) preloadDetails(initial.selection.kind);
  }, [initial]);

  const switchDataset = useCallback(
    (next: DatasetSource) => {
      const nextSearch = serializeUrlState({
        ...parseUrlState(''),
        ...sourceParams(next),
        embed: initial.embed,
      });
      window.history.pushState(null, '', `${window.location.pathname}${nextSearch}`);
      setOpened((current) => openedFrom(nextSearch, current.generation + 1));
    },
    [initial.embed],
  );

  // Back or Forward to another dataset's address opens that dataset.
  useEffect(() => {
    const onPopState = () => {
      const search = window.location.search;
      if (sameSource(datasetSourceFromSearch(search), source)) return;
      setOpened((current) => openedFrom(search, current.generation + 1));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [source]);

  return (
    <QueryClientProvider client={client}>
      {codeRoute ? (
        <UiStoreProvider store={opened.store}>
          <LoadBoundary what="The Code view">
            <Suspense
              fallback={
                <p role="status" className="gate__status">
                  Loading the Code view…
                </p>
              }
            >
              <CodeView route={codeRoute} />
            </Suspense>
          </LoadBoundary>
        </UiStoreProvider>
      ) : (
        <DatasetSwitchProvider value={switchDataset}>
          <DatasetOpener enabled={!initial.embed && !isOfflineBuild} current={source}>
            <UiStoreProvider key={generation} store={opened.store}>
              <DatasetGate
                key={`${generation}:${sourceKey(source)}`}
                source={source}
                embed={initial.embed}
                presenter={initial.presenter === true}
              />
            </UiStoreProvider>
          </DatasetOpener>
        </DatasetSwitchProvider>
      )}
    </QueryClientProvider>
  );
}
