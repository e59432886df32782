import {
  compareRevision,
  createAutosave,
  type CodingLibrary,
  type CodingLibraryEntry,
  type SaveState,
} from '../../../src/coding/autosave';
import { createDraft } from '../../../src/coding/operations';
import type { Dataset } from '../../../src/data/schema';

class ConflictError extends Error {
  override name = 'RevisionConflictError';
  constructor(readonly current: CodingLibraryEntry) {
    super('revision conflict');
  }
}

const entryOf = (record: CodingLibraryEntry): CodingLibraryEntry => ({
  id: record.id,
  title: record.title,
  revision: record.revision,
  updatedAt: record.updatedAt,
  draft: record.draft,
});

/** One stored record shared by "tabs", with the library's revision rule. */
function fakeLibrary() {
  let record = {
    id: 'd',
    title: 'T',
    revision: 1,
    updatedAt: 0,
    draft: false,
    dataset: {} as unknown,
  };
  const listeners = new Set<() => void>();
  const library: CodingLibrary = {
    get: async () => ({ ...record }),
    async save(_id, dataset, { expectedRevision, draft }) {
      if (expectedRevision !== record.revision) throw new ConflictError(entryOf(record));
      record = {
        ...record,
        dataset,
        draft: !!draft,
        revision: record.revision + 1,
        updatedAt: Date.now(),
      };
      queueMicrotask(() => listeners.forEach((l) => l()));
      return entryOf(record);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { library, stored: () => record };
}

const version = (title: string): Dataset => createDraft('text', { title });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('autosave and the two-tab guard', () => {
  it('compares revisions: only a newer stored one is theirs', () => {
    expect(compareRevision(3, 3)).toBe('same');
    expect(compareRevision(3, 4)).toBe('theirs-newer');
  });

  it('saves the latest version once after a burst of edits, and on flush', async () => {
    const { library, stored } = fakeLibrary();
    const states: SaveState[] = [];
    const save = createAutosave({
      library,
      id: 'd',
      opened: { dataset: version('opened'), draft: true },
      revision: 1,
      delayMs: 1000,
      onState: (s) => states.push(s),
    });
    save.schedule(version('a'), true);
    save.schedule(version('b'), false);
    await save.flush();
    expect(stored().revision).toBe(2);
    expect((stored().dataset as Dataset).title).toBe('b');
    expect(stored().draft).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'saved', revision: 2 });
    save.destroy();
  });

  it('stops when another tab saved, then keeps mine or takes theirs as the user chooses', async () => {
    const { library, stored } = fakeLibrary();
    const statesA: SaveState[] = [];
    const tabA = createAutosave({
      library,
      id: 'd',
      opened: { dataset: version('opened'), draft: true },
      revision: 1,
      delayMs: 0,
      onState: (s) => statesA.push(s),
    });
    const tabB = createAutosave({
      library,
      id: 'd',
      opened: { dataset: version('opened'), draft: true },
      revision: 1,
      delayMs: 0,
      onState: () => undefined,
    });
    tabB.schedule(version('theirs'), false);
    await tabB.flush();
    await settle();
    // Tab A heard of B's save and says so before it writes anything.
    expect(statesA.at(-1)).toMatchObject({
      kind: 'conflict',
      conflict: { mine: 1, theirs: { revision: 2 } },
    });
    tabA.schedule(version('mine'), false);
    await tabA.flush();
    expect((stored().dataset as Dataset).title).toBe('theirs');

    await tabA.keepMine();
    expect((stored().dataset as Dataset).title).toBe('mine');
    expect(stored().revision).toBe(3);
    expect(tabA.revision).toBe(3);
    tabA.destroy();

    // Tab B now finds A's save newer and takes it.
    await settle();
    const theirs = (await tabB.takeTheirs()) as Dataset;
    expect(theirs.title).toBe('mine');
    expect(tabB.revision).toBe(3);
    tabB.schedule(version('after'), false);
    await tabB.flush();
    expect(stored().revision).toBe(4);
    tabB.destroy();
  });

  it('keeps mine when nothing was edited since the conflict: the version this tab shows', async () => {
    const { library, stored } = fakeLibrary();
    const statesA: SaveState[] = [];
    const tabA = createAutosave({
      library,
      id: 'd',
      revision: 1,
      opened: { dataset: version('opened'), draft: true },
      delayMs: 0,
      onState: (s) => statesA.push(s),
    });
    const tabB = createAutosave({
      library,
      id: 'd',
      opened: { dataset: version('opened'), draft: true },
      revision: 1,
      delayMs: 0,
      onState: () => {},
    });
    tabB.schedule(version('theirs'), false);
    await tabB.flush();
    await settle();
    expect(statesA.at(-1)).toMatchObject({ kind: 'conflict' });

    await tabA.keepMine();
    expect((stored().dataset as Dataset).title).toBe('opened');
    expect(stored().draft).toBe(true);
    expect(stored().revision).toBe(3);
    expect(statesA.at(-1)).toMatchObject({ kind: 'saved', revision: 3 });

    // After taking theirs, keeping mine again saves the version taken.
    await settle();
    await tabB.takeTheirs();
    tabA.schedule(version('a again'), false);
    await tabA.flush();
    await settle();
    await tabB.keepMine();
    expect((stored().dataset as Dataset).title).toBe('opened');
    tabA.destroy();
    tabB.destroy();
  });

  it('names the newest version when the other tab saves again, and keeps mine over it', async () => {
    const { library, stored } = fakeLibrary();
    const statesA: SaveState[] = [];
    const tabA = createAutosave({
      library,
      id: 'd',
      revision: 1,
      opened: { dataset: version('mine'), draft: false },
      delayMs: 0,
      onState: (s) => statesA.push(s),
    });
    const tabB = createAutosave({
      library,
      id: 'd',
      opened: { dataset: version('opened'), draft: true },
      revision: 1,
      delayMs: 0,
      onState: () => {},
    });
    tabB.schedule(version('theirs 1'), false);
    await tabB.flush();
    await settle();
    tabB.schedule(version('theirs 2'), false);
    await tabB.flush();
    await settle();
    expect(statesA.at(-1)).toMatchObject({
      kind: 'conflict',
      conflict: { mine: 1, theirs: { revision: 3 } },
    });
    // One click is enough: no second conflict over a revision already known.
    await tabA.keepMine();
    expect(statesA.at(-1)).toMatchObject({ kind: 'saved', revision: 4 });
    expect((stored().dataset as Dataset).title).toBe('mine');
    tabA.destroy();
    tabB.destroy();
  });

  it('meets a conflict found only on save the same way', async () => {
    const { library, stored } = fakeLibrary();
    const states: SaveState[] = [];
    const tab = createAutosave({
      library,
      id: 'd',
      opened: { dataset: version('opened'), draft: true },
      revision: 0,
      delayMs: 0,
      onState: (s) => states.push(s),
    });
    tab.schedule(version('stale'), false);
    await tab.flush();
    expect(states.at(-1)).toMatchObject({ kind: 'conflict' });
    expect(stored().revision).toBe(1);
    tab.destroy();
  });
});
