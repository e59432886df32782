/** Where datasets live; small on purpose, as the boot code that starts fetching early uses it. */

export const DEFAULT_DATASET = 'astana-22';

export function datasetUrl(file: string): string {
  // Relative to the page so the app works from any base path (and from file-served builds).
  return new URL(`data/${file}`, document.baseURI).toString();
}
