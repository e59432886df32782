/**
 * "Find an actor": match a query against actor names, short names and aliases,
 * ignoring case and diacritics ("turkiye" and "Turkey" both find Türkiye). Pure.
 */
import type { Actor } from '../data/schema';

export interface ActorMatch {
  actor: Actor;
  /** The name or alias that matched, when it is not the actor's name (shown as a hint). */
  matched: string | null;
  score: number;
}

/** Letters that do not decompose under NFD but that people type without their marks. */
const FOLD: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ħ: 'h',
  '’': "'",
  '‘': "'",
  '‐': '-',
  '‑': '-',
  '–': '-',
  '—': '-',
};

/** Lower case, without diacritics, with runs of white space as one space. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłđðøæœßþħ’‘‐‑–—]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}

/** 3: the whole name; 2: the name starts with the query; 1: a word starts with it; 0.5: inside. */
function scoreName(name: string, query: string): number {
  if (name === query) return 3;
  if (name.startsWith(query)) return 2;
  if (name.split(/[\s\-'(/]+/).some((word) => word.startsWith(query))) return 1;
  if (name.includes(query)) return 0.5;
  return 0;
}

export function searchActors(actors: readonly Actor[], query: string, limit = 8): ActorMatch[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const matches: ActorMatch[] = [];
  actors.forEach((actor) => {
    let best: ActorMatch | null = null;
    const names = [actor.name, actor.shortName, ...actor.aliases].filter(
      (name): name is string => !!name,
    );
    for (const name of names) {
      const quality = scoreName(normalizeForSearch(name), q);
      if (quality === 0) continue;
      // Names rank slightly above aliases with the same quality of match.
      const score = quality + (name === actor.name ? 0.1 : 0);
      if (!best || score > best.score)
        best = { actor, matched: name === actor.name ? null : name, score };
    }
    if (best) matches.push(best);
  });
  return matches
    .sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit);
}
