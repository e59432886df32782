/** Which map element an event came from: shared by the map's handlers and the drag behaviour. */

export function nodeIdAt(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-node-id]') : null;
  return element?.getAttribute('data-node-id') ?? null;
}

export function linkIdAt(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-link-id]') : null;
  return element?.getAttribute('data-link-id') ?? null;
}
