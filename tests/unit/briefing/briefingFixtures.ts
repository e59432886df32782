/** Shared by the briefing and export tests: the real dataset with its default scenes. */
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import type { Dataset, Scene } from '../../../src/data/schema';
import { indexDataset, type DatasetIndex } from '../../../src/graph/datasetIndex';
import { loadAstana22 } from '../../helpers/loadFixture';

/** astana-22 with the briefing merged in, as the dataset build will ship it. */
export function astanaWithScenes(scenes: Scene[] = ASTANA_22_SCENES): Dataset {
  const dataset = loadAstana22();
  return { ...dataset, scenes: structuredClone(scenes) };
}

export function astanaIndex(): DatasetIndex {
  return indexDataset(astanaWithScenes());
}

/** An in-memory Storage, with switches to make it fail like a full or blocked one. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    failReads: false,
    failWrites: false,
    data,
    getItem(key: string) {
      if (storage.failReads) throw new Error('SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.failWrites) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
    removeItem(key: string) {
      data.delete(key);
    },
  };
  return storage;
}
