/**
 * "Save briefing as a file": one `.html` that holds the offline build of the app (its
 * script and styles inline), the dataset with every scene of the briefing, and a
 * Content-Security-Policy that lets only that script run, and nothing load from
 * elsewhere. It opens from disk with no network. Pure: strings in, a string out.
 */
import { base64, sha256 } from './sha256';
import type { Dataset, Scene } from '../data/schema';
import { EMBEDDED_DATASET_ELEMENT_ID } from '../data/embeddedDataset';
import { escapeXml } from './escapeXml';
import { mergeScenes } from '../briefing/scenes';

/** Where the running app finds the offline build (vite.config.ts emits both). */
export const OFFLINE_APP_FILES = {
  script: 'assets/offline-app.js',
  styles: 'assets/offline-app.css',
};
/** A briefing file is for a meeting room, not an archive: the dataset inside stays small. */
export const MAX_EMBEDDED_DATASET_BYTES = 1.5 * 1024 * 1024;

/** The dataset with the user's own scenes after the dataset's, ids kept unique. */
export function briefingDataset(dataset: Dataset, userScenes: readonly Scene[]): Dataset {
  const defaults = dataset.scenes ?? [];
  const { scenes } = mergeScenes(defaults, userScenes);
  return { ...dataset, scenes };
}

/**
 * JSON that is safe inside a `<script type="application/json">`: every `<` written as
 * `\u003c`, so no `</script>` or `<!--` in the data can end or bend the element.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A script that is safe inline: `</script` and `<!--` would end the element or change how
 * the HTML parser reads it. Escaped, they mean the same to JavaScript inside a string,
 * template or regular expression, the only places a bundle has them.
 */
export function scriptForInline(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function contentSecurityPolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    // React sets style attributes; styles cannot run code.
    "style-src 'unsafe-inline'",
    // Exports and the handout draw their maps as data: and blob: images.
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface OfflineFile {
  html: string;
  /** Size of the embedded dataset's JSON, in UTF-8 bytes. */
  datasetBytes: number;
}

export function buildOfflineHtml({
  script,
  styles,
  dataset,
  scriptHash,
}: {
  script: string;
  styles: string;
  dataset: Dataset;
  /** base64 SHA-256 of `scriptForInline(script)` (see sha256Base64). */
  scriptHash: string;
}): OfflineFile {
  const json = jsonForScriptElement(dataset);
  const datasetBytes = new TextEncoder().encode(json).length;
  if (datasetBytes > MAX_EMBEDDED_DATASET_BYTES)
    throw new Error(
      `the dataset is ${(datasetBytes / 1024 / 1024).toFixed(1)} MB; a briefing file holds at most 1.5 MB`,
    );
  const html =
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptHash)}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="Stance Map (saved briefing)">\n' +
    `<title>${escapeXml(dataset.title)} · briefing</title>\n` +
    // A stylesheet cannot close its element but by "</style": none in CSS we write.
    `<style>${styles.replace(/<\/(style)/gi, '<\\/$1')}</style>\n` +
    `<script type="application/json" id="${EMBEDDED_DATASET_ELEMENT_ID}">${json}</script>\n` +
    '</head>\n<body>\n<div id="root"></div>\n' +
    `<script>${script}</script>\n</body>\n</html>\n`;
  return { html, datasetBytes };
}

/** SHA-256 of the text's UTF-8 bytes, in base64 (as a CSP hash source wants it). */
export function sha256Base64(text: string): string {
  return base64(sha256(new TextEncoder().encode(text)));
}
