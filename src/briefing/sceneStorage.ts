/**
 * User scenes in localStorage, one key per dataset id. Store-free and defensive: storage
 * may be missing (privacy modes), full, or hold anything (an older build, a hand edit,
 * another app). Reading never throws; it keeps the scenes that still check and reports
 * what it dropped. Writing reports failure instead of throwing.
 */
import { figure } from '../data/figure';
import type { KnownIds } from '../data/parseDataset';
import type { Scene } from '../data/schema';
import { MAX_SCENES, SCENE_FILE_VERSION, checkScenes } from './scenes';
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

/** Stated limits for one dataset's saved scenes, enforced on add, on import and on read. */
export const MAX_STORED_SCENES = MAX_SCENES;
export const MAX_STORED_BYTES = 1024 * 1024;

/** A store that could not be used, kept verbatim until the user discards it. */
export interface SetAsideScenes {
  /** Why it was set aside, e.g. "it holds 2,000 scenes; at most 200 are kept". */
  reason: string;
  /** ISO time it was set aside. */
  at: string;
  /** The stored text exactly as it was found. */
  text: string;
}

/** Set-aside stores live under their own key, so no save of new scenes can touch them. */
export function setAsideKey(datasetId: string): string {
  return `stance-map:scenes-set-aside:${datasetId}`;
}

export interface LoadResult {
  scenes: Scene[];
  /** A sentence for the user when something could not be read; null when all is well. */
  problem: string | null;
  /** Earlier stores set aside, oldest first. */
  setAside: SetAsideScenes[];
  /**
   * True when a bad store could not be moved aside (storage full) and still sits under
   * the scenes key: saving would overwrite it, so saving is refused until it is handled.
   */
  blocked: boolean;
}

export function readSetAside(storage: StorageLike | null, datasetId: string): SetAsideScenes[] {
  let text: string | null = null;
  try {
    text = storage?.getItem(setAsideKey(datasetId)) ?? null;
  } catch {
    return [];
  }
  if (text === null) return [];
  try {
    const list: unknown = JSON.parse(text);
    if (
      Array.isArray(list) &&
      list.every(
        (item) =>
          item &&
          typeof item === 'object' &&
          typeof (item as SetAsideScenes).text === 'string' &&
          typeof (item as SetAsideScenes).reason === 'string',
      )
    )
      return list as SetAsideScenes[];
  } catch {
    // Fall through: keep even a mangled set-aside entry, as text.
  }
  return [{ reason: 'kept as found', at: '', text }];
}

/** Replace the set-aside list (empty removes the key). Returns false when it could not be written. */
export function writeSetAside(
  storage: StorageLike | null,
  datasetId: string,
  entries: readonly SetAsideScenes[],
): boolean {
  if (!storage) return false;
  try {
    if (entries.length === 0) storage.removeItem(setAsideKey(datasetId));
    else storage.setItem(setAsideKey(datasetId), JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** Move the scenes key's text aside (appended, never replacing an earlier one). */
function moveAside(
  storage: StorageLike,
  datasetId: string,
  text: string,
  reason: string,
  now: () => Date,
): { setAside: SetAsideScenes[]; moved: boolean } {
  const earlier = readSetAside(storage, datasetId);
  const next = [...earlier, { reason, at: now().toISOString(), text }];
  if (!writeSetAside(storage, datasetId, next)) return { setAside: earlier, moved: false };
  try {
    storage.removeItem(storageKey(datasetId));
  } catch {
    // Kept under both keys; harmless.
  }
  return { setAside: next, moved: true };
}

/** Why the stored text cannot be used as a whole, or null. Cheap checks first. */
function storeProblem(text: string): { reason: string; list?: unknown[] } {
  if (text.length > MAX_STORED_BYTES)
    return {
      reason: `it is ${(text.length / 1024 / 1024).toFixed(1)} MB; at most ${MAX_STORED_BYTES / 1024 / 1024} MB of scenes are kept per dataset`,
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { reason: 'it is not valid JSON' };
  }
  const list =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? (raw as { scenes?: unknown }).scenes
      : undefined;
  if (!Array.isArray(list)) return { reason: 'it holds no list of scenes' };
  if (list.length > MAX_STORED_SCENES)
    return {
      reason: `it holds ${figure(list.length)} scenes; at most ${MAX_STORED_SCENES} are kept per dataset`,
    };
  return { reason: '', list };
}

const SET_ASIDE_NOTE =
  'They are kept in this browser until you discard them: restore or download them in Briefing.';

export function loadUserScenes(
  storage: StorageLike | null,
  datasetId: string,
  known: KnownIds,
  now: () => Date = () => new Date(),
): LoadResult {
  if (!storage) return { scenes: [], problem: null, setAside: [], blocked: false };
  let text: string | null;
  try {
    text = storage.getItem(storageKey(datasetId));
  } catch {
    return {
      scenes: [],
      problem: 'Your saved scenes could not be read (browser storage is unavailable).',
      setAside: [],
      blocked: false,
    };
  }
  const setAside = readSetAside(storage, datasetId);
  if (text === null) return { scenes: [], problem: null, setAside, blocked: false };
  const { reason, list } = storeProblem(text);
  if (!list) {
    const moved = moveAside(storage, datasetId, text, reason, now);
    return {
      scenes: [],
      problem: moved.moved
        ? `Your saved scenes were unreadable (${reason}) and have been set aside. ${SET_ASIDE_NOTE}`
        : `Your saved scenes were unreadable (${reason}); browser storage is too full to set them aside, so new scenes are not saved until you free some space.`,
      setAside: moved.setAside,
      blocked: !moved.moved,
    };
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
  if (!dropped) return { scenes, problem: null, setAside, blocked: false };
  // The next save rewrites the key without the dropped scenes: keep the original first.
  const kept = [
    ...setAside,
    {
      reason: `${dropped} scene${dropped === 1 ? '' : 's'} no longer matched this dataset`,
      at: now().toISOString(),
      text,
    },
  ];
  const copied = writeSetAside(storage, datasetId, kept);
  const some = `${dropped} saved scene${dropped === 1 ? '' : 's'} no longer match${dropped === 1 ? 'es' : ''} this dataset and ${dropped === 1 ? 'was' : 'were'} left out.`;
  if (copied) {
    // Rewrite at once, so the same store is not set aside again on every load.
    saveUserScenes(storage, datasetId, scenes);
    return {
      scenes,
      problem: `${some} All your saved scenes as they were have been set aside. ${SET_ASIDE_NOTE}`,
      setAside: kept,
      blocked: false,
    };
  }
  return {
    scenes,
    problem: `${some} Browser storage is too full to set them aside, so changes are not saved until you free some space.`,
    setAside,
    blocked: true,
  };
}

/** Why `scenes` cannot be saved under the stated limits, or null. */
export function sceneLimitProblem(scenes: readonly Scene[], serialized?: string): string | null {
  if (scenes.length > MAX_STORED_SCENES)
    return `At most ${MAX_STORED_SCENES} scenes are kept per dataset (this would make ${scenes.length}); delete some first.`;
  const size = (serialized ?? JSON.stringify(scenes)).length;
  if (size > MAX_STORED_BYTES)
    return `At most ${MAX_STORED_BYTES / 1024 / 1024} MB of scenes are kept per dataset (this would make ${(size / 1024 / 1024).toFixed(1)} MB); shorten or delete some first.`;
  return null;
}

/** Save (or, for an empty list, remove) the user's scenes. Returns a problem sentence or null. */
export function saveUserScenes(
  storage: StorageLike | null,
  datasetId: string,
  scenes: readonly Scene[],
): string | null {
  if (!storage)
    return 'Scenes cannot be saved in this browser (storage is unavailable); export them to keep them.';
  const text = JSON.stringify({ stanceMapScenes: SCENE_FILE_VERSION, dataset: datasetId, scenes });
  const limit = sceneLimitProblem(scenes, text);
  if (limit) return limit;
  try {
    if (scenes.length === 0) storage.removeItem(storageKey(datasetId));
    else storage.setItem(storageKey(datasetId), text);
    return null;
  } catch {
    return 'Scenes could not be saved (browser storage is full or unavailable); export them to keep them.';
  }
}

/**
 * The scenes of a set-aside store that still check, for restoring: whatever its shape
 * (a scene file, a stored list, a bare array), each scene is checked on its own.
 */
export function scenesInSetAside(
  text: string,
  known: KnownIds,
): { scenes: Scene[]; dropped: number } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object'
      ? (raw as { scenes?: unknown }).scenes
      : undefined;
  if (!Array.isArray(list)) return null;
  const scenes: Scene[] = [];
  for (const item of list) {
    const ok = checkScenes([item], known).scenes[0];
    if (ok) scenes.push(ok);
  }
  return { scenes, dropped: list.length - scenes.length };
}
