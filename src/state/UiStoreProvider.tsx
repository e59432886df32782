import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createUiStore, type UiActions, type UiState, type UiStore } from './uiStore';

const UiStoreContext = createContext<UiStore | null>(null);

export function UiStoreProvider({ store, children }: { store?: UiStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createUiStore());
  return <UiStoreContext.Provider value={value}>{children}</UiStoreContext.Provider>;
}

export function useUiStoreApi(): UiStore {
  const store = useContext(UiStoreContext);
  if (!store) throw new Error('useUi must be used inside <UiStoreProvider>');
  return store;
}

/** Read from the UI store. Declare selectors at module level; wrap object slices in useShallow. */
export function useUi<T>(selector: (state: UiState & UiActions) => T): T {
  return useStore(useUiStoreApi(), selector);
}

/** The store's actions. They are created once, so reading them never re-renders. */
export function useUiActions(): UiActions {
  return useUiStoreApi().getState();
}
