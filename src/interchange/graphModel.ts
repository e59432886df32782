/**
 * The network both Gephi formats carry: one node per actor, one directed edge per
 * stance and signatory (a joint stance by three states is three edges, each naming
 * the stance), every attribute typed. GEXF and GraphML only differ in how they spell
 * it. Pure.
 */
import type { Stance } from '../data/schema';
import { POLARITY_STYLES, ROLE_STYLES, stanceTypeOf } from '../data/vocabulary';
import type { DatasetIndex } from '../graph/datasetIndex';

export interface Point {
  x: number;
  y: number;
}

export type AttributeType = 'string' | 'integer' | 'double' | 'liststring' | 'listinteger';
export type AttributeValue = string | number | string[] | number[];

export interface AttributeSpec {
  id: string;
  title: string;
  type: AttributeType;
}

export const NODE_ATTRIBUTES = [
  { id: 'name', title: 'name', type: 'string' },
  { id: 'shortName', title: 'short name', type: 'string' },
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'role', title: 'role', type: 'string' },
  { id: 'aliases', title: 'aliases', type: 'liststring' },
  { id: 'members', title: 'members', type: 'liststring' },
] as const satisfies readonly AttributeSpec[];

export const EDGE_ATTRIBUTES = [
  { id: 'stance', title: 'stance', type: 'string' },
  { id: 'type', title: 'type', type: 'string' },
  { id: 'polarity', title: 'polarity', type: 'string' },
  { id: 'cameo', title: 'CAMEO code', type: 'string' },
  { id: 'plover', title: 'PLOVER category', type: 'string' },
  { id: 'topics', title: 'topics', type: 'liststring' },
  { id: 'signatories', title: 'signatories', type: 'liststring' },
  { id: 'summary', title: 'summary', type: 'string' },
  { id: 'quote', title: 'quote', type: 'liststring' },
  { id: 'document', title: 'document', type: 'liststring' },
  { id: 'start', title: 'start', type: 'listinteger' },
  { id: 'end', title: 'end', type: 'listinteger' },
  { id: 'attribution', title: 'attribution', type: 'liststring' },
] as const satisfies readonly AttributeSpec[];

export type NodeAttributeId = (typeof NODE_ATTRIBUTES)[number]['id'];
export type EdgeAttributeId = (typeof EDGE_ATTRIBUTES)[number]['id'];

export interface NetworkNode {
  id: string;
  label: string;
  attributes: Record<NodeAttributeId, AttributeValue>;
  color: string;
  position: Point | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  weight: number;
  color: string;
  attributes: Record<EdgeAttributeId, AttributeValue>;
}

export interface Network {
  title: string;
  description: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkInput {
  index: DatasetIndex;
  /** The stances to export: the current view's (filters applied) or all of them. */
  stances: readonly Stance[];
  /** Include every actor, not only those the stances touch (the whole dataset). */
  allActors?: boolean;
  /** Map positions, where the map has placed the actors. */
  positions?: ReadonlyMap<string, Point>;
}

const NO_ROLE_COLOR = '#6B6B6B';

/** Edge id: the stance id for a single signatory, "stance~actor" for each signatory of a joint one. */
export function edgeId(stance: Stance, signatory: string): string {
  return stance.from.length === 1 ? stance.id : `${stance.id}~${signatory}`;
}

export function buildNetwork({ index, stances, allActors, positions }: NetworkInput): Network {
  const { dataset } = index;
  const wanted = new Set<string>();
  if (allActors) dataset.actors.forEach((actor) => wanted.add(actor.id));
  for (const stance of stances) {
    stance.from.forEach((id) => wanted.add(id));
    wanted.add(stance.to);
  }
  const nodes: NetworkNode[] = dataset.actors
    .filter((actor) => wanted.has(actor.id))
    .map((actor) => {
      const role = index.roleOf.get(actor.id) ?? null;
      return {
        id: actor.id,
        label: actor.shortName ?? actor.name,
        color: role ? ROLE_STYLES[role].color : NO_ROLE_COLOR,
        position: positions?.get(actor.id) ?? null,
        attributes: {
          name: actor.name,
          shortName: actor.shortName ?? '',
          kind: actor.kind,
          role: role ?? '',
          aliases: [...actor.aliases],
          members: [...(actor.members ?? [])],
        },
      };
    });
  const edges: NetworkEdge[] = [];
  for (const stance of stances) {
    const type = stanceTypeOf(stance.type);
    for (const signatory of stance.from) {
      edges.push({
        id: edgeId(stance, signatory),
        source: signatory,
        target: stance.to,
        label: type.label,
        weight: 1,
        color: POLARITY_STYLES[type.polarity].color,
        attributes: {
          stance: stance.id,
          type: stance.type,
          polarity: type.polarity,
          cameo: type.cameo.code,
          plover: type.plover ?? '',
          topics: [...stance.topics],
          signatories: [...stance.from],
          summary: stance.summary,
          quote: stance.evidence.map((e) => e.quote),
          document: stance.evidence.map((e) => e.document),
          start: stance.evidence.map((e) => e.start),
          end: stance.evidence.map((e) => e.end),
          attribution: stance.evidence.map((e) => e.attribution),
        },
      });
    }
  }
  return {
    title: dataset.title,
    description: dataset.description,
    nodes,
    edges,
  };
}

/** "#D55E00" → [213, 94, 0]; anything else is grey. */
export function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return [107, 107, 107];
  const value = parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
