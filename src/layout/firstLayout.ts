/**
 * The first layout of a dataset: a pure function of its JSON text and the view asked for,
 * which a worker computes (computeFirstLayout.ts) while the app's code loads (see
 * src/boot/). The app uses the result only if it describes exactly the graph and layout
 * box it would compute itself; otherwise it lays out as usual. This module holds what
 * both sides share, and no layout code.
 */
import type { JointMode } from '../data/schema';
import type { Graph } from '../graph/buildGraph';
import type { Filters } from '../graph/filters';
import { layoutExtent } from './layoutFrame';

/** The seed of every map's first layout: the same data always draws the same map. */
export const LAYOUT_SEED = 22;

export interface FirstLayoutRequest {
  filters: Filters;
  joint: JointMode;
  /** See nominalMapArea. */
  area: { width: number; height: number };
}

export interface FirstLayout {
  /** graphSignature of the graph laid out. */
  signature: string;
  box: { width: number; height: number };
  positions: [id: string, x: number, y: number][];
}

/** Which nodes and links a graph has, in order: two graphs with one signature lay out alike. */
export function graphSignature(graph: Graph): string {
  const nodes = graph.nodes.map((node) => node.id).join('\u0001');
  const links = graph.links.map((link) => link.id).join('\u0001');
  return `${nodes}\u0000${links}`;
}

/** The layout box for a graph: sized for the unfiltered graph, so filtering never moves the frame. */
export function layoutBox(fullGraph: Graph, area: { width: number; height: number }) {
  return layoutExtent(fullGraph, area.width, area.height);
}

/**
 * The area every scene is laid out in while presenting, and in the handout and the
 * PowerPoint: one layout of the scene's whole dataset, whatever the screen, so each output
 * shows the same arrangement and only frames it for its own size.
 */
export const SCENE_LAYOUT_AREA = { width: 1200, height: 900 };

export function sceneLayoutOptions(fullGraph: Graph) {
  return { ...layoutBox(fullGraph, SCENE_LAYOUT_AREA), seed: LAYOUT_SEED };
}
