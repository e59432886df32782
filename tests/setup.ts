import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { layoutLoader } from '../src/layout/loadLayout';

// Lazy parts (the Details overview, the facets, the handout) arrive in a later task; on a
// busy two-core machine that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5000 });

// The app loads the force layout's code lazily (see loadLayout.ts); tests that draw a map
// have it in from the start, as the app does once the map is on screen. The tests of the
// wait for it inject their own loader.
await layoutLoader.load();
