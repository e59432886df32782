/**
 * The first-layout worker, started by the boot script in index.html (built to the fixed
 * name assets/first-layout.js, see vite.config.ts). It reads the view from the page's
 * URL exactly as the app does and lays out the dataset text it is sent.
 */
import { parseUrlState } from '../url/urlState';
import { computeFirstLayout } from './computeFirstLayout';
import type { FirstLayout } from './firstLayout';
import { nominalMapArea } from './layoutArea';

export interface FirstLayoutJob {
  json: string;
  /** The page's location.search. */
  search: string;
  /** The window's inner size. */
  width: number;
  height: number;
}

/** The worker's global scope, typed here because the project compiles against the DOM library. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FirstLayoutJob>) => void) | null;
  postMessage(message: FirstLayout | null): void;
};

scope.onmessage = (event) => {
  const { json, search, width, height } = event.data;
  let result: FirstLayout | null = null;
  try {
    const view = parseUrlState(search);
    result = computeFirstLayout(json, {
      filters: view.filters,
      joint: view.joint,
      area: nominalMapArea(width, height, view.embed),
    });
  } catch {
    // The app validates the same text and reports what is wrong with it.
  }
  scope.postMessage(result);
};
