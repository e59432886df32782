/**
 * "Save briefing as a file": one `.html` that holds the offline build of the app (its
 * script and styles inline), the dataset with every scene of the briefing, and a
 * Content-Security-Policy that lets only that script run, and nothing load from
 * elsewhere. It opens from disk with no network. Pure: strings in, a string out.
 */
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

/* ------------------------------------------------------------------ SHA-256 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * SHA-256 of the text's UTF-8 bytes, in base64 (as a CSP hash source wants it). Written
 * out rather than taken from crypto.subtle, which pages served over plain http lack.
 */
export function sha256Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const choice = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + choice + K[i]! + w[i]!) >>> 0;
      const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + majority) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => (h[i] = (h[i]! + value) >>> 0));
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  h.forEach((word, i) => out.setUint32(i * 4, word));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}
