/**
 * The boot script (src/boot/boot.js) goes into index.html inline, minified, and the page's
 * Content-Security-Policy allows exactly it by its SHA-256 hash: no inline script other
 * than this one can run, and the page needs no request for it. As a file of its own it
 * was a parser-blocking request ahead of everything the first view fetches.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync, type Plugin } from 'vite';

/** The placeholder index.html keeps where the boot script goes. */
export const BOOT_SCRIPT_TAG = '<script src="./src/boot/boot.js"></script>';

/** The CSP source that allows this exact inline script. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** index.html with the boot script inline and its hash added to script-src. */
export function inlineBootScript(html: string, source: string): string {
  if (!html.includes(BOOT_SCRIPT_TAG)) throw new Error(`index.html has no ${BOOT_SCRIPT_TAG}`);
  const code = minifySync('boot.js', source).code.trim();
  if (code.includes('</script')) throw new Error('the boot script cannot contain </script');
  const withPolicy = html.replace(
    /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')/,
    `$1 ${scriptHash(code)}`,
  );
  if (withPolicy === html) throw new Error("index.html's policy has no script-src 'self'");
  return withPolicy.replace(BOOT_SCRIPT_TAG, () => `<script>${code}</script>`);
}

export function bootScript(file: string): Plugin {
  return {
    name: 'stance-map:boot-script',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => inlineBootScript(html, readFileSync(file, 'utf8')),
    },
  };
}
