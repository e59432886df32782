import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  STORAGE_BLOCKED_PROBLEM,
  STORAGE_FULL_PROBLEM,
  isQuotaError,
  openLibrary,
  type Library,
} from '../../../src/library/library';
import { LIBRARY_ID_PATTERN, RevisionConflictError } from '../../../src/library/types';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';

const opened: Library[] = [];
function open(options: Parameters<typeof openLibrary>[0] = {}): Library {
  const library = openLibrary({ indexedDB: new IDBFactory(), ...options });
  opened.push(library);
  return library;
}

afterEach(() => {
  for (const library of opened.splice(0)) library.close();
  vi.restoreAllMocks();
});

const dataset = generateSyntheticDataset({ actors: 6, stances: 9, seed: 3 });
const fileOrigin = { kind: 'file', name: 'mine.json' } as const;

describe('library', () => {
  it('adds a dataset with its facts and gives it back by id', async () => {
    const library = open();
    const entry = await library.add(dataset, fileOrigin);
    expect(entry.id).toMatch(LIBRARY_ID_PATTERN);
    expect(entry).toMatchObject({
      title: dataset.title,
      actorCount: dataset.actors.length,
      stanceCount: dataset.stances.length,
      documentCount: dataset.documents.length,
      origin: fileOrigin,
      revision: 1,
      draft: false,
    });
    expect(entry.tabOnly).toBeUndefined();
    const record = await library.get(entry.id);
    expect(record?.dataset).toEqual(dataset);
    expect(library.persistent).toBe(true);
    expect(library.problem).toBeUndefined();
  });

  it('keeps datasets across instances of the same database, newest opened first', async () => {
    const factory = new IDBFactory();
    let clock = 1000;
    const first = open({ indexedDB: factory, dbName: 'shared', now: () => clock });
    const a = await first.add(dataset, fileOrigin, { title: 'First' });
    clock = 2000;
    const b = await first.add(dataset, { kind: 'url', url: 'https://example.org/b.json' });
    expect(a.id).not.toBe(b.id);
    first.close();
    const second = open({ indexedDB: factory, dbName: 'shared', now: () => clock });
    expect((await second.list()).map((entry) => entry.id)).toEqual([b.id, a.id]);
    clock = 3000;
    await second.touch(a.id);
    expect((await second.list()).map((entry) => entry.id)).toEqual([a.id, b.id]);
  });

  it('saves new revisions and refuses a save made from an old one', async () => {
    const library = open();
    const entry = await library.add(dataset, { kind: 'coded' }, { draft: true });
    const changed = { ...dataset, stances: dataset.stances.slice(0, 2) };
    const saved = await library.save(entry.id, changed, { expectedRevision: 1, draft: false });
    expect(saved).toMatchObject({ revision: 2, stanceCount: 2, draft: false });
    const stale = library.save(entry.id, dataset, { expectedRevision: 1 });
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(stale).rejects.toMatchObject({ current: { revision: 2 } });
    expect((await library.get(entry.id))?.dataset).toEqual(changed);
  });

  it('renames, removes and restores (undo) a dataset unchanged', async () => {
    const library = open();
    const entry = await library.add(dataset, fileOrigin);
    await library.rename(entry.id, '  Renamed  ');
    expect((await library.get(entry.id))?.title).toBe('Renamed');
    await expect(library.rename(entry.id, ' ')).rejects.toThrow('needs a title');
    const removed = await library.remove(entry.id);
    expect(removed?.title).toBe('Renamed');
    expect(await library.get(entry.id)).toBeUndefined();
    expect(await library.list()).toEqual([]);
    await library.restore(removed!);
    expect(await library.get(entry.id)).toEqual(removed);
  });

  it('tells subscribers of changes in this tab and in another', async () => {
    const factory = new IDBFactory();
    const here = open({ indexedDB: factory, dbName: 'tabs' });
    const there = open({ indexedDB: factory, dbName: 'tabs' });
    const seenHere = vi.fn();
    const seenThere = new Promise<void>((resolve) => there.subscribe(resolve));
    const unsubscribe = here.subscribe(seenHere);
    const entry = await here.add(dataset, fileOrigin);
    expect(seenHere).toHaveBeenCalledTimes(1);
    await seenThere;
    expect((await there.get(entry.id))?.title).toBe(dataset.title);
    unsubscribe();
    await here.touch(entry.id);
    expect(seenHere).toHaveBeenCalledTimes(1);
  });

  it('with storage blocked keeps datasets in memory for the tab and says why', async () => {
    const blocked = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    for (const library of [open({ indexedDB: blocked }), open({ indexedDB: null })]) {
      const entry = await library.add(dataset, fileOrigin);
      expect(library.persistent).toBe(false);
      expect(library.problem).toBe(STORAGE_BLOCKED_PROBLEM);
      expect(entry.tabOnly).toBe(true);
      expect((await library.get(entry.id))?.dataset).toEqual(dataset);
      const saved = await library.save(entry.id, dataset, { expectedRevision: 1 });
      expect(saved.revision).toBe(2);
      expect(await library.list()).toHaveLength(1);
    }
  });

  it('with storage full keeps that dataset for the tab, the others stay stored', async () => {
    const factory = new IDBFactory();
    const library = open({ indexedDB: factory, dbName: 'full' });
    const stored = await library.add(dataset, fileOrigin, { title: 'Stored' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const kept = await library.add(dataset, fileOrigin, { title: 'Too big' });
    expect(kept.tabOnly).toBe(true);
    expect(library.problem).toBe(STORAGE_FULL_PROBLEM);
    expect(library.persistent).toBe(true);
    const saved = await library.save(
      stored.id,
      { ...dataset, title: 'x' },
      { expectedRevision: 1 },
    );
    expect(saved).toMatchObject({ tabOnly: true, revision: 2 });
    expect(((await library.get(stored.id))?.dataset as { title: string }).title).toBe('x');
    put.mockRestore();
    expect((await library.list()).map((entry) => entry.title).sort()).toEqual([
      'Stored',
      'Too big',
    ]);
    // Another tab sees only what was stored, as it was stored.
    const other = open({ indexedDB: factory, dbName: 'full' });
    const elsewhere = await other.list();
    expect(elsewhere.map((entry) => [entry.title, entry.revision])).toEqual([['Stored', 1]]);
  });

  it('recognises quota errors wrapped by Dexie and aborted transactions', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(
      true,
    );
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('answers undefined for ids that break the rule', async () => {
    const library = open();
    expect(await library.get('../x')).toBeUndefined();
    expect(await library.remove('Mine-Caps')).toBeUndefined();
  });
});
