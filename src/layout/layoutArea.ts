/**
 * The area the first layout is shaped for, from the window's size alone, so the layout
 * can be computed (in a worker, see src/boot/) while the page's code is still loading,
 * before anything is laid out. It follows the workspace grid in styles.css; the camera
 * then fits the result into the map's real size, so a few pixels off cost nothing.
 */

/** The desktop header: one row. */
const HEADER_HEIGHT = 78;
/** At most this wide, the workspace stacks (see the 900 px breakpoint in styles.css). */
const STACKED_MAX_WIDTH = 900;
/** Filter rail plus details column, widest layout and from 901 to 1200 px. */
const SIDE_COLUMNS_WIDE = 236 + 380;
const SIDE_COLUMNS_MEDIUM = 200 + 320;
const EMBED_PANEL_WIDTH = 360;
/** Stacked: the wrapped header, the folded filter bar and the details handle. */
const STACKED_CHROME = 250;
const STACKED_EMBED_CHROME = 125;

export function nominalMapArea(
  windowWidth: number,
  windowHeight: number,
  embed: boolean,
): { width: number; height: number } {
  const fit = (width: number, height: number) => ({
    width: Math.max(1, Math.round(width)),
    height: Math.max(1, Math.round(height)),
  });
  if (windowWidth <= STACKED_MAX_WIDTH) {
    return fit(windowWidth, windowHeight - (embed ? STACKED_EMBED_CHROME : STACKED_CHROME));
  }
  const sides = embed
    ? EMBED_PANEL_WIDTH
    : windowWidth > 1200
      ? SIDE_COLUMNS_WIDE
      : SIDE_COLUMNS_MEDIUM;
  return fit(windowWidth - sides, windowHeight - HEADER_HEIGHT);
}
