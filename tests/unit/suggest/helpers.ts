import type { Actor, Topic } from '../../../src/data/schema';
import type { ActorKind } from '../../../src/data/vocabulary';
import { suggestStances } from '../../../src/suggest';
import type { Suggestion } from '../../../src/suggest';

export function actor(
  id: string,
  name: string,
  kind: ActorKind = 'state',
  extra: Partial<Actor> = {},
): Actor {
  return { id, name, kind, aliases: [], ...extra };
}

export const ACTORS: Actor[] = [
  actor('guarantors', 'Guarantors', 'bloc', {
    aliases: ['guarantor countries'],
    members: ['turkiye', 'russia', 'iran'],
  }),
  actor('turkiye', 'Türkiye', 'state', { aliases: ['Turkey'] }),
  actor('russia', 'Russia'),
  actor('iran', 'Iran'),
  actor('israel', 'Israel'),
  actor('gaza', 'Gaza', 'place'),
  actor('lebanon', 'Lebanon', 'state'),
  actor('syria', 'Syria'),
  actor('unhcr', 'UN High Commissioner for Refugees', 'un-body', { shortName: 'UNHCR' }),
  actor('un-agencies', 'UN agencies', 'un-body'),
  actor('humanitarian-organizations', 'Humanitarian organizations', 'organization'),
  actor('international-community', 'International community', 'unnamed'),
  actor('unsc', 'UN Security Council', 'un-body'),
  actor('tusas', 'Attack on the TUSAŞ building', 'event', { aliases: ['TUSAŞ'] }),
];

export const TOPICS: Topic[] = [
  { id: 'gaza', label: 'Gaza', description: 'The war in Gaza.' },
  {
    id: 'strikes',
    label: 'Israeli strikes on Syria',
    description: 'Israeli military attacks on Syria.',
  },
];

export function suggest(
  text: string,
  actors: Actor[] = ACTORS,
  topics: Topic[] = TOPICS,
): Suggestion[] {
  return suggestStances(text, { actors, topics });
}

/** "type → addressee" for compact assertions. */
export function pairs(suggestions: Suggestion[]): string[] {
  return suggestions.map((s) => `${s.type} → ${s.to.known ? s.to.id : `new:${s.to.name}`}`);
}

export function speakersOf(s: Suggestion | undefined): string[] {
  return (s?.from ?? []).map((r) => (r.known ? r.id : `new:${r.name}`));
}
