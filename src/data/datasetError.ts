/**
 * What a dataset that cannot be used throws: the file, the path inside the data and the
 * reason, for each problem (the checks themselves are in parseDataset.ts).
 */
export interface DatasetProblem {
  /** e.g. "stances[12].evidence[0]"; "" for the whole file. */
  path: string;
  reason: string;
}

export class DatasetError extends Error {
  readonly file: string;
  readonly problems: DatasetProblem[];
  /** How many problems were found in all (problems holds at most the first 20). */
  readonly total: number;

  constructor(file: string, problems: DatasetProblem[], total = problems.length) {
    const first = problems[0];
    super(
      `${file}: ${first ? formatProblem(first) : 'invalid dataset'}` +
        (total > 1 ? ` (and ${total - 1} more)` : ''),
    );
    this.name = 'DatasetError';
    this.file = file;
    this.problems = problems;
    this.total = total;
  }
}

export function formatProblem(problem: DatasetProblem): string {
  return problem.path ? `${problem.path}: ${problem.reason}` : problem.reason;
}
