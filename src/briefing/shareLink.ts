/**
 * Links that reproduce what is on screen, and the embed snippet. Pure: the page address,
 * the view and the camera in, strings out.
 */
import { escapeXml } from '../export/escapeXml';
import type { Graph } from '../graph/buildGraph';
import type { Point } from '../map/geometry';
import type { UiState } from '../state/uiStore';
import { serializeUrlState, urlStateFrom } from '../url/urlState';

export interface Camera {
  focus: string[] | null;
  zoom: number;
}

export interface ViewportLike {
  positions: ReadonlyMap<string, Point>;
  transform: { x: number; y: number; k: number };
  width: number;
  height: number;
}

/**
 * The camera that reproduces a viewport: the visible actors whose centres are on
 * screen, or null (frame everything) when they all are. Falls back to the store's intent.
 */
export function cameraFromViewport(
  graph: Graph,
  viewport: ViewportLike | null,
  intent: Camera,
): Camera {
  if (!viewport || viewport.width <= 0 || viewport.height <= 0) return intent;
  const { transform: t, width, height, positions } = viewport;
  const inside: string[] = [];
  let placed = 0;
  for (const node of graph.nodes) {
    const at = positions.get(node.id);
    if (!at) continue;
    placed++;
    const x = t.k * at.x + t.x;
    const y = t.k * at.y + t.y;
    if (x >= 0 && x <= width && y >= 0 && y <= height) inside.push(node.id);
  }
  if (placed === 0) return intent;
  if (inside.length === placed || inside.length === 0) return { focus: null, zoom: 1 };
  return { focus: inside, zoom: 1 };
}

export function shareUrl(
  href: string,
  state: Pick<UiState, 'selection' | 'filters' | 'view' | 'joint' | 'sceneId'>,
  {
    data,
    src = null,
    camera,
    embed = false,
  }: { data: string | null; src?: string | null; camera: Camera; embed?: boolean },
): string {
  const url = new URL(href);
  // Keep parameters this app does not own; drop one-off modes.
  const keep = new URLSearchParams(url.search);
  keep.delete('handout');
  url.search = serializeUrlState(
    urlStateFrom(state, { data, src, embed, focus: camera.focus, zoom: camera.zoom }),
    keep.toString(),
  );
  url.hash = '';
  return url.toString();
}

/** An <iframe> for an intranet page: read-only view of the same link. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" width="100%" height="640" style="border:1px solid #d9d9d4" loading="lazy"></iframe>`;
}
