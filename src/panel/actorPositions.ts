/**
 * An actor's positions for the Details panel: the stances it takes and the stances
 * taken toward it, grouped by topic. Pure.
 */
import type { Stance, Topic } from '../data/schema';
import { blocFor, type DatasetIndex } from '../graph/datasetIndex';

export type Involvement = 'takes' | 'receives';

export interface Position {
  stance: Stance;
  involvement: Involvement;
  /** Set when the actor is involved through a bloc it belongs to or speaks for. */
  via: string | null;
  /** The stance's other topics, shown beside it (each stance is listed once). */
  otherTopics: string[];
}

export interface TopicGroup {
  topic: Topic;
  positions: Position[];
}

/**
 * How an actor is involved in a stance, or null. A bloc takes the stances its members
 * sign together; a member receives the stances addressed to its bloc.
 */
export function involvementOf(
  index: DatasetIndex,
  actorId: string,
  stance: Stance,
): { involvement: Involvement; via: string | null } | null {
  if (stance.from.includes(actorId)) return { involvement: 'takes', via: null };
  if (stance.to === actorId) return { involvement: 'receives', via: null };
  const bloc = blocFor(index, stance);
  if (bloc?.id === actorId) return { involvement: 'takes', via: null };
  const blocs = index.blocsOfMember.get(actorId) ?? [];
  const target = blocs.find((candidate) => candidate.id === stance.to);
  if (target) return { involvement: 'receives', via: target.id };
  return null;
}

/** The topic a stance is listed under: its first topic among the active ones, else its first. */
export function primaryTopic(stance: Stance, activeTopics: readonly string[]): string {
  if (activeTopics.length) {
    const active = stance.topics.find((topic) => activeTopics.includes(topic));
    if (active) return active;
  }
  return stance.topics[0]!;
}

/** Involving stances among `stances`, grouped by primary topic in the dataset's topic order. */
export function actorPositions(
  index: DatasetIndex,
  actorId: string,
  stances: readonly Stance[],
  activeTopics: readonly string[] = [],
): TopicGroup[] {
  const byTopic = new Map<string, Position[]>();
  for (const stance of stances) {
    const found = involvementOf(index, actorId, stance);
    if (!found) continue;
    const topic = primaryTopic(stance, activeTopics);
    const position: Position = {
      stance,
      ...found,
      otherTopics: stance.topics.filter((other) => other !== topic),
    };
    const list = byTopic.get(topic);
    if (list) list.push(position);
    else byTopic.set(topic, [position]);
  }
  const groups: TopicGroup[] = [];
  for (const topic of index.dataset.topics) {
    const positions = byTopic.get(topic.id);
    if (!positions) continue;
    // Stances taken first, then stances toward the actor; dataset order within each.
    positions.sort(
      (a, b) => Number(a.involvement === 'receives') - Number(b.involvement === 'receives'),
    );
    groups.push({ topic, positions });
  }
  return groups;
}

/** How many of the dataset's stances involve the actor (to tell how many filters hide). */
export function countInvolving(index: DatasetIndex, actorId: string): number {
  return index.dataset.stances.filter((stance) => involvementOf(index, actorId, stance)).length;
}

export interface ShownGroup extends TopicGroup {
  /** How many positions the group has in all (its `positions` may be the first few). */
  total: number;
  /** The index of its first position in the whole list (for focus after "Show more"). */
  offset: number;
}

/** The first `count` positions across the groups, in order: the groups a cut list shows. */
export function firstPositions(groups: readonly TopicGroup[], count: number): ShownGroup[] {
  const shown: ShownGroup[] = [];
  let offset = 0;
  for (const group of groups) {
    const room = count - offset;
    if (room <= 0) break;
    shown.push({
      ...group,
      positions: group.positions.length <= room ? group.positions : group.positions.slice(0, room),
      total: group.positions.length,
      offset,
    });
    offset += group.positions.length;
  }
  return shown;
}
