import { queryOptions, useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { loadDataset } from '../data/loadDataset';
import { readEmbeddedDataset } from '../data/embeddedDataset';
import { isOfflineBuild } from '../ui/buildMode';
import { DatasetError, formatProblem } from '../data/parseDataset';
import { DatasetProvider } from '../ui/DatasetContext';
import { Workspace } from './Workspace';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { LoadBoundary } from '../ui/LoadBoundary';

const PresenterView = lazyWithPreload(() => import('../briefing/PresenterView'));

/** The dataset query, shared with the start-up code that begins it before React mounts. */
export function datasetQuery(name: string) {
  return queryOptions({
    queryKey: ['dataset', name],
    // A saved briefing file carries its dataset in the page (see src/ui/buildMode.ts).
    queryFn: () => (isOfflineBuild ? readEmbeddedDataset() : loadDataset(name)),
    // A failed start-up fetch shows its error; it is asked again only on Retry.
    retryOnMount: false,
  });
}

/** Loading → error with retry, or the workspace. Never a blank page. */
export function DatasetGate({
  name,
  embed,
  presenter = false,
}: {
  name: string;
  embed: boolean;
  /** The presenter view of a presentation in another window (`?presenter=1`). */
  presenter?: boolean;
}) {
  const query = useQuery(datasetQuery(name));

  if (query.isPending) {
    return (
      <main className="gate" aria-busy="true">
        <p role="status" className="gate__status">
          <span className="spinner" aria-hidden="true" /> Loading dataset “{name}”…
        </p>
      </main>
    );
  }
  if (query.isError) {
    const error = query.error;
    const file = error instanceof DatasetError ? error.file : `${name}.json`;
    const problems =
      error instanceof DatasetError ? error.problems : [{ path: '', reason: error.message }];
    const total = error instanceof DatasetError ? error.total : 1;
    return (
      <main className="gate">
        <section role="alert" aria-labelledby="load-error-title" className="gate__error">
          <h1 id="load-error-title">This dataset could not be loaded</h1>
          <p>
            File: <code>{file}</code>
          </p>
          <ul className="gate__problems">
            {problems.map((problem, i) => (
              <li key={i}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ul>
          {total > problems.length && <p>…and {total - problems.length} more problems.</p>}
          <p className="gate__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void query.refetch()}
            >
              Retry
            </button>
            <a className="button" href="?">
              Open the default dataset
            </a>
          </p>
        </section>
      </main>
    );
  }
  return (
    <DatasetProvider dataset={query.data} name={name}>
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
