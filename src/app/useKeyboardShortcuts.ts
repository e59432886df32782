import { useEffect } from 'react';
import { useUiStoreApi } from '../state/UiStoreProvider';
import { APP_ACTIONS } from './actions';
import { takeEarlyKey } from './earlyKeys';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Editing and presenting are not offered in an embedded, read-only view. */
const EMBED_ACTIONS = new Set(['help', 'clear', 'view-map', 'view-table']);

/** Global shortcuts from APP_ACTIONS. Presentation mode and dialogs handle their own keys. */
export function useKeyboardShortcuts(embed = false): void {
  const store = useUiStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const state = store.getState();
      if (state.presenting !== null || state.helpOpen) return;
      const action = APP_ACTIONS.find((candidate) => candidate.keys.includes(event.key));
      if (!action || (embed && !EMBED_ACTIONS.has(action.id))) return;
      // Escape inside an open <dialog> belongs to the dialog.
      if (event.key === 'Escape' && document.querySelector('dialog[open]')) return;
      event.preventDefault();
      action.perform(store);
    };
    window.addEventListener('keydown', onKeyDown);
    // A key pressed while this code was loading.
    const early = takeEarlyKey();
    if (early) onKeyDown(early);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, embed]);
}
