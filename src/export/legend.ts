/** What a legend must explain for a given graph: only the kinds, roles and polarities present. */
import type { Graph } from '../graph/buildGraph';
import {
  ACTOR_KIND_STYLES,
  POLARITIES,
  POLARITY_STYLES,
  ROLES,
  ROLE_STYLES,
  type Glyph,
  type Polarity,
  type Role,
} from '../data/vocabulary';

export interface LegendItems {
  polarities: Polarity[];
  /** One entry per glyph drawn; kinds sharing a glyph share an entry. */
  glyphs: Array<{ glyph: Glyph; label: string }>;
  roles: Role[];
  /** Whether bloc membership lines are drawn. */
  membership: boolean;
}

export function legendItems(graph: Graph): LegendItems {
  const polarities = new Set<Polarity>();
  let membership = false;
  for (const link of graph.links) {
    if (link.polarity) polarities.add(link.polarity);
    if (link.kind === 'membership') membership = true;
  }
  const kindsByGlyph = new Map<Glyph, string[]>();
  const roles = new Set<Role>();
  for (const node of graph.nodes) {
    const style = ACTOR_KIND_STYLES[node.kind];
    const labels = kindsByGlyph.get(style.glyph) ?? [];
    if (!labels.includes(style.plural)) labels.push(style.plural);
    kindsByGlyph.set(style.glyph, labels);
    if (node.role) roles.add(node.role);
  }
  return {
    polarities: POLARITIES.filter((p) => polarities.has(p)),
    glyphs: [...kindsByGlyph].map(([glyph, labels]) => ({ glyph, label: labels.join(', ') })),
    roles: ROLES.filter((r) => roles.has(r)),
    membership,
  };
}

export function polarityLegendLabel(polarity: Polarity): string {
  const style = POLARITY_STYLES[polarity];
  return `${style.label} (${style.description})`;
}

export function roleLegendLabel(role: Role): string {
  return ROLE_STYLES[role].plural;
}
