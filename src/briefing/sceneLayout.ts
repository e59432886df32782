/**
 * Where a scene's actors stand, and how a frame of a given size shows them: one function
 * for the presentation (the map engine lays scenes out with the same sceneLayoutOptions),
 * the handout and the PowerPoint, so each shows the arrangement the room saw. Pure.
 */
import type { JointMode, Scene } from '../data/schema';
import { buildGraph, type Graph } from '../graph/buildGraph';
import type { DatasetIndex } from '../graph/datasetIndex';
import { NO_FILTERS } from '../graph/filters';
import { computeLayout, type Positions } from '../layout/computeLayout';
import { sceneLayoutOptions } from '../layout/firstLayout';
import { placeLabels, type LabelSide } from '../layout/labelPlacement';
import { compactArrangement } from '../layout/compactArrangement';
import { fitTransform, sidedBoxes, zoomAboutCentre, type Transform } from '../layout/layoutFrame';
import { nodeOuterRadius } from '../map/createMapEngine';
import { clampScale } from '../map/camera';
import { presentationFraming, sceneViewState, type Framing } from './scenes';

/** The map engine's framing (createMapEngine): padding and the largest zoom on a focus. */
export const SCENE_FIT_PADDING = 28;
const FOCUS_MAX_SCALE = 2.4;

export interface SceneLayout {
  graph: Graph;
  positions: Positions;
  labelSides: Map<string, LabelSide>;
  framing: Framing;
}

const fullLayouts = new WeakMap<DatasetIndex, Map<JointMode, Positions>>();

/** The whole dataset laid out once per joint mode: every scene takes its actors' places from it. */
function fullLayout(index: DatasetIndex, joint: JointMode): Positions {
  let byJoint = fullLayouts.get(index);
  if (!byJoint) fullLayouts.set(index, (byJoint = new Map()));
  let positions = byJoint.get(joint);
  if (!positions) {
    const full = buildGraph(index, { filters: NO_FILTERS, joint });
    positions = computeLayout(full, sceneLayoutOptions(full));
    byJoint.set(joint, positions);
  }
  return positions;
}

export function sceneLayout(index: DatasetIndex, scene: Scene): SceneLayout {
  const view = sceneViewState(scene.view);
  const graph = buildGraph(index, { filters: view.filters, joint: view.joint });
  const all = fullLayout(index, view.joint);
  const placed: Positions = new Map();
  for (const node of graph.nodes) {
    const at = all.get(node.id);
    if (at) placed.set(node.id, at);
  }
  const positions = compactArrangement(graph, placed);
  return {
    graph,
    positions,
    labelSides: placeLabels(graph, positions),
    framing: presentationFraming(index, scene),
  };
}

/** The camera for a scene in a width × height frame, as the presenting map frames it. */
export function sceneTransform(
  layout: SceneLayout,
  width: number,
  height: number,
  padding = SCENE_FIT_PADDING,
): Transform {
  const { graph, positions, framing } = layout;
  const focus = new Set(framing.focus ?? []);
  const chosen = new Map([...positions].filter(([id]) => !focus.size || focus.has(id)));
  const radii = new Map(graph.nodes.map((node) => [node.id, nodeOuterRadius(node)]));
  const fit = fitTransform(chosen.size ? chosen : positions, radii, width, height, padding, {
    boxes: sidedBoxes(graph, layout.labelSides),
    maxScale: FOCUS_MAX_SCALE,
  });
  return zoomAboutCentre(fit, framing.zoom, width, height, clampScale);
}
