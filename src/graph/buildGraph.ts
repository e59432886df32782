/**
 * Dataset + filters + joint mode → the nodes and links to draw. Pure: the map, the
 * table, the counts and the exports all read the same Graph, so they always agree.
 */
import type { Actor, JointMode, Stance } from '../data/schema';
import {
  STANCE_TYPES,
  type ActorKind,
  type Polarity,
  type Role,
  type StanceTypeId,
} from '../data/vocabulary';
import { blocFor, type DatasetIndex } from './datasetIndex';
import { hasActiveFilters, type Filters } from './filters';
import { signatorySentence, stanceSentence } from './sentences';

export interface GraphNode {
  id: string;
  actor: Actor;
  /** Short label for the map. */
  label: string;
  kind: ActorKind;
  role: Role | null;
  /** Visible stances this actor takes or receives as drawn (in bloc mode the bloc takes them, not its members). */
  stanceCount: number;
  /** Radius of the glyph in map units; within a narrow range so small actors stay clickable. */
  radius: number;
}

export interface GraphLink {
  /** Unique per drawn link: the stance id, or stance id + signatory in separate mode. */
  id: string;
  kind: 'stance' | 'membership';
  stanceId: string | null;
  source: string;
  target: string;
  type: StanceTypeId | null;
  polarity: Polarity | null;
  /** Accessible name and tooltip. */
  sentence: string;
  /** Position among the links joining the same two nodes, to draw them as separate curves. */
  pairIndex: number;
  pairCount: number;
}

export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The stances that pass the filters, in dataset order. */
  stances: Stance[];
  counts: { actors: number; stances: number; evidence: number; links: number };
}

export interface GraphOptions {
  filters: Filters;
  joint: JointMode;
}

export const MIN_RADIUS = 12;
export const MAX_RADIUS = 26;

export function stancePassesFilters(
  index: DatasetIndex,
  stance: Stance,
  filters: Filters,
): boolean {
  if (filters.topics.length && !stance.topics.some((topic) => filters.topics.includes(topic)))
    return false;
  const type = STANCE_TYPES[stance.type];
  if (filters.polarities.length && !filters.polarities.includes(type.polarity)) return false;
  if (filters.types.length && !filters.types.includes(stance.type)) return false;
  const documents = filters.documents;
  if (documents?.length && !stance.evidence.some((span) => documents.includes(span.document)))
    return false;
  if (filters.roles.length) {
    const involved = [...stance.from, stance.to];
    const bloc = blocFor(index, stance);
    if (bloc) involved.push(bloc.id);
    if (!involved.some((id) => filters.roles.includes(index.roleOf.get(id) ?? 'other')))
      return false;
  }
  return true;
}

export function visibleStances(index: DatasetIndex, filters: Filters): Stance[] {
  return index.dataset.stances.filter((stance) => stancePassesFilters(index, stance, filters));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * The stance count drawn at full size: the largest count itself up to 10, above that
 * rounded up to a step of 1, 2 or 5 times a power of ten, about a tenth of it (37 → 40,
 * 289 → 300). While coding, one stance more for the busiest actor then seldom resizes
 * every actor, which would move every link's ends and redraw the whole map.
 */
export function sizeScaleTop(largest: number): number {
  if (largest <= 10) return Math.max(1, largest);
  const rough = largest / 10;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((size) => size >= rough)!;
  return Math.ceil(largest / step) * step;
}

export function buildGraph(index: DatasetIndex, { filters, joint }: GraphOptions): Graph {
  const stances = visibleStances(index, filters);
  const links: GraphLink[] = [];
  const stanceCount = new Map<string, number>();
  const bump = (id: string) => stanceCount.set(id, (stanceCount.get(id) ?? 0) + 1);
  const blocsInUse = new Set<string>();

  for (const stance of stances) {
    const type = STANCE_TYPES[stance.type];
    const bloc = joint === 'bloc' ? blocFor(index, stance) : undefined;
    const base = {
      kind: 'stance' as const,
      stanceId: stance.id,
      target: stance.to,
      type: stance.type,
      polarity: type.polarity,
      pairIndex: 0,
      pairCount: 1,
    };
    if (bloc) {
      blocsInUse.add(bloc.id);
      links.push({
        ...base,
        id: stance.id,
        source: bloc.id,
        sentence: stanceSentence(index, stance, 'bloc'),
      });
      bump(bloc.id);
    } else if (stance.from.length === 1) {
      links.push({
        ...base,
        id: stance.id,
        source: stance.from[0]!,
        sentence: stanceSentence(index, stance),
      });
    } else {
      // A signatory that is also the addressee gets no link to itself; the others still draw theirs.
      for (const signatory of stance.from.filter((id) => id !== stance.to)) {
        links.push({
          ...base,
          id: `${stance.id}~${signatory}`,
          source: signatory,
          sentence: signatorySentence(index, stance, signatory),
        });
      }
    }
    // In bloc mode the bloc takes the stance; its members are not sized by it twice over.
    if (!bloc) for (const id of stance.from) bump(id);
    bump(stance.to);
  }

  for (const blocId of blocsInUse) {
    const bloc = index.actorsById.get(blocId)!;
    for (const member of bloc.members ?? []) {
      links.push({
        id: `member:${blocId}~${member}`,
        kind: 'membership',
        stanceId: null,
        source: blocId,
        target: member,
        type: null,
        polarity: null,
        sentence: `${index.actorsById.get(member)?.name ?? member} is a member of ${bloc.name}`,
        pairIndex: 0,
        pairCount: 1,
      });
    }
  }

  // Several links between the same two nodes are drawn as separate curves.
  const pairs = new Map<string, GraphLink[]>();
  for (const link of links) {
    const key = pairKey(link.source, link.target);
    const group = pairs.get(key);
    if (group) group.push(link);
    else pairs.set(key, [link]);
  }
  for (const group of pairs.values()) {
    group.forEach((link, i) => {
      link.pairIndex = i;
      link.pairCount = group.length;
    });
  }

  const linked = new Set<string>();
  for (const link of links) {
    linked.add(link.source);
    linked.add(link.target);
  }
  // Unfiltered, every actor shows (participants without stances included); filtered, only linked ones.
  const showAll = !hasActiveFilters(filters);
  const fullSizeCount = sizeScaleTop(Math.max(0, ...stanceCount.values()));
  const nodes: GraphNode[] = [];
  for (const actor of index.dataset.actors) {
    const isIdleBloc =
      !!actor.members?.length && !blocsInUse.has(actor.id) && !stanceCount.has(actor.id);
    if (!linked.has(actor.id) && (!showAll || isIdleBloc)) continue;
    const count = stanceCount.get(actor.id) ?? 0;
    nodes.push({
      id: actor.id,
      actor,
      label: actor.shortName ?? actor.name,
      kind: actor.kind,
      role: index.roleOf.get(actor.id) ?? null,
      stanceCount: count,
      radius: MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(count / fullSizeCount),
    });
  }

  return {
    nodes,
    links,
    stances,
    counts: {
      actors: nodes.length,
      stances: stances.length,
      evidence: stances.reduce((sum, stance) => sum + stance.evidence.length, 0),
      links: links.filter((link) => link.kind === 'stance').length,
    },
  };
}

/** Topic id → number of stances with that topic among those passing the other filters. */
export function topicCounts(index: DatasetIndex, filters: Filters): Map<string, number> {
  const others = { ...filters, topics: [] };
  const counts = new Map<string, number>(index.dataset.topics.map((topic) => [topic.id, 0]));
  for (const stance of visibleStances(index, others)) {
    for (const topic of stance.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return counts;
}

/** Actor ids within one step of the selection, for highlighting its neighbourhood. */
export function neighbourhood(
  graph: Graph,
  selection: { kind: 'actor' | 'stance'; id: string } | null,
): Set<string> | null {
  if (!selection) return null;
  const ids = new Set<string>();
  if (selection.kind === 'actor') {
    ids.add(selection.id);
    for (const link of graph.links) {
      if (link.source === selection.id) ids.add(link.target);
      if (link.target === selection.id) ids.add(link.source);
    }
  } else {
    for (const link of graph.links) {
      if (link.stanceId === selection.id) {
        ids.add(link.source);
        ids.add(link.target);
      }
    }
  }
  return ids;
}
