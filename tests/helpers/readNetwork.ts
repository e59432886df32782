/**
 * Reading Stance Map's Gephi exports back, to check them: a graph parsed by
 * graphology-gexf or graphology-graphml (what Gephi Lite uses) as the Network the writer
 * started from, and the stances its edges carry. The app itself opens no Gephi file
 * (interchange/fileFormats refuses them: they lack the documents' texts).
 */
import type { Stance } from '../../src/data/schema';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type AttributeSpec,
  type AttributeValue,
  type Network,
  type NetworkEdge,
  type NetworkNode,
} from '../../src/interchange/graphModel';

/** The hex colour of r, g, b (0–255), as the writers write it. */
function rgbToHex(r: number, g: number, b: number): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`.toUpperCase();
}

/** The minimal graphology surface the readers use (graphology's Graph satisfies it). */
export interface GraphLike {
  getAttributes(): Record<string, unknown>;
  forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void;
  forEachEdge(
    callback: (
      edge: string,
      attributes: Record<string, unknown>,
      source: string,
      target: string,
    ) => void,
  ): void;
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '') return [];
  return [value];
}

function readValue(spec: AttributeSpec, raw: unknown): AttributeValue {
  if (spec.type === 'liststring') return asList(raw).map(String);
  if (spec.type === 'listinteger') return asList(raw).map(Number);
  if (spec.type === 'integer' || spec.type === 'double') return Number(raw ?? 0);
  return raw === undefined || raw === null ? '' : String(raw);
}

function readColor(raw: unknown): string {
  if (typeof raw !== 'string') return '#6B6B6B';
  if (/^#[0-9a-f]{6}$/i.test(raw)) return raw.toUpperCase();
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(raw);
  return rgb ? rgbToHex(Number(rgb[1]), Number(rgb[2]), Number(rgb[3])) : '#6B6B6B';
}

/** A graph parsed by graphology-gexf or graphology-graphml (attributes already typed), as a Network. */
export function networkFromGraph(
  graph: GraphLike,
  decode: (spec: AttributeSpec, raw: unknown) => AttributeValue = readValue,
): Network {
  const meta = graph.getAttributes();
  const nodes: NetworkNode[] = [];
  graph.forEachNode((id, attributes) => {
    const x = attributes.x;
    const y = attributes.y;
    nodes.push({
      id,
      label: String(attributes.label ?? id),
      color: readColor(attributes.color),
      position: typeof x === 'number' && typeof y === 'number' ? { x, y } : null,
      attributes: Object.fromEntries(
        NODE_ATTRIBUTES.map((spec) => [spec.id, decode(spec, attributes[spec.id])]),
      ) as NetworkNode['attributes'],
    });
  });
  const edges: NetworkEdge[] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    edges.push({
      id,
      source,
      target,
      label: String(attributes.label ?? ''),
      weight: Number(attributes.weight ?? 1),
      color: readColor(attributes.color),
      attributes: Object.fromEntries(
        EDGE_ATTRIBUTES.map((spec) => [spec.id, decode(spec, attributes[spec.id])]),
      ) as NetworkEdge['attributes'],
    });
  });
  return {
    title: String(meta.title ?? ''),
    description: String(meta.description ?? ''),
    nodes,
    edges,
  };
}

function decodeGraphmlValue(spec: AttributeSpec, raw: unknown): AttributeValue {
  if (spec.type === 'liststring' || spec.type === 'listinteger') {
    if (typeof raw !== 'string' || raw === '') return [];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return spec.type === 'listinteger' ? parsed.map(Number) : parsed.map(String);
  }
  return raw === undefined || raw === null ? '' : String(raw);
}

/** A graph parsed by graphology-graphml, as a Network (colours from r, g, b). */
export function networkFromGraphml(graph: GraphLike): Network {
  const withColours: GraphLike = {
    getAttributes: () => graph.getAttributes(),
    forEachNode: (callback) =>
      graph.forEachNode((id, attributes) => callback(id, withColour(attributes))),
    forEachEdge: (callback) =>
      graph.forEachEdge((id, attributes, source, target) =>
        callback(id, withColour(attributes), source, target),
      ),
  };
  return networkFromGraph(withColours, decodeGraphmlValue);
}

function withColour(attributes: Record<string, unknown>): Record<string, unknown> {
  const { r, g, b } = attributes;
  if (typeof r === 'number' && typeof g === 'number' && typeof b === 'number')
    return { ...attributes, color: rgbToHex(r, g, b) };
  return attributes;
}

/**
 * The stances a Network carries, rebuilt from its edges (one per signatory, grouped by
 * the `stance` attribute): what a Gephi file keeps of the dataset's stances.
 */
export function stancesFromNetwork(network: Network): Stance[] {
  const byId = new Map<string, Stance>();
  for (const edge of network.edges) {
    const a = edge.attributes;
    const id = String(a.stance);
    if (byId.has(id)) continue;
    const list = (value: AttributeValue) => (Array.isArray(value) ? value : [value]);
    const quotes = list(a.quote).map(String);
    const documents = list(a.document).map(String);
    const starts = list(a.start).map(Number);
    const ends = list(a.end).map(Number);
    const attributions = list(a.attribution).map(String);
    byId.set(id, {
      id,
      from: list(a.signatories).map(String),
      to: edge.target,
      type: String(a.type) as Stance['type'],
      topics: list(a.topics).map(String),
      summary: String(a.summary),
      evidence: quotes.map((quote, i) => ({
        document: documents[i] ?? '',
        start: starts[i] ?? 0,
        end: ends[i] ?? 0,
        quote,
        attribution: (attributions[i] ?? 'direct') as Stance['evidence'][number]['attribution'],
      })),
    });
  }
  return [...byId.values()];
}
