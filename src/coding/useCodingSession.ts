/**
 * One coding session on one library dataset: the undo history, validation as you code,
 * and autosave with the two-tab guard (see autosave.ts). React holds the history; the
 * edits themselves are the pure operations of operations.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../data/schema';
import { getAppLibrary } from '../library/appLibrary';
import { createAutosave, type Autosave, type SaveState } from './autosave';
import { EditRefusedError } from './errors';
import { canRedo, canUndo, commit, redo, startHistory, undo, type History } from './history';
import type { Edit } from './operations';
import type { TextChangeReport } from './textChange';
import { validateDraft, type DraftCheck } from './validateDraft';

export type EditResult = { ok: true; report?: TextChangeReport } | { ok: false; message: string };

export type SessionLoad =
  { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'ready'; title: string };

function looksLikeDataset(value: unknown): value is Dataset {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['documents', 'actors', 'topics', 'stances'].every((key) => Array.isArray(v[key]));
}

export const SAVE_DELAY_MS = 250;

export function useCodingSession(id: string) {
  const [load, setLoad] = useState<SessionLoad>({ kind: 'loading' });
  const [history, setHistory] = useState<History | null>(null);
  // Checked once per version, here: the whole dataset goes through the loader's validator.
  const [check, setCheck] = useState<DraftCheck | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', revision: 0, at: 0 });
  const autosave = useRef<Autosave | null>(null);
  const historyRef = useRef<History | null>(null);
  // The last version without problems: what the map shows while the draft has some.
  const [lastValid, setLastValid] = useState<Dataset | null>(null);
  const put = useCallback((next: History) => {
    historyRef.current = next;
    setHistory(next);
    const result = validateDraft(next.present);
    setCheck(result);
    if (result.valid) setLastValid(next.present);
    return result.valid;
  }, []);

  useEffect(() => {
    let cancelled = false;
    const library = getAppLibrary();
    void library.get(id).then(
      (record) => {
        if (cancelled) return;
        if (!record) {
          setLoad({
            kind: 'missing',
            message: `This browser’s library has no dataset “local:${id}” (deleted, or made in another browser).`,
          });
          return;
        }
        if (!looksLikeDataset(record.dataset)) {
          setLoad({
            kind: 'missing',
            message: `“${record.title}” is not a dataset the Code view can open (it has no documents, actors, topics and stances lists).`,
          });
          return;
        }
        autosave.current = createAutosave({
          library,
          id,
          revision: record.revision,
          opened: { dataset: record.dataset, draft: record.draft },
          delayMs: SAVE_DELAY_MS,
          onState: setSave,
        });
        setSave({ kind: 'saved', revision: record.revision, at: record.updatedAt });
        put(startHistory(record.dataset));
        setLoad({ kind: 'ready', title: record.title });
        void library.touch(id).catch(() => undefined);
      },
      (error: unknown) => {
        if (!cancelled)
          setLoad({
            kind: 'missing',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    // Leaving the page saves what is pending: a closed tab loses nothing.
    const flush = () => void autosave.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      autosave.current?.destroy();
      autosave.current = null;
    };
  }, [id, put]);

  const present = history?.present ?? null;

  const schedule = useCallback(
    (next: History) => {
      const valid = put(next);
      autosave.current?.schedule(next.present, !valid);
    },
    [put],
  );

  const apply = useCallback(
    (edit: Edit): EditResult => {
      const current = historyRef.current;
      if (!current) return { ok: false, message: 'The dataset is not loaded yet.' };
      try {
        const { history: next, report } = commit(current, edit);
        schedule(next);
        return { ok: true, report };
      } catch (error) {
        if (error instanceof EditRefusedError) return { ok: false, message: error.message };
        throw error;
      }
    },
    [schedule],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const current = historyRef.current;
      if (!current || !(direction === 'undo' ? canUndo(current) : canRedo(current))) return;
      schedule(direction === 'undo' ? undo(current) : redo(current));
    },
    [schedule],
  );

  const keepMine = useCallback(() => void autosave.current?.keepMine(), []);
  const takeTheirs = useCallback(async () => {
    const theirs = await autosave.current?.takeTheirs();
    if (looksLikeDataset(theirs)) put(startHistory(theirs));
  }, [put]);
  const flush = useCallback(async () => {
    await autosave.current?.flush();
  }, []);

  return {
    load,
    history,
    dataset: present,
    lastValid,
    check,
    save,
    apply,
    step,
    keepMine,
    takeTheirs,
    flush,
  };
}

export type CodingSession = ReturnType<typeof useCodingSession>;
