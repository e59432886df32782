/**
 * The user's own scenes for the loaded dataset: a tiny external store over
 * sceneStorage, shared by the briefing list, the presentation and `?scene=` links.
 * User scenes are user data, not UI intent, so they live here and not in zustand.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Scene } from '../data/schema';
import type { DatasetIndex } from '../graph/datasetIndex';
import { useDatasetIndex, useDatasetStorageId } from '../ui/DatasetContext';
import { knownIdsOf } from './scenes';
import {
  browserStorage,
  loadUserScenes,
  saveUserScenes,
  storageKey,
  type StorageLike,
} from './sceneStorage';

export interface UserScenesSnapshot {
  scenes: Scene[];
  /** What went wrong reading or saving, for a notice; null when all is well. */
  problem: string | null;
}

export interface UserScenesStore {
  getSnapshot(): UserScenesSnapshot;
  subscribe(listener: () => void): () => void;
  set(scenes: Scene[]): void;
  dismissProblem(): void;
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
    if (event.key === storageKey(datasetId)) publish(loadUserScenes(storage, datasetId, known));
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
    set(scenes) {
      publish({ scenes, problem: saveUserScenes(storage, datasetId, scenes) });
    },
    dismissProblem() {
      if (snapshot.problem) publish({ ...snapshot, problem: null });
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
