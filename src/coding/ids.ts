/** Readable, unique ids for what the analyst creates (actors, topics, stances, documents). */

const ID_MAX = 60;

/** "Türkiye’s Foreign Ministry" → "turkiyes-foreign-ministry"; never empty. */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_MAX)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The slug itself when free, else the slug with the first free "-2", "-3", … */
export function uniqueId(base: string, taken: ReadonlySet<string> | readonly string[]): string {
  const used = taken instanceof Set ? taken : new Set(taken as readonly string[]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
