/**
 * Render a component the way the app does: a fresh QueryClient (no retries), a fresh
 * UI store and, when given, a loaded dataset. Each test gets its own of each.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DatasetProvider } from '../../src/ui/DatasetContext';
import type { Dataset } from '../../src/data/schema';
import { createUiStore, type UiState, type UiStore } from '../../src/state/uiStore';
import { UiStoreProvider } from '../../src/state/UiStoreProvider';

export interface RenderOptions {
  dataset?: Dataset;
  datasetName?: string;
  state?: Partial<UiState>;
  store?: UiStore;
}

export function renderWithProviders(
  ui: ReactElement,
  { dataset, datasetName = 'test', state, store }: RenderOptions = {},
): RenderResult & { store: UiStore; queryClient: QueryClient } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const uiStore = store ?? createUiStore(state);
  const content = dataset ? (
    <DatasetProvider dataset={dataset} name={datasetName}>
      {ui}
    </DatasetProvider>
  ) : (
    ui
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <UiStoreProvider store={uiStore}>{content}</UiStoreProvider>
    </QueryClientProvider>,
  );
  return { ...result, store: uiStore, queryClient };
}
