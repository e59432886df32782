/**
 * How tall a scene's map may be so that the scene fits one printed page, A4 or Letter.
 * Text is estimated, not measured (the handout is laid out before printing), so the
 * figures lean to the safe side. Pure.
 */

/** Printable area of the smaller of A4 and Letter within the handout's @page margins (mm). */
const PAGE = { width: 186, height: 250 };
/** The map's logical width (px); its height is what this module chooses. */
export const HANDOUT_MAP_WIDTH = 860;
export const HANDOUT_MAP_MAX_HEIGHT = 500;
const HANDOUT_MAP_MIN_HEIGHT = 240;

const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/** Millimetres of page the text of a scene takes: kicker, title, caption, quotes, footer. */
export function sceneTextHeight(title: string, caption: string, quotes: readonly string[]): number {
  const head = 6 + lines(title, 40) * 9.5 + 3 + (caption ? lines(caption, 85) * 6 + 4 : 0);
  const quoteBlock = quotes.reduce((sum, quote) => sum + lines(quote, 95) * 5.6 + 5.5 + 3.5, 0);
  return head + quoteBlock + 4 + 8;
}

/**
 * The map height (logical px) that leaves room for the text, given the legend's height
 * (logical px) under the map. Between a readable minimum and the usual maximum.
 */
export function handoutMapHeight(textHeightMm: number, legendHeight: number): number {
  const mmPerPx = PAGE.width / HANDOUT_MAP_WIDTH;
  const room = (PAGE.height - textHeightMm) / mmPerPx - legendHeight;
  return Math.round(Math.max(HANDOUT_MAP_MIN_HEIGHT, Math.min(HANDOUT_MAP_MAX_HEIGHT, room)));
}
