/**
 * The boot script (src/boot/boot.js) goes into index.html inline, minified, and the page's
 * Content-Security-Policy allows exactly the inline scripts the page ends up with by their
 * SHA-256 hashes (in a build, the boot script alone): no other inline script can run, and
 * the page needs no request for it. As a file of its own it was a parser-blocking request
 * ahead of everything the first view fetches.
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

/** index.html with the boot script inline, minified. */
export function inlineBootScript(html: string, source: string): string {
  if (!html.includes(BOOT_SCRIPT_TAG)) throw new Error(`index.html has no ${BOOT_SCRIPT_TAG}`);
  const code = minifySync('boot.js', source).code.trim();
  if (code.includes('</script')) throw new Error('the boot script cannot contain </script');
  return html.replace(BOOT_SCRIPT_TAG, () => `<script>${code}</script>`);
}

/** The page's policy with a hash for each inline script the page holds, and nothing more. */
export function allowInlineScripts(html: string, { inlineStyles = false } = {}): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((code) => code.trim() !== '')
    .map(scriptHash);
  let policyFound = false;
  const result = html.replace(
    /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
    (_whole, start: string, policy: string) => {
      policyFound = true;
      let next = policy.replace(
        /script-src 'self'/,
        `script-src 'self' ${hashes.join(' ')}`.trim(),
      );
      if (next === policy && hashes.length) throw new Error("the policy has no script-src 'self'");
      if (inlineStyles) next = next.replace(/style-src 'self'/, `style-src 'self' 'unsafe-inline'`);
      return `${start}${next}"`;
    },
  );
  if (!policyFound) throw new Error('index.html has no Content-Security-Policy');
  return result;
}

export function bootScript(file: string): Plugin[] {
  return [
    {
      name: 'stance-map:boot-script',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => inlineBootScript(html, readFileSync(file, 'utf8')),
      },
    },
    {
      name: 'stance-map:inline-script-hashes',
      // Last, once every plugin has written its part of the page. The dev server adds an
      // inline script (React's refresh) and puts CSS in <style> elements: the policy
      // there allows both; a build has neither.
      transformIndexHtml: {
        order: 'post',
        handler: (html, context) => allowInlineScripts(html, { inlineStyles: !!context.server }),
      },
    },
  ];
}
