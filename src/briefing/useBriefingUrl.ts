import { useEffect, useState } from 'react';
import { useDatasetIndex } from '../app/DatasetContext';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { parseUrlState } from '../url/urlState';
import { applyScene } from './scenes';
import { userScenesStoreFor } from './userScenes';

/**
 * What the briefing reads from the address once, on load: `?scene=ID` shows that scene
 * (the dataset's, else the user's own saved in this browser), `focus`/`zoom` frame the
 * camera as the link's author saw it, `?handout=1` asks for the printable handout.
 */
export function useBriefingUrl(): { handout: boolean } {
  const store = useUiStoreApi();
  const index = useDatasetIndex();
  const [initial] = useState(() => parseUrlState(window.location.search));

  useEffect(() => {
    if (initial.scene) {
      const scene =
        index.dataset.scenes?.find((candidate) => candidate.id === initial.scene) ??
        userScenesStoreFor(index)
          .getSnapshot()
          .scenes.find((candidate) => candidate.id === initial.scene);
      // An unknown scene leaves the view the link spelled out in its other parameters.
      if (scene) applyScene(store, scene);
      else store.getState().applyView({}, null);
    }
    if (initial.focus || initial.zoom)
      store.getState().frame(initial.focus ?? null, initial.zoom ?? 1);
  }, [initial, index, store]);

  return { handout: initial.handout === true };
}
