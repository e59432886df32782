import type { Ref } from 'react';

/** Selection changes made from inside the panel (they move focus to the new heading). */
export interface PanelNav {
  selectActor(id: string): void;
  selectStance(id: string): void;
  clear(): void;
}

export interface PanelViewProps {
  nav: PanelNav;
  /** The view's h2: focused when the panel itself changed the selection. */
  headingRef: Ref<HTMLHeadingElement>;
}
