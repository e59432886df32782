import '@testing-library/jest-dom/vitest';
import { layoutLoader } from '../src/layout/loadLayout';

// The app loads the force layout's code lazily (see loadLayout.ts); tests that draw a map
// have it in from the start, as the app does once the map is on screen. The tests of the
// wait for it inject their own loader.
await layoutLoader.load();
