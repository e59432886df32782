/**
 * Says which parts of the opening link were ignored. Loaded after the first paint, so
 * the first view's code does not grow.
 */
import { useEffect, useState } from 'react';
import { useDatasetIndex } from '../ui/DatasetContext';
import { Notice } from '../ui/Notice';
import { ignoredParams } from './ignoredParams';

export default function IgnoredParamsNotice({ search }: { search: string }) {
  const index = useDatasetIndex();
  const [items, setItems] = useState<string[]>([]);
  useEffect(() => {
    let cancelled = false;
    const datasetScenes = (index.dataset.scenes ?? []).map((scene) => scene.id);
    const report = (userScenes: string[]) => {
      if (cancelled) return;
      setItems(
        ignoredParams(search, {
          actorIds: new Set(index.actorsById.keys()),
          topicIds: new Set(index.topicsById.keys()),
          stanceIds: new Set(index.stancesById.keys()),
          sceneIds: new Set([...datasetScenes, ...userScenes]),
        }),
      );
    };
    const scene = new URLSearchParams(search).get('scene');
    // The user's own scenes are read only when the link names a scene the dataset lacks.
    if (scene === null || datasetScenes.includes(scene)) report([]);
    else
      import('../briefing/userScenes').then(
        ({ userScenesStoreFor }) =>
          report(
            userScenesStoreFor(index)
              .getSnapshot()
              .scenes.map((s) => s.id),
          ),
        () => report([]),
      );
    return () => {
      cancelled = true;
    };
  }, [index, search]);
  if (!items.length) return null;
  return (
    <Notice onDismiss={() => setItems([])}>
      Part of the link was ignored: {items.join('; ')}.
    </Notice>
  );
}
