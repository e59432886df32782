// @vitest-environment jsdom
import type { Scene } from '../../../src/data/schema';
import { knownIdsOf } from '../../../src/briefing/scenes';
import {
  MAX_STORED_SCENES,
  loadUserScenes,
  saveUserScenes,
  setAsideKey,
  storageKey,
} from '../../../src/briefing/sceneStorage';
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
      setAside: [],
      blocked: false,
    });
  });

  it('removes the key when the last scene goes', () => {
    const storage = memoryStorage({ [key]: '{}' });
    saveUserScenes(storage, 'astana-22', []);
    expect(storage.data.has(key)).toBe(false);
  });

  it('reads nothing, quietly, when nothing was saved or there is no storage', () => {
    const nothing = { scenes: [], problem: null, setAside: [], blocked: false };
    expect(loadUserScenes(memoryStorage(), 'astana-22', known)).toEqual(nothing);
    expect(loadUserScenes(null, 'astana-22', known)).toEqual(nothing);
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
    expect(result.problem).toMatch(
      /^3 saved scenes no longer match this dataset and were left out\. All your saved scenes as they were have been set aside\./,
    );
    expect(result.setAside.map((entry) => entry.text)).toEqual([JSON.stringify(stored)]);
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

describe('set aside means kept', () => {
  const asideKey = setAsideKey('astana-22');
  const stored = (count: number) =>
    JSON.stringify({
      stanceMapScenes: 1,
      dataset: 'astana-22',
      scenes: Array.from({ length: count }, (_, i) => scene(`s${i}`)),
    });

  it('moves a corrupt store under its own key, and the next save does not touch it', () => {
    const storage = memoryStorage({ [key]: '{"scenes": [' });
    const store = createUserScenesStore(index, storage);
    expect(store.getSnapshot().problem).toMatch(
      /^Your saved scenes were unreadable \(it is not valid JSON\) and have been set aside\. They are kept/,
    );
    expect(store.set([scene('new')])).toBe(true);
    expect(JSON.parse(storage.data.get(asideKey)!)[0].text).toBe('{"scenes": [');
    // A second corrupt store is added to the first, not written over it.
    storage.data.set(key, 'also broken');
    const again = createUserScenesStore(index, storage);
    expect(again.getSnapshot().setAside.map((entry) => entry.text)).toEqual([
      '{"scenes": [',
      'also broken',
    ]);
    again.discardSetAside(0);
    expect(JSON.parse(storage.data.get(asideKey)!)).toHaveLength(1);
    again.discardSetAside(0);
    expect(storage.data.has(asideKey)).toBe(false);
  });

  it('sets aside 20,000 stored scenes unparsed and fast, and 2,000 over the count limit', () => {
    const huge = stored(20_000);
    expect(huge.length).toBeGreaterThan(1024 * 1024);
    const storage = memoryStorage({ [key]: huge });
    const t0 = performance.now();
    const result = loadUserScenes(storage, 'astana-22', known);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(result.problem).toMatch(
      /\(it is 1\.\d MB; at most 1 MB of scenes are kept per dataset\)/,
    );
    expect(storage.data.has(key)).toBe(false);
    expect(result.setAside[0]!.text).toBe(huge);

    const many = memoryStorage({ [key]: stored(2_000) });
    expect(loadUserScenes(many, 'astana-22', known).problem).toMatch(
      /\(it holds 2,000 scenes; at most 200 are kept per dataset\)/,
    );
  });

  it('restores what still checks, within the limits', () => {
    const storage = memoryStorage({ [key]: stored(2_000) });
    const store = createUserScenesStore(index, storage);
    expect(store.restoreSetAside(0)).toMatch(/^Not restored: At most 200 scenes/);
    storage.data.set(asideKey, JSON.stringify([{ reason: 'test', at: '', text: stored(3) }]));
    const fresh = createUserScenesStore(index, storage);
    expect(fresh.restoreSetAside(0)).toBe('Restored 3 scenes.');
    expect(fresh.getSnapshot().scenes).toHaveLength(3);
    expect(storage.data.has(asideKey)).toBe(false);
  });

  it('refuses to save past the limits, keeping what was there', () => {
    const storage = memoryStorage();
    const store = createUserScenesStore(index, storage);
    const full = Array.from({ length: MAX_STORED_SCENES }, (_, i) => scene(`s${i}`));
    expect(store.set(full)).toBe(true);
    expect(store.set([...full, scene('one-more')])).toBe(false);
    expect(store.getSnapshot().scenes).toHaveLength(MAX_STORED_SCENES);
    expect(store.getSnapshot().problem).toMatch(/^At most 200 scenes are kept per dataset/);
    const long = { ...scene('long'), caption: 'x'.repeat(600) };
    expect(saveUserScenes(storage, 'astana-22', Array(190).fill(long))).toBeNull();
    expect(
      saveUserScenes(storage, 'astana-22', [
        { ...scene('big'), quotes: Array(100_000).fill('condemns-israel') },
      ]),
    ).toMatch(/^At most 1 MB of scenes/);
  });

  it('blocks saving when a bad store cannot be moved aside', () => {
    const storage = memoryStorage({ [key]: 'broken' });
    storage.failWrites = true;
    const store = createUserScenesStore(index, storage);
    expect(store.getSnapshot().blocked).toBe(true);
    storage.failWrites = false;
    expect(store.set([scene('new')])).toBe(false);
    expect(storage.data.get(key)).toBe('broken');
  });
});
