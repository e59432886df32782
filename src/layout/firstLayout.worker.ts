/**
 * The first-layout worker, started by the boot script (built to the fixed name
 * assets/first-layout.js, see vite.config.ts). It checks the dataset text it is sent with
 * the app's own checks (parseDataset), reads the view from the page's URL exactly as the
 * app does, and lays the dataset out: all off the main thread, which meanwhile compiles
 * the app. A dataset that does not pass comes back as null, and the app checks it again
 * to say why.
 */
import type { EarlyWork } from '../boot/earlyStart';
import { earlyWork, type FirstLayoutJob } from './computeFirstLayout';

export type { FirstLayoutJob };

/** The worker's global scope, typed here because the project compiles against the DOM library. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FirstLayoutJob>) => void) | null;
  postMessage(message: EarlyWork): void;
};

scope.onmessage = (event) => scope.postMessage(earlyWork(event.data));
