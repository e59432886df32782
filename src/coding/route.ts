/**
 * The Code view's address, read by App before anything else loads:
 *   ?code=new              start from a text (paste or open a file), or pick what to code
 *   ?code=new&from=NAME    the same, offering a copy of the bundled dataset NAME
 *   ?code=local:ID         code the library dataset ID (autosaved there)
 * Kept tiny: it is part of the first view's script.
 */
export type CodeRoute = { kind: 'new'; from: string | null } | { kind: 'local'; id: string };

export function parseCodeRoute(search: string): CodeRoute | null {
  const params = new URLSearchParams(search);
  const code = params.get('code');
  if (code === null) return null;
  const local = /^local:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(code);
  if (local) return { kind: 'local', id: local[1]! };
  const from = params.get('from');
  return { kind: 'new', from: from && /^[a-z0-9][a-z0-9-]{0,79}$/.test(from) ? from : null };
}

export function codeHref(route: CodeRoute): string {
  if (route.kind === 'local') return `?code=local:${route.id}`;
  return route.from ? `?code=new&from=${route.from}` : '?code=new';
}
