import { useLayoutEffect, useState } from 'react';
import { useDatasetIndex, useDatasetStorageId } from '../ui/DatasetContext';
import type { Scene } from '../data/schema';
import type { DatasetIndex } from '../graph/datasetIndex';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { parseUrlState } from '../url/urlState';
import { applyScene } from './applyScene';

/** The user's own scene with this id, saved in this browser. Their code loads only for such links. */
async function findUserScene(
  index: DatasetIndex,
  storageId: string,
  id: string,
): Promise<Scene | undefined> {
  const { userScenesStoreFor } = await import('./userScenes');
  return userScenesStoreFor(index, storageId)
    .getSnapshot()
    .scenes.find((candidate) => candidate.id === id);
}

/**
 * What the briefing reads from the address once, on load: `?scene=ID` shows that scene
 * (the dataset's, else the user's own saved in this browser), `focus`/`zoom` frame the
 * camera as the link's author saw it, `?handout=1` asks for the printable handout.
 * `ready` is false until that view is in the store, so the first map drawn is the linked
 * view itself rather than a move away from the default one.
 */
export function useBriefingUrl(): { handout: boolean; ready: boolean } {
  const store = useUiStoreApi();
  const index = useDatasetIndex();
  const storageId = useDatasetStorageId();
  const [initial] = useState(() => parseUrlState(window.location.search));
  const [ready, setReady] = useState(() => !initial.scene && !initial.focus && !initial.zoom);

  // Before the paint: a dataset scene is in place before anything is drawn.
  useLayoutEffect(() => {
    let cancelled = false;
    const applyLinkedView = (scene: Scene | undefined) => {
      if (cancelled) return;
      if (scene) applyScene(store, scene);
      // An unknown scene leaves the view the link spelled out in its other parameters.
      else if (initial.scene) store.getState().applyView({}, null);
      if (initial.focus || initial.zoom)
        store.getState().frame(initial.focus ?? null, initial.zoom ?? 1);
      setReady(true);
    };
    const datasetScene = index.dataset.scenes?.find((candidate) => candidate.id === initial.scene);
    if (!initial.scene || datasetScene) applyLinkedView(datasetScene);
    else
      findUserScene(index, storageId, initial.scene).then(applyLinkedView, () =>
        applyLinkedView(undefined),
      );
    return () => {
      cancelled = true;
    };
  }, [initial, index, storageId, store]);

  return { handout: initial.handout === true, ready };
}
