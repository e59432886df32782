// @vitest-environment jsdom
import type { Scene } from '../../../src/data/schema';
import { knownIdsOf } from '../../../src/briefing/scenes';
import { loadUserScenes, saveUserScenes, storageKey } from '../../../src/briefing/sceneStorage';
import { createUserScenesStore } from '../../../src/briefing/userScenes';
import { astanaIndex, memoryStorage } from './briefingFixtures';

const index = astanaIndex();
const known = knownIdsOf(index);
const key = storageKey('astana-22');
const scene = (id: string, extra: Partial<Scene> = {}): Scene => ({
  id,
  title: `Scene ${id}`,
  caption: '',
  view: { topics: ['gaza'] },
  ...extra,
});

describe('user scenes in localStorage', () => {
  it('uses one key per dataset id', () => {
    expect(storageKey('astana-22')).toBe('stance-map:scenes:astana-22');
    expect(storageKey('astana-23')).not.toBe(storageKey('astana-22'));
  });

  it('saves and loads scenes', () => {
    const storage = memoryStorage();
    expect(saveUserScenes(storage, 'astana-22', [scene('a'), scene('b')])).toBeNull();
    expect(JSON.parse(storage.data.get(key)!)).toMatchObject({
      stanceMapScenes: 1,
      dataset: 'astana-22',
    });
    expect(loadUserScenes(storage, 'astana-22', known)).toEqual({
      scenes: [scene('a'), scene('b')],
      problem: null,
    });
  });

  it('removes the key when the last scene goes', () => {
    const storage = memoryStorage({ [key]: '{}' });
    saveUserScenes(storage, 'astana-22', []);
    expect(storage.data.has(key)).toBe(false);
  });

  it('reads nothing, quietly, when nothing was saved or there is no storage', () => {
    expect(loadUserScenes(memoryStorage(), 'astana-22', known)).toEqual({
      scenes: [],
      problem: null,
    });
    expect(loadUserScenes(null, 'astana-22', known)).toEqual({ scenes: [], problem: null });
  });

  it.each([
    ['corrupt JSON', '{"scenes": [', 'unreadable'],
    ['the wrong shape', '[1, 2, 3]', 'unreadable'],
    ['no scene list', '{"scenes": "x"}', 'unreadable'],
  ])('never throws on %s, and says so', (_label, text, word) => {
    const result = loadUserScenes(memoryStorage({ [key]: text }), 'astana-22', known);
    expect(result.scenes).toEqual([]);
    expect(result.problem).toContain(word);
  });

  it('keeps the scenes that still check and reports the rest', () => {
    const stored = {
      scenes: [
        scene('a'),
        { ...scene('b'), view: { topics: ['gone-topic'] } },
        { nonsense: true },
        scene('a'),
      ],
    };
    const result = loadUserScenes(
      memoryStorage({ [key]: JSON.stringify(stored) }),
      'astana-22',
      known,
    );
    expect(result.scenes).toEqual([scene('a')]);
    expect(result.problem).toBe('3 saved scenes no longer match this dataset and were left out.');
  });

  it('reports blocked storage on read and full storage on write', () => {
    const storage = memoryStorage({ [key]: JSON.stringify({ scenes: [scene('a')] }) });
    storage.failReads = true;
    expect(loadUserScenes(storage, 'astana-22', known).problem).toMatch(/could not be read/);
    storage.failWrites = true;
    expect(saveUserScenes(storage, 'astana-22', [scene('a')])).toMatch(/could not be saved/);
    expect(saveUserScenes(null, 'astana-22', [scene('a')])).toMatch(/cannot be saved/);
  });
});

describe('the user scenes store', () => {
  it('publishes changes, persists them and reports a failed save', () => {
    const storage = memoryStorage();
    const store = createUserScenesStore(index, storage);
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().scenes.length));
    store.set([scene('a')]);
    expect(loadUserScenes(storage, 'astana-22', known).scenes).toEqual([scene('a')]);
    storage.failWrites = true;
    store.set([scene('a'), scene('b')]);
    expect(store.getSnapshot().scenes).toHaveLength(2);
    expect(store.getSnapshot().problem).toMatch(/could not be saved/);
    store.dismissProblem();
    expect(store.getSnapshot().problem).toBeNull();
    expect(seen).toEqual([1, 2, 2]);
    unsubscribe();
  });

  it('follows edits made in another tab', () => {
    const storage = memoryStorage();
    const store = createUserScenesStore(index, storage);
    const unsubscribe = store.subscribe(() => undefined);
    storage.data.set(key, JSON.stringify({ scenes: [scene('from-elsewhere')] }));
    window.dispatchEvent(new StorageEvent('storage', { key }));
    expect(store.getSnapshot().scenes.map((s) => s.id)).toEqual(['from-elsewhere']);
    unsubscribe();
  });
});
