import { Suspense, useDeferredValue, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/datasetQuery';
import { sourceKey, type DatasetSource } from '../data/datasetSource';
import { DatasetProvider } from '../ui/DatasetContext';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';
import { Workspace } from './Workspace';

const PresenterView = lazyWithPreload(() => import('../briefing/PresenterView'));

// Most visits never see it: its code loads when a dataset fails.
const LoadErrorScreen = lazyWithPreload(() => import('./LoadErrorScreen'));

function Loading({ source }: { source: DatasetSource }) {
  return (
    <main className="gate" aria-busy="true">
      <p role="status" className="gate__status">
        <span className="spinner" aria-hidden="true" />{' '}
        {source.kind === 'bundled'
          ? `Loading dataset “${source.name}”…`
          : source.kind === 'url'
            ? `Loading ${source.url}…`
            : 'Loading dataset…'}
      </p>
    </main>
  );
}

/** From this many actors and stances together, the workspace renders in slices. */
const SLICED_FROM = 1000;

/** Loading → error with retry, or the workspace. Never a blank page. */
export function DatasetGate({
  source,
  embed,
  presenter = false,
}: {
  source: DatasetSource;
  embed: boolean;
  /** The presenter view of a presentation in another window (`?presenter=1`). */
  presenter?: boolean;
}) {
  const query = useQuery(datasetQuery(source));
  // A big dataset's workspace renders in a transition, which React does in slices with the
  // browser free between them: its map of thousands of elements would otherwise be one long
  // task (the query's update is synchronous). A small one renders at once: slicing would
  // only put the first map behind other tasks. Dataset and source go together.
  const loaded = useMemo(
    () => (query.data ? { dataset: query.data, source } : null),
    [query.data, source],
  );
  const deferred = useDeferredValue(loaded, null);
  const big =
    !!loaded && loaded.dataset.actors.length + loaded.dataset.stances.length >= SLICED_FROM;
  const shown = big ? deferred : loaded;

  if (query.isPending) return <Loading source={source} />;
  if (query.isError) {
    return (
      <LoadBoundary what="The report of what went wrong">
        <Suspense fallback={<Loading source={source} />}>
          <LoadErrorScreen
            source={source}
            error={query.error}
            onRetry={() => void query.refetch()}
            embed={embed}
          />
        </Suspense>
      </LoadBoundary>
    );
  }
  if (!shown) return <Loading source={source} />;
  return (
    <DatasetProvider dataset={shown.dataset} name={sourceKey(shown.source)} source={shown.source}>
      {presenter ? (
        <LoadBoundary what="The presenter view">
          <Suspense fallback={null}>
            <PresenterView />
          </Suspense>
        </LoadBoundary>
      ) : (
        <Workspace embed={embed} />
      )}
    </DatasetProvider>
  );
}
