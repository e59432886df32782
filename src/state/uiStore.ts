/**
 * UI intent only: what the user selected, filtered and is looking at. Fetched and
 * derived data never live here (react-query owns the dataset; views derive the graph).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { JointMode } from '../data/schema';
import type { Polarity, Role, StanceTypeId } from '../data/vocabulary';
import { NO_FILTERS, toggleIn, type Filters } from '../graph/filters';

export type Selection = { kind: 'actor' | 'stance'; id: string };
export type ViewMode = 'map' | 'table';

/** Everything the URL and a scene can hold. */
export interface ViewState {
  selection: Selection | null;
  filters: Filters;
  view: ViewMode;
  joint: JointMode;
}

export interface UiState extends ViewState {
  /** The evidence span shown in the source reader, if open. */
  source: { stanceId: string; evidence: number } | null;
  hovered: string | null;
  /** Index into the active briefing while presenting; null when not presenting. */
  presenting: number | null;
  /** Scene whose view is on screen (for "Copy link" and the briefing list). */
  sceneId: string | null;
  helpOpen: boolean;
  /**
   * Camera intent: frame these actors (null = everything visible) at this zoom
   * multiplier. `nonce` changes on every request so asking twice re-frames.
   */
  camera: { focus: string[] | null; zoom: number; nonce: number };
}

export interface UiActions {
  select(selection: Selection | null): void;
  selectActor(id: string): void;
  selectStance(id: string): void;
  clearSelection(): void;
  toggleTopic(id: string): void;
  togglePolarity(polarity: Polarity): void;
  toggleType(type: StanceTypeId): void;
  toggleRole(role: Role): void;
  toggleDocument(id: string): void;
  clearFilters(): void;
  setView(view: ViewMode): void;
  setJoint(joint: JointMode): void;
  showInSource(stanceId: string, evidence?: number): void;
  closeSource(): void;
  hover(id: string | null): void;
  /** Replace the whole view at once (URL restore, back button, scenes). */
  applyView(view: Partial<ViewState>, sceneId?: string | null): void;
  startPresenting(index?: number): void;
  stopPresenting(): void;
  setHelpOpen(open: boolean): void;
  /** Ask the map to frame actors (null = all visible), e.g. "fit to view" or a scene's focus. */
  frame(focus?: string[] | null, zoom?: number): void;
}

export type UiStore = StoreApi<UiState & UiActions>;

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  filters: NO_FILTERS,
  view: 'map',
  joint: 'bloc',
};

export function createUiStore(initial: Partial<UiState> = {}): UiStore {
  return createStore<UiState & UiActions>()((set) => {
    const setFilters = (update: (filters: Filters) => Filters) =>
      set((state) => ({ filters: update(state.filters), sceneId: null }));
    return {
      ...DEFAULT_VIEW,
      source: null,
      hovered: null,
      presenting: null,
      sceneId: null,
      helpOpen: false,
      camera: { focus: null, zoom: 1, nonce: 0 },
      ...initial,
      select: (selection) => set({ selection, source: null, sceneId: null }),
      selectActor: (id) => set({ selection: { kind: 'actor', id }, source: null, sceneId: null }),
      selectStance: (id) => set({ selection: { kind: 'stance', id }, sceneId: null }),
      clearSelection: () => set({ selection: null, source: null, sceneId: null }),
      toggleTopic: (id) => setFilters((f) => ({ ...f, topics: toggleIn(f.topics, id) })),
      togglePolarity: (p) => setFilters((f) => ({ ...f, polarities: toggleIn(f.polarities, p) })),
      toggleType: (t) => setFilters((f) => ({ ...f, types: toggleIn(f.types, t) })),
      toggleRole: (r) => setFilters((f) => ({ ...f, roles: toggleIn(f.roles, r) })),
      toggleDocument: (id) =>
        setFilters((f) => ({ ...f, documents: toggleIn(f.documents ?? [], id) })),
      clearFilters: () => set({ filters: NO_FILTERS, sceneId: null }),
      setView: (view) => set({ view }),
      setJoint: (joint) => set({ joint, sceneId: null }),
      showInSource: (stanceId, evidence = 0) =>
        set({ source: { stanceId, evidence }, selection: { kind: 'stance', id: stanceId } }),
      closeSource: () => set({ source: null }),
      hover: (hovered) => set({ hovered }),
      applyView: (view, sceneId = null) => set({ ...view, source: null, sceneId }),
      startPresenting: (index = 0) => set({ presenting: index }),
      stopPresenting: () => set({ presenting: null }),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      frame: (focus = null, zoom = 1) =>
        set((state) => ({ camera: { focus, zoom, nonce: state.camera.nonce + 1 } })),
    };
  });
}
