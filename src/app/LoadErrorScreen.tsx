import type { DatasetSource } from '../data/datasetSource';
import { describeSource } from '../data/sourceMessages';
import { DatasetErrorDetails } from '../ui/DatasetErrorDetails';
import { sendToOpener } from '../library/DatasetOpener';

/** The dataset could not be loaded: where from, each problem, Retry. Loaded only then. */
export default function LoadErrorScreen({
  source,
  error,
  onRetry,
  embed,
}: {
  source: DatasetSource;
  error: unknown;
  onRetry: () => void;
  /** Embeds open nothing else. */
  embed: boolean;
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
          {/* A local: link from another browser, or a file fixed since: open it from disk. */}
          {!embed && (
            <button type="button" className="button" onClick={() => sendToOpener({ pick: true })}>
              Open a file…
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
