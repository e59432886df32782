/**
 * User scenes in localStorage, one key per dataset id. Store-free and defensive: storage
 * may be missing (privacy modes), full, or hold anything (an older build, a hand edit,
 * another app). Reading never throws; it keeps the scenes that still check and reports
 * what it dropped. Writing reports failure instead of throwing.
 */
import type { KnownIds } from '../data/parseDataset';
import type { Scene } from '../data/schema';
import { SCENE_FILE_VERSION, checkScenes } from './scenes';
import { isOfflineBuild } from '../ui/buildMode';

export const STORAGE_PREFIX = 'stance-map:scenes:';

export function storageKey(datasetId: string): string {
  return `${STORAGE_PREFIX}${datasetId}`;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** localStorage, or null where touching it throws (sandboxed iframes, some privacy modes). */
export function browserStorage(): StorageLike | null {
  // A saved briefing file is read-only: its scenes are in its dataset.
  if (isOfflineBuild) return null;
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export interface LoadResult {
  scenes: Scene[];
  /** A sentence for the user when something could not be read; null when all is well. */
  problem: string | null;
}

export function loadUserScenes(
  storage: StorageLike | null,
  datasetId: string,
  known: KnownIds,
): LoadResult {
  if (!storage) return { scenes: [], problem: null };
  let text: string | null;
  try {
    text = storage.getItem(storageKey(datasetId));
  } catch {
    return {
      scenes: [],
      problem: 'Your saved scenes could not be read (browser storage is unavailable).',
    };
  }
  if (text === null) return { scenes: [], problem: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { scenes: [], problem: 'Your saved scenes were unreadable and have been set aside.' };
  }
  const list =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as { scenes?: unknown }).scenes
      : undefined;
  if (!Array.isArray(list)) {
    return { scenes: [], problem: 'Your saved scenes were unreadable and have been set aside.' };
  }
  // Keep each scene that still checks on its own; one bad scene must not lose the rest.
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const item of list) {
    const { scenes: ok } = checkScenes([item], known);
    const scene = ok[0];
    if (scene && !ids.has(scene.id)) {
      scenes.push(scene);
      ids.add(scene.id);
    } else dropped++;
  }
  return {
    scenes,
    problem: dropped
      ? `${dropped} saved scene${dropped === 1 ? '' : 's'} no longer match${dropped === 1 ? 'es' : ''} this dataset and ${dropped === 1 ? 'was' : 'were'} left out.`
      : null,
  };
}

/** Save (or, for an empty list, remove) the user's scenes. Returns a problem sentence or null. */
export function saveUserScenes(
  storage: StorageLike | null,
  datasetId: string,
  scenes: readonly Scene[],
): string | null {
  if (!storage)
    return 'Scenes cannot be saved in this browser (storage is unavailable); export them to keep them.';
  try {
    if (scenes.length === 0) storage.removeItem(storageKey(datasetId));
    else
      storage.setItem(
        storageKey(datasetId),
        JSON.stringify({ stanceMapScenes: SCENE_FILE_VERSION, dataset: datasetId, scenes }),
      );
    return null;
  } catch {
    return 'Scenes could not be saved (browser storage is full or unavailable); export them to keep them.';
  }
}
