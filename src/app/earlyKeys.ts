/**
 * The shortcuts' code loads just after the first paint (see Workspace); a key pressed
 * before it is in is kept here, and the shortcuts take it when they start.
 */
let kept: KeyboardEvent | null = null;
let stop: (() => void) | null = null;

export function keepEarlyKeys(): void {
  if (stop) return;
  const keep = (event: KeyboardEvent) => {
    kept = event;
  };
  window.addEventListener('keydown', keep);
  stop = () => window.removeEventListener('keydown', keep);
}

/** Stop keeping keys and return the last one pressed meanwhile, if any. */
export function takeEarlyKey(): KeyboardEvent | null {
  stop?.();
  stop = null;
  const key = kept;
  kept = null;
  return key;
}
