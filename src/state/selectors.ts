import type { UiActions, UiState } from './uiStore';

type S = UiState & UiActions;
export const selectSelection = (s: S) => s.selection;
export const selectFilters = (s: S) => s.filters;
export const selectView = (s: S) => s.view;
export const selectJoint = (s: S) => s.joint;
export const selectSource = (s: S) => s.source;
export const selectHovered = (s: S) => s.hovered;
export const selectPresenting = (s: S) => s.presenting;
export const selectSceneId = (s: S) => s.sceneId;
export const selectHelpOpen = (s: S) => s.helpOpen;
export const selectCamera = (s: S) => s.camera;
