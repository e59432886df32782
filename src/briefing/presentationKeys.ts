/**
 * Which key does what while presenting. Presentation clickers send PageDown/PageUp (most)
 * or the arrow keys; some send "." or "b" for a blank screen, which we ignore.
 */
export type PresentationMove = 'next' | 'previous' | 'first' | 'last' | 'leave';

export function presentationKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): PresentationMove | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as { tagName?: string } | null;
  const onButton = target?.tagName === 'BUTTON' || target?.tagName === 'A';
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      // Space on a focused button presses that button instead.
      if (onButton) return null;
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
