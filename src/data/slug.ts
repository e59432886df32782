/**
 * Readable ids and file names from free text, by one rule wherever they are made (coded
 * actors and topics, imported ones, scenes, library entries, downloads):
 * "Türkiye’s Foreign Ministry" → "turkiyes-foreign-ministry".
 */

/**
 * Marks dropped (after NFKD), apostrophes dropped, every other run of characters that
 * are not a-z or 0-9 one "-", cut to `max` characters; `fallback` when nothing is left.
 */
export function slugify(text: string, fallback = 'item', max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Hands out ids unique among `taken` and each other: "gaza", "gaza-2", "gaza-3", … */
export function uniqueIds(taken: Iterable<string> = []): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}

/** One id unique among `taken`: the wanted one when free, else the first free "-2", "-3", … */
export function uniqueId(wanted: string, taken: Iterable<string>): string {
  return uniqueIds(taken)(wanted);
}
