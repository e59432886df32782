/** The loader's own validator, run on the draft as the analyst codes. */
import { checkDataset, DatasetError, type DatasetProblem } from '../data/parseDataset';
import type { Dataset } from '../data/schema';

export interface DraftCheck {
  valid: boolean;
  problems: DatasetProblem[];
  /** All problems found (problems lists at most the loader's first 20). */
  total: number;
}

export function validateDraft(dataset: unknown): DraftCheck {
  try {
    checkDataset(dataset, 'draft');
    return { valid: true, problems: [], total: 0 };
  } catch (error) {
    if (error instanceof DatasetError)
      return { valid: false, problems: error.problems, total: error.total };
    return { valid: false, problems: [{ path: '', reason: String(error) }], total: 1 };
  }
}

/** Where a problem's path points, so "Go to" can show it: a stance, an actor, a field. */
export type ProblemTarget =
  | { kind: 'stance'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'topic'; id: string }
  | { kind: 'document'; id: string; field?: string }
  | { kind: 'dataset'; field?: string };

export function problemTarget(dataset: Dataset, path: string): ProblemTarget {
  const match = /^(stances|actors|topics|documents)\[(\d+)\](?:\.([A-Za-z$]+))?/.exec(path);
  if (!match) return { kind: 'dataset', field: path.split(/[.[]/)[0] || undefined };
  const index = Number(match[2]);
  const field = match[3];
  switch (match[1]) {
    case 'stances': {
      const id = dataset.stances[index]?.id;
      return id ? { kind: 'stance', id } : { kind: 'dataset' };
    }
    case 'actors': {
      const id = dataset.actors[index]?.id;
      return id ? { kind: 'actor', id } : { kind: 'dataset' };
    }
    case 'topics': {
      const id = dataset.topics[index]?.id;
      return id ? { kind: 'topic', id } : { kind: 'dataset' };
    }
    default: {
      const id = dataset.documents[index]?.id;
      return id ? { kind: 'document', id, field } : { kind: 'dataset' };
    }
  }
}
