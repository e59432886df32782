/**
 * Keys the map and the presentation handle themselves, listed in the help dialog beside
 * APP_ACTIONS. Apart from actions.ts so this text loads with the dialog, not at start.
 */
import type { AppAction } from './actions';

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
