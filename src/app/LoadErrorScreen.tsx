import type { DatasetSource } from '../data/datasetSource';
import { describeSource } from '../data/sourceMessages';
import { DatasetErrorDetails } from '../ui/DatasetErrorDetails';

/** The dataset could not be loaded: where from, each problem, Retry. Loaded only then. */
export default function LoadErrorScreen({
  source,
  error,
  onRetry,
}: {
  source: DatasetSource;
  error: unknown;
  onRetry: () => void;
}) {
  const where = describeSource(source);
  return (
    <main className="gate">
      <section role="alert" aria-labelledby="load-error-title" className="gate__error">
        <h1 id="load-error-title">This dataset could not be loaded</h1>
        <DatasetErrorDetails error={error} label={where.label} name={where.value} />
        <p className="gate__actions">
          {source.kind !== 'invalid' && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              Retry
            </button>
          )}
          <a className="button" href="?">
            Open the default dataset
          </a>
        </p>
      </section>
    </main>
  );
}
