/**
 * What goes into an export of the current view or of a scene: the same Graph the screen
 * draws, positioned as on screen (or laid out like the map does, for scenes not on
 * screen), with a title, caption, legend and source line. Pure.
 */
import type { Scene } from '../data/schema';
import { ROLE_STYLES, STANCE_TYPES, POLARITY_STYLES } from '../data/vocabulary';
import { buildGraph, type Graph } from '../graph/buildGraph';
import type { DatasetIndex } from '../graph/datasetIndex';
import type { Filters } from '../graph/filters';
import { stanceSentence } from '../graph/sentences';
import { computeLayout } from '../layout/computeLayout';
import { layoutExtent, type Transform } from '../layout/layoutFrame';
import type { Point } from '../map/geometry';
import type { Selection, UiState } from '../state/uiStore';
import { sceneViewState } from '../briefing/scenes';
import { fitGraph, type ExportSvgInput } from './buildExportSvg';
import { legendItems } from './legend';
import { eventLine, exportDateLine, sourceLine } from './sourceLine';

/** What the map reports about itself (src/map/mapSnapshot.ts). */
export interface MapSnapshotLike {
  positions: ReadonlyMap<string, Point>;
  transform: Transform;
  width: number;
  height: number;
}

/** Map size used when the map is not on screen (table view, handout). */
export const DEFAULT_EXPORT_SIZE = { width: 1200, height: 760 };

/** "Topics: Gaza · Negative stances · Selected: Israel" — what the filters keep. */
export function describeView(
  index: DatasetIndex,
  filters: Filters,
  selection: Selection | null,
): string | null {
  const parts: string[] = [];
  if (filters.topics.length)
    parts.push(
      `Topics: ${filters.topics.map((id) => index.topicsById.get(id)?.label ?? id).join(', ')}`,
    );
  if (filters.polarities.length)
    parts.push(
      `Polarity: ${filters.polarities.map((p) => POLARITY_STYLES[p].label.toLowerCase()).join(', ')}`,
    );
  if (filters.types.length)
    parts.push(`Stance: ${filters.types.map((t) => STANCE_TYPES[t].label).join(', ')}`);
  if (filters.roles.length)
    parts.push(
      `Involving: ${filters.roles.map((r) => ROLE_STYLES[r].plural.toLowerCase()).join(', ')}`,
    );
  if (filters.documents?.length) {
    const titles = filters.documents.map(
      (id) => index.dataset.documents.find((doc) => doc.id === id)?.title ?? id,
    );
    parts.push(`From: ${titles.join(', ')}`);
  }
  if (selection?.kind === 'actor')
    parts.push(`Selected: ${index.actorsById.get(selection.id)?.name ?? selection.id}`);
  if (selection?.kind === 'stance') {
    const stance = index.stancesById.get(selection.id);
    if (stance) parts.push(`Selected: ${stanceSentence(index, stance)}`);
  }
  return parts.length ? parts.join(' · ') : null;
}

function common(index: DatasetIndex, graph: Graph, now: Date) {
  return {
    kicker: `${index.dataset.title} · ${eventLine(index.dataset)}`,
    legend: legendItems(graph),
    sourceLine: sourceLine(index.dataset),
    exportDate: exportDateLine(now),
  };
}

/** The current view as on screen: the map's own positions, transform and size. */
export function currentViewExport({
  index,
  graph,
  state,
  scene,
  snapshot,
  now,
}: {
  index: DatasetIndex;
  graph: Graph;
  state: Pick<UiState, 'selection' | 'filters'>;
  scene: Scene | null;
  snapshot: MapSnapshotLike | null;
  now: Date;
}): ExportSvgInput {
  const size =
    snapshot && snapshot.width > 0 && snapshot.height > 0 ? snapshot : DEFAULT_EXPORT_SIZE;
  let positions: ReadonlyMap<string, Point>;
  let transform: Transform | undefined;
  // Every visible node needs a place; a snapshot from before a filter change may lack some.
  if (snapshot && graph.nodes.every((node) => snapshot.positions.has(node.id))) {
    positions = snapshot.positions;
    transform = snapshot.transform;
  } else {
    positions = computeLayout(graph, { ...layoutExtent(graph, size.width, size.height), seed: 1 });
  }
  return {
    graph,
    positions,
    transform,
    width: size.width,
    height: size.height,
    title: scene?.title ?? index.dataset.title,
    caption: scene?.caption || describeView(index, state.filters, state.selection) || 'All stances',
    selection: state.selection,
    ...common(index, graph, now),
  };
}

/** A scene laid out as the map would show it, framed on its focus and zoom (handout). */
export function sceneExport({
  index,
  scene,
  now,
  size = DEFAULT_EXPORT_SIZE,
}: {
  index: DatasetIndex;
  scene: Scene;
  now: Date;
  size?: { width: number; height: number };
}): ExportSvgInput & { graph: Graph } {
  const view = sceneViewState(scene.view);
  const graph = buildGraph(index, { filters: view.filters, joint: view.joint });
  const positions = computeLayout(graph, {
    ...layoutExtent(graph, size.width, size.height),
    seed: 1,
  });
  // Framed as when presenting: a small scene is drawn large enough to read on paper.
  const focus = new Set(
    scene.view.focus?.length ? scene.view.focus : graph.nodes.map((node) => node.id),
  );
  const fitted = fitGraph(graph, positions, size.width, size.height, focus);
  const zoom = scene.view.zoom ?? 1;
  const transform: Transform = {
    k: fitted.k * zoom,
    x: zoom * fitted.x + (size.width / 2) * (1 - zoom),
    y: zoom * fitted.y + (size.height / 2) * (1 - zoom),
  };
  return {
    graph,
    positions,
    transform,
    width: size.width,
    height: size.height,
    title: scene.title,
    caption: scene.caption,
    selection: view.selection,
    ...common(index, graph, now),
  };
}
