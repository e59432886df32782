/**
 * Commands with a label and a shortcut, used by buttons and keys alike, and listed in
 * the help dialog. Pure data plus a perform function over the store.
 */
import type { UiStore } from '../state/uiStore';
import { enterFullscreen } from '../briefing/presentationKeys';

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
    label: 'Clear the selection (or close a dialog)',
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

/** Keys handled elsewhere but listed in help (the map and presentation handle their own). */
export const CONTEXT_SHORTCUTS: { keys: string[]; label: string; context: AppAction['context'] }[] =
  [
    {
      keys: ['Tab', 'Shift+Tab'],
      label: 'Move between actors, stances and controls',
      context: 'anywhere',
    },
    { keys: ['Enter', 'Space'], label: 'Select the focused actor or stance', context: 'map' },
    { keys: ['+', '-'], label: 'Zoom in or out', context: 'map' },
    { keys: ['0'], label: 'Fit the map to the view', context: 'map' },
    { keys: ['Drag'], label: 'Move an actor and pin it in place', context: 'map' },
    { keys: ['Double-click'], label: 'Unpin a pinned actor', context: 'map' },
    {
      keys: ['→', '↓', 'PageDown', 'Space'],
      label: 'Next scene (presentation clickers too)',
      context: 'presentation',
    },
    {
      keys: ['←', '↑', 'PageUp', 'Shift+Space'],
      label: 'Previous scene',
      context: 'presentation',
    },
    { keys: ['Home', 'End'], label: 'First or last scene', context: 'presentation' },
    { keys: ['Escape'], label: 'Leave the presentation', context: 'presentation' },
  ];
