/**
 * Lookups derived once per dataset: actors by id, roles from participants, blocs by
 * their member set. Pure; memoise per dataset in the view.
 */
import type { Actor, Dataset, Stance, Topic } from '../data/schema';
import type { Role } from '../data/vocabulary';

export interface DatasetIndex {
  dataset: Dataset;
  actorsById: Map<string, Actor>;
  topicsById: Map<string, Topic>;
  stancesById: Map<string, Stance>;
  /** Role in the meeting, from the first document that lists the actor as a participant. */
  roleOf: Map<string, Role>;
  /** A bloc whose members are exactly these actors, keyed by sorted member ids. */
  blocByMembers: Map<string, Actor>;
  /** For each member, the blocs it belongs to. */
  blocsOfMember: Map<string, Actor[]>;
}

export function memberKey(ids: readonly string[]): string {
  return [...ids].sort().join('\u0000');
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const roleOf = new Map<string, Role>();
  for (const document of dataset.documents) {
    for (const participant of document.participants) {
      if (!roleOf.has(participant.actor)) roleOf.set(participant.actor, participant.role);
    }
  }
  const blocByMembers = new Map<string, Actor>();
  const blocsOfMember = new Map<string, Actor[]>();
  for (const actor of dataset.actors) {
    if (!actor.members?.length) continue;
    blocByMembers.set(memberKey(actor.members), actor);
    for (const member of actor.members) {
      blocsOfMember.set(member, [...(blocsOfMember.get(member) ?? []), actor]);
    }
  }
  return {
    dataset,
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    topicsById: new Map(dataset.topics.map((topic) => [topic.id, topic])),
    stancesById: new Map(dataset.stances.map((stance) => [stance.id, stance])),
    roleOf,
    blocByMembers,
    blocsOfMember,
  };
}

/** The bloc that speaks for this stance in bloc mode, if its signatories are exactly a bloc. */
export function blocFor(index: DatasetIndex, stance: Stance): Actor | undefined {
  if (stance.from.length < 2) return undefined;
  return index.blocByMembers.get(memberKey(stance.from));
}
