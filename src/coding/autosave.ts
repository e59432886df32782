/**
 * Every change is saved in the local library at once (debounced a little, flushed when
 * the page is hidden), and two tabs on one dataset do not overwrite each other: each save
 * says which revision it builds on; when the library holds a newer one (another tab saved),
 * saving stops and the user chooses: keep mine (save over theirs) or take theirs.
 * No React here: the Code view drives it, tests drive it with a fake library.
 */
import type { Dataset } from '../data/schema';

/** The part of the library (src/library) the coding workspace uses. */
export interface CodingLibraryEntry {
  id: string;
  title: string;
  revision: number;
  updatedAt: number;
  draft: boolean;
}

export interface CodingLibrary {
  get(id: string): Promise<(CodingLibraryEntry & { dataset: unknown }) | undefined>;
  save(
    id: string,
    dataset: unknown,
    options: { expectedRevision: number; draft?: boolean },
  ): Promise<CodingLibraryEntry>;
  subscribe(listener: () => void): () => void;
}

export interface Conflict {
  /** What the library holds now (another tab's save). */
  theirs: CodingLibraryEntry;
  /** The revision this tab last saved or loaded. */
  mine: number;
}

/** The two-tab guard's one rule: a stored revision newer than ours means someone else saved. */
export function compareRevision(known: number, stored: number): 'same' | 'theirs-newer' {
  return stored > known ? 'theirs-newer' : 'same';
}

export function isRevisionConflict(
  error: unknown,
): error is Error & { current: CodingLibraryEntry } {
  return (
    error instanceof Error &&
    (error.name === 'RevisionConflictError' || 'current' in error) &&
    typeof (error as { current?: { revision?: unknown } }).current?.revision === 'number'
  );
}

export type SaveState =
  | { kind: 'saved'; revision: number; at: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'conflict'; conflict: Conflict }
  | { kind: 'failed'; message: string };

export interface Autosave {
  /** A new version to save (replaces any not yet saved). */
  schedule(dataset: Dataset, draft: boolean): void;
  /** Save what is pending now (pagehide, before leaving the view). */
  flush(): Promise<void>;
  /** Keep mine: save this tab's version (edited since the conflict or not) over theirs. */
  keepMine(): Promise<void>;
  /** Take theirs: the stored dataset, to show instead of this tab's. */
  takeTheirs(): Promise<unknown>;
  readonly revision: number;
  destroy(): void;
}

export function createAutosave(options: {
  library: CodingLibrary;
  id: string;
  revision: number;
  /** The version the library held when this tab opened it (at `revision`). */
  opened: { dataset: Dataset; draft: boolean };
  delayMs?: number;
  onState(state: SaveState): void;
}): Autosave {
  const { library, id, onState } = options;
  const delayMs = options.delayMs ?? 250;
  let revision = options.revision;
  let pending: { dataset: Dataset; draft: boolean } | null = null;
  // What this tab shows: "Keep mine" saves it even when nothing was edited since the
  // conflict (else the banner would go, and the library would still hold theirs).
  let mine: { dataset: Dataset; draft: boolean } | null = options.opened;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let conflict: Conflict | null = null;
  let destroyed = false;

  const setConflict = (theirs: CodingLibraryEntry) => {
    conflict = { theirs, mine: revision };
    onState({ kind: 'conflict', conflict });
  };

  const write = async (): Promise<void> => {
    if (inFlight) await inFlight;
    if (!pending || conflict) return;
    const next = pending;
    pending = null;
    onState({ kind: 'saving' });
    inFlight = (async () => {
      try {
        const entry = await library.save(id, next.dataset, {
          expectedRevision: revision,
          draft: next.draft,
        });
        revision = entry.revision;
        if (!pending) onState({ kind: 'saved', revision, at: entry.updatedAt });
      } catch (error) {
        pending ??= next;
        if (isRevisionConflict(error)) setConflict(error.current);
        else
          onState({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      }
    })();
    await inFlight;
    inFlight = null;
  };

  // Another tab's save shows up here before ours would collide with it. During a conflict
  // a further save of theirs replaces the one reported, so "Keep mine" builds on the newest
  // (else it would fail once more and the notice come back).
  const unsubscribe = library.subscribe(() => {
    if (destroyed) return;
    void library.get(id).then((stored) => {
      if (!stored || destroyed || inFlight) return;
      const known = conflict ? conflict.theirs.revision : revision;
      if (compareRevision(known, stored.revision) === 'theirs-newer') setConflict(stored);
    });
  });

  return {
    get revision() {
      return revision;
    },
    schedule(dataset, draft) {
      pending = { dataset, draft };
      mine = pending;
      if (conflict) return;
      onState({ kind: 'pending' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void write();
      }, delayMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      await write();
    },
    async keepMine() {
      if (!conflict) return;
      revision = conflict.theirs.revision;
      conflict = null;
      pending ??= mine;
      await write();
      if (!pending && !conflict) onState({ kind: 'saved', revision, at: Date.now() });
    },
    async takeTheirs() {
      const stored = await library.get(id);
      if (!stored) return undefined;
      revision = stored.revision;
      conflict = null;
      pending = null;
      mine = { dataset: stored.dataset as Dataset, draft: stored.draft };
      onState({ kind: 'saved', revision, at: stored.updatedAt });
      return stored.dataset;
    },
    destroy() {
      destroyed = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}
