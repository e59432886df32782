/**
 * "Suggest stances" for the open document: runs the extractor off the main thread
 * (src/suggest/runSuggestions, loaded on demand), keeps the result for the text it was
 * made from, and derives what still needs a decision from the dataset and the undo
 * history (accepting and rejecting are edits, so undo brings a suggestion back).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SourceDocument } from '../data/schema';
import type { Suggestion } from '../suggest/types';
import type { Span } from './text';
import type { CodingSession } from './useCodingSession';
import { openSuggestions, settledKeys } from './suggestions';

export type SuggestRun =
  | { kind: 'idle' }
  | { kind: 'running'; documentId: string }
  | { kind: 'failed'; documentId: string; message: string }
  | {
      kind: 'done';
      documentId: string;
      text: string;
      suggestions: Suggestion[];
      milliseconds: number;
    };

const NONE: Suggestion[] = [];

export function useSuggestions(session: CodingSession, document: SourceDocument) {
  const [run, setRun] = useState<SuggestRun>({ kind: 'idle' });
  const runId = useRef(0);
  const dataset = session.dataset!;
  const past = session.history?.past;

  const start = useCallback(async () => {
    const id = ++runId.current;
    setRun({ kind: 'running', documentId: document.id });
    try {
      const { runSuggestions } = await import('../suggest/runSuggestions');
      const result = await runSuggestions(document.text, {
        actors: dataset.actors,
        topics: dataset.topics,
      });
      if (id !== runId.current) return;
      setRun({
        kind: 'done',
        documentId: document.id,
        text: document.text,
        suggestions: result.suggestions,
        milliseconds: result.milliseconds,
      });
    } catch (error) {
      if (id !== runId.current) return;
      setRun({
        kind: 'failed',
        documentId: document.id,
        message: `Suggestions failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }, [document, dataset.actors, dataset.topics]);

  // A result belongs to the text it was made from: another document, or a changed text,
  // has none (its offsets would point at other words).
  const current = run.kind !== 'idle' && run.documentId === document.id ? run : null;
  const stale = current?.kind === 'done' && current.text !== document.text;
  const all = current?.kind === 'done' && !stale ? current.suggestions : NONE;
  const settled = useMemo(() => settledKeys(past ?? []), [past]);
  const open = useMemo(
    () => openSuggestions(dataset, document.id, all, settled),
    [dataset, document.id, all, settled],
  );
  const marks = useMemo<Span[]>(() => {
    const seen = new Set<string>();
    return open
      .filter((s) => !seen.has(`${s.start}-${s.end}`) && !!seen.add(`${s.start}-${s.end}`))
      .map((s) => ({ start: s.start, end: s.end }));
  }, [open]);

  return {
    run: current ?? ({ kind: 'idle' } as const),
    stale,
    /** All the extractor proposed for this text, and those still to decide on. */
    all,
    open,
    /** Keys of the suggestions accepted or rejected (and not undone). */
    settled,
    marks,
    start,
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
