import { DatasetError, formatProblem } from '../data/datasetError';

/**
 * What went wrong with a dataset: where it came from (file, address or library entry),
 * then each problem's path and reason. Shared by the load error screen and the dialog
 * shown when a file opened over the workspace fails.
 */
export function DatasetErrorDetails({
  error,
  label,
  name,
}: {
  error: unknown;
  /** "File", "Address", "Library dataset"… */
  label: string;
  /** Shown when the error does not name its file itself. */
  name: string;
}) {
  const file = error instanceof DatasetError ? error.file : name;
  const problems =
    error instanceof DatasetError
      ? error.problems
      : [{ path: '', reason: error instanceof Error ? error.message : String(error) }];
  const total = error instanceof DatasetError ? error.total : 1;
  return (
    <>
      <p className="gate__source">
        {label}: <code>{file}</code>
      </p>
      <ul className="gate__problems">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      {total > problems.length && <p>…and {total - problems.length} more problems.</p>}
    </>
  );
}
