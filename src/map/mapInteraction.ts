/**
 * What the map needs only once someone handles it: pan and zoom (d3-zoom, with the
 * d3-transition easing it brings), dragging (d3-drag) and the live simulation. The map
 * draws its first, settled view without them and loads this module right after
 * (see createMapEngine), which keeps about a third of d3 out of the first view.
 */
export { createSimulation } from '../layout/createSimulation';
export { createNodeDrag } from './createNodeDrag';
export { createZoom } from './createZoom';
