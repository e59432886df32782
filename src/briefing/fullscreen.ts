/** Full screen for presenting; the Present button and the "p" key ask for it inside the gesture. */

/** Full screen if the browser allows it; refusal (no user gesture, iframe policy) is fine. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}
