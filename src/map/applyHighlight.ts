/**
 * Selection and hover highlight, written straight onto the elements React rendered:
 * `data-state` (and `aria-pressed`) on actors and stances, `data-hovered` on lines and
 * actors. Only attributes that change are touched, so selecting an actor on a
 * thousand-link map costs a pass over the elements rather than a thousand re-renders.
 */
import type { GraphLink } from '../graph/buildGraph';
import type { Selection } from '../state/uiStore';
import type { HighlightState } from './MapNode';

export function nodeState(
  id: string,
  selection: Selection | null,
  near: ReadonlySet<string> | null,
): HighlightState {
  if (!selection || !near) return 'idle';
  if (selection.kind === 'actor' && selection.id === id) return 'selected';
  return near.has(id) ? 'related' : 'dimmed';
}

export function linkState(link: GraphLink, selection: Selection | null): HighlightState {
  if (!selection) return 'idle';
  if (selection.kind === 'stance') return link.stanceId === selection.id ? 'selected' : 'dimmed';
  return link.source === selection.id || link.target === selection.id ? 'related' : 'dimmed';
}

function setAttribute(element: Element, name: string, value: string | null) {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

export interface HighlightInput {
  selection: Selection | null;
  near: ReadonlySet<string> | null;
  /** A hovered actor or stance id. */
  hovered: string | null;
  /** `hovered` when it is an actor of this graph. */
  hoveredNode: string | null;
  linksById: ReadonlyMap<string, GraphLink>;
}

export function applyHighlight(root: Element, input: HighlightInput): void {
  const { selection, near, hovered, hoveredNode, linksById } = input;
  for (const element of root.querySelectorAll('[data-node-id]')) {
    const id = element.getAttribute('data-node-id')!;
    const state = nodeState(id, selection, near);
    setAttribute(element, 'data-state', state);
    setAttribute(element, 'aria-pressed', String(state === 'selected'));
    setAttribute(element, 'data-hovered', id === hovered ? 'true' : null);
  }
  for (const element of root.querySelectorAll('[data-line-id]')) {
    const link = linksById.get(element.getAttribute('data-line-id')!);
    if (!link) continue;
    setAttribute(element, 'data-state', linkState(link, selection));
    const lit =
      link.kind === 'stance' &&
      !!hovered &&
      (link.stanceId === hovered || link.source === hoveredNode || link.target === hoveredNode);
    setAttribute(element, 'data-hovered', lit ? 'true' : null);
  }
  for (const element of root.querySelectorAll('[data-hit-id]')) {
    const link = linksById.get(element.getAttribute('data-hit-id')!);
    if (!link) continue;
    const state = linkState(link, selection);
    setAttribute(element, 'data-state', state);
    setAttribute(element, 'aria-pressed', String(state === 'selected'));
  }
}
