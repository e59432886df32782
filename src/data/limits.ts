/**
 * The largest dataset the app draws, stated and enforced before any expensive work:
 * counted on the parsed JSON, before the schema and the cross-checks run. The figures
 * come from measurements on the reference machine (docs/dataset-format.md, "Limits"):
 * at these sizes a load has no main-thread task much over 200 ms.
 */
import type { DatasetProblem } from './datasetError';
import { figure } from './figure';

export const DATASET_LIMITS = {
  actors: 1000,
  stances: 5000,
  documents: 50,
  /** Characters (UTF-16 code units) of all documents' text together. */
  textLength: 25 * 1024 * 1024,
} as const;

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** Problems for every list over its limit; empty when the dataset is within them. */
export function limitProblems(raw: object): DatasetProblem[] {
  const data = raw as Record<string, unknown>;
  const problems: DatasetProblem[] = [];
  for (const key of ['actors', 'stances', 'documents'] as const) {
    const n = count(data[key]);
    if (n > DATASET_LIMITS[key])
      problems.push({
        path: key,
        reason: `${figure(n)} ${key}; this app draws datasets of at most ${figure(DATASET_LIMITS[key])} ${key}`,
      });
  }
  let text = 0;
  if (Array.isArray(data.documents))
    for (const document of data.documents as unknown[]) {
      const value =
        document && typeof document === 'object' ? (document as { text?: unknown }).text : '';
      if (typeof value === 'string') text += value.length;
    }
  if (text > DATASET_LIMITS.textLength)
    problems.push({
      path: 'documents',
      reason: `${figure(text)} characters of source text; this app reads at most ${figure(DATASET_LIMITS.textLength)}`,
    });
  return problems;
}
