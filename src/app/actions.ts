/**
 * Commands with a label and a shortcut, used by buttons and keys alike, and listed in
 * the help dialog. Pure data plus a perform function over the store.
 */
import type { UiStore } from '../state/uiStore';
import { enterFullscreen } from '../briefing/fullscreen';

export interface AppAction {
  id: string;
  label: string;
  /** KeyboardEvent.key values that trigger it; shown in the help dialog. */
  keys: string[];
  /** Where the shortcut applies, for the help dialog. */
  context: 'anywhere' | 'map' | 'presentation';
  perform(store: UiStore): void;
}

export const APP_ACTIONS: AppAction[] = [
  {
    id: 'help',
    label: 'Show keyboard shortcuts',
    keys: ['?'],
    context: 'anywhere',
    perform: (store) => store.getState().setHelpOpen(true),
  },
  {
    id: 'clear',
    label: 'Hide a map tip, else clear the selection (or close a dialog)',
    keys: ['Escape'],
    context: 'anywhere',
    perform: (store) => {
      const state = store.getState();
      if (state.source) state.closeSource();
      else state.clearSelection();
    },
  },
  {
    id: 'view-map',
    label: 'Show the map',
    keys: ['m'],
    context: 'anywhere',
    perform: (store) => store.getState().setView('map'),
  },
  {
    id: 'view-table',
    label: 'Show the table',
    keys: ['t'],
    context: 'anywhere',
    perform: (store) => store.getState().setView('table'),
  },
  {
    id: 'present',
    label: 'Present the briefing',
    keys: ['p'],
    context: 'anywhere',
    perform: (store) => {
      // A key press is a user gesture, so the browser allows full screen here.
      enterFullscreen();
      store.getState().startPresenting(0);
    },
  },
];
