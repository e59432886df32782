/**
 * The user's own scenes for the loaded dataset: a tiny external store over
 * sceneStorage, shared by the briefing list, the presentation and `?scene=` links.
 * User scenes are user data, not UI intent, so they live here and not in zustand.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Scene } from '../data/schema';
import type { DatasetIndex } from '../graph/datasetIndex';
import { useDatasetIndex, useDatasetStorageId } from '../ui/DatasetContext';
import { knownIdsOf, mergeScenes } from './scenes';
import {
  browserStorage,
  loadUserScenes,
  saveUserScenes,
  sceneLimitProblem,
  scenesInSetAside,
  setAsideKey,
  storageKey,
  writeSetAside,
  type SetAsideScenes,
  type StorageLike,
} from './sceneStorage';

export interface UserScenesSnapshot {
  scenes: Scene[];
  /** What went wrong reading or saving, for a notice; null when all is well. */
  problem: string | null;
  /** Stores that could not be used, kept until the user discards them. */
  setAside: SetAsideScenes[];
  /** A bad store could not be moved aside: saving would overwrite it, so it is refused. */
  blocked: boolean;
}

export interface UserScenesStore {
  getSnapshot(): UserScenesSnapshot;
  subscribe(listener: () => void): () => void;
  /** Save the list; refused (with a problem, scenes unchanged) over the limits. */
  set(scenes: Scene[]): boolean;
  dismissProblem(): void;
  /** Add a set-aside store's scenes that still check to the user's; returns a sentence. */
  restoreSetAside(position: number, reserved?: ReadonlySet<string>): string;
  discardSetAside(position: number): void;
}

export function createUserScenesStore(
  index: DatasetIndex,
  storage: StorageLike | null = browserStorage(),
  /** The storage key's dataset part (see storageIdFor); the dataset's id by default. */
  datasetId: string = index.dataset.id,
): UserScenesStore {
  const known = knownIdsOf(index);
  let snapshot: UserScenesSnapshot = loadUserScenes(storage, datasetId, known);
  const listeners = new Set<() => void>();
  const publish = (next: UserScenesSnapshot) => {
    snapshot = next;
    listeners.forEach((listener) => listener());
  };
  // Another tab edited the same briefing: show its version.
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey(datasetId) || event.key === setAsideKey(datasetId))
      publish(loadUserScenes(storage, datasetId, known));
  };
  const save = (scenes: Scene[]): boolean => {
    if (snapshot.blocked) {
      publish({
        ...snapshot,
        problem:
          'Not saved: your earlier scenes could not be set aside (browser storage is full). Free some space and reload.',
      });
      return false;
    }
    const limit = sceneLimitProblem(scenes);
    if (limit) {
      publish({ ...snapshot, problem: limit });
      return false;
    }
    publish({ ...snapshot, scenes, problem: saveUserScenes(storage, datasetId, scenes) });
    return true;
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined')
        window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined')
          window.removeEventListener('storage', onStorage);
      };
    },
    set: save,
    dismissProblem() {
      if (snapshot.problem) publish({ ...snapshot, problem: null });
    },
    restoreSetAside(position, reserved = new Set()) {
      const entry = snapshot.setAside[position];
      if (!entry) return 'Nothing to restore.';
      const found = scenesInSetAside(entry.text, known);
      if (!found)
        return 'These scenes cannot be restored (the text is not a scene list); download them instead.';
      const merged = mergeScenes(snapshot.scenes, found.scenes, reserved).scenes;
      const limit = sceneLimitProblem(merged);
      if (limit) return `Not restored: ${limit}`;
      if (!save(merged)) return 'Not restored.';
      const restored = `Restored ${found.scenes.length} scene${found.scenes.length === 1 ? '' : 's'}.`;
      // Scenes that do not check stay in the set-aside copy, which is kept for them.
      if (found.dropped)
        return `${restored} ${found.dropped} no longer match this dataset; the set-aside copy is kept.`;
      const setAside = snapshot.setAside.filter((_, i) => i !== position);
      writeSetAside(storage, datasetId, setAside);
      publish({ ...snapshot, setAside });
      return restored;
    },
    discardSetAside(position) {
      const setAside = snapshot.setAside.filter((_, i) => i !== position);
      writeSetAside(storage, datasetId, setAside);
      publish({ ...snapshot, setAside });
    },
  };
}

const stores = new WeakMap<DatasetIndex, UserScenesStore>();

/** One store per loaded dataset, created on first use. */
export function userScenesStoreFor(
  index: DatasetIndex,
  storageId: string = index.dataset.id,
): UserScenesStore {
  let store = stores.get(index);
  if (!store) {
    store = createUserScenesStore(index, browserStorage(), storageId);
    stores.set(index, store);
  }
  return store;
}

export function useUserScenesStore(): UserScenesStore {
  return userScenesStoreFor(useDatasetIndex(), useDatasetStorageId());
}

export function useUserScenes(): UserScenesSnapshot {
  const store = useUserScenesStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** The briefing: the dataset's scenes, then the user's, in presentation order. */
export function useBriefingScenes(): { defaults: Scene[]; user: Scene[]; all: Scene[] } {
  const { dataset } = useDatasetIndex();
  const { scenes: user } = useUserScenes();
  return useMemo(() => {
    const defaults = dataset.scenes ?? [];
    return { defaults, user, all: [...defaults, ...user] };
  }, [dataset.scenes, user]);
}
