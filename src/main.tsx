import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global tokens first, so component styles loaded with their modules build on them.
import './styles.css';
import { App, createQueryClient } from './app/App';
import { earlyLayoutSettled, hasEarlyLayout } from './boot/earlyStart';
import { datasetQuery } from './data/datasetQuery';
import { datasetSourceFromSearch } from './data/datasetSource';
import { layoutLoader } from './layout/loadLayout';

/**
 * How long the first render waits for the dataset. The boot script in index.html starts
 * fetching it before this code arrives, so it is usually in by now and the first frame is
 * the workspace, not a flash of "Loading…"; a slow network gets the loading screen.
 */
const DATA_WAIT_MS = 120;
/**
 * With the dataset in, the first render waits for the first layout, which the boot
 * script's worker computes on the other core: it is usually in already, and laying out
 * again here would only duplicate it. The bound is for a worker that never answers.
 */
const LAYOUT_WAIT_MS = 1500;

const within = (ms: number, promise: Promise<unknown>) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

const search = window.location.search;
const queryClient = createQueryClient();
const source = datasetSourceFromSearch(search);
// Kept whenever it comes: a big dataset's map, drawn after its checks, still uses it.
const layoutSettled = earlyLayoutSettled();
// No top-level await: it would make the bundler split the entry into many chunks.
void within(DATA_WAIT_MS, queryClient.prefetchQuery(datasetQuery(source)))
  .then((dataIn) => (dataIn ? within(LAYOUT_WAIT_MS, layoutSettled) : false))
  .then(() => {
    // No layout from the worker: the map lays out here, with code it loads meanwhile.
    if (!hasEarlyLayout()) layoutLoader.load().catch(() => undefined);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App queryClient={queryClient} search={search} />
      </StrictMode>,
    );
  });
