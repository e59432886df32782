/**
 * Showing a scene: its view into the store, its framing as a camera request. Small and
 * apart from the rest of scenes.ts, because a `?scene=` link applies it before the first
 * map is drawn; the scene file format and capturing load later, with the briefing.
 */
import type { Scene, SceneView } from '../data/schema';
import type { Filters } from '../graph/filters';
import { DEFAULT_VIEW, type UiStore, type ViewState } from '../state/uiStore';

/** The view a scene describes; absent fields mean "as by default". */
export function sceneViewState(view: SceneView): Omit<ViewState, 'view'> {
  const filters: Filters = {
    topics: [...(view.topics ?? [])],
    polarities: [...(view.polarities ?? [])],
    types: [...(view.types ?? [])],
    roles: [...(view.roles ?? [])],
    // Absent rather than empty, as the store and the URL keep it (scenes before documents).
    ...(view.documents?.length ? { documents: [...view.documents] } : {}),
  };
  return {
    selection: view.selection ? { ...view.selection } : null,
    filters,
    joint: view.joint ?? DEFAULT_VIEW.joint,
  };
}

export interface Framing {
  focus: string[] | null;
  zoom: number;
}

/** Where a scene points the camera: its focus, or everything visible (null). */
export function sceneFraming(scene: Scene): Framing {
  return { focus: scene.view.focus ? [...scene.view.focus] : null, zoom: scene.view.zoom ?? 1 };
}

/** Show a scene: one store update for the view, one camera request for the framing. */
export function applyScene(
  store: UiStore,
  scene: Scene,
  framing: Framing = sceneFraming(scene),
): void {
  const state = store.getState();
  state.applyView(sceneViewState(scene.view), scene.id);
  state.frame(framing.focus, framing.zoom);
}
