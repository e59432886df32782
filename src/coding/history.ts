/**
 * Undo and redo over the pure edits: each step keeps the dataset before and after, so
 * undo and redo are exact (no edit has to know its inverse) and cheap (datasets share
 * every part an edit did not touch).
 */
import type { Dataset } from '../data/schema';
import { applyEdit, describeEdit, type Edit, type EditOutcome } from './operations';

export interface HistoryStep {
  edit: Edit;
  label: string;
  dataset: Dataset;
}

export interface History {
  /** Earlier states, oldest first; the last one is what undo returns to. */
  past: HistoryStep[];
  present: Dataset;
  future: HistoryStep[];
}

/** Steps kept for undo; older ones are dropped (the library keeps the saved dataset). */
export const HISTORY_LIMIT = 200;

export function startHistory(dataset: Dataset): History {
  return { past: [], present: dataset, future: [] };
}

/** Apply an edit as a new step; redo is cleared. Throws EditRefusedError unchanged. */
export function commit(
  history: History,
  edit: Edit,
): { history: History } & Omit<EditOutcome, 'dataset'> {
  const outcome = applyEdit(history.present, edit);
  const step: HistoryStep = { edit, label: describeEdit(edit), dataset: history.present };
  return {
    history: {
      past: [...history.past, step].slice(-HISTORY_LIMIT),
      present: outcome.dataset,
      future: [],
    },
    report: outcome.report,
  };
}

export function undo(history: History): History {
  const step = history.past[history.past.length - 1];
  if (!step) return history;
  return {
    past: history.past.slice(0, -1),
    present: step.dataset,
    future: [{ ...step, dataset: history.present }, ...history.future],
  };
}

export function redo(history: History): History {
  const step = history.future[0];
  if (!step) return history;
  return {
    past: [...history.past, { ...step, dataset: history.present }],
    present: step.dataset,
    future: history.future.slice(1),
  };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;
export const undoLabel = (history: History) => history.past[history.past.length - 1]?.label;
export const redoLabel = (history: History) => history.future[0]?.label;

/** Replay edits from a dataset: what the history holds is exactly what its edits make. */
export function replay(dataset: Dataset, edits: readonly Edit[]): Dataset {
  return edits.reduce((current, edit) => applyEdit(current, edit).dataset, dataset);
}
