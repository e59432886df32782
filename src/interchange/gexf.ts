/**
 * GEXF 1.3 for Gephi (desktop and Lite): root version="1.3", directed edges, typed
 * attributes declared once (liststring/listinteger for lists), colours and positions
 * as viz. The reader maps a graph parsed by graphology-gexf (Gephi Lite's parser)
 * back to the same Network, for round trips. Pure.
 */
import { escapeXml } from '../export/escapeXml';
import { DatasetError } from '../data/parseDataset';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  hexToRgb,
  rgbToHex,
  type AttributeSpec,
  type AttributeType,
  type AttributeValue,
  type Network,
  type NetworkEdge,
  type NetworkNode,
} from './graphModel';
import { utf8 } from './common';

/** A list value as GEXF 1.3 writes it: ["a", "b \"c\""], backslash-escaped inside quotes. */
function formatList(type: AttributeType, value: readonly (string | number)[]): string {
  if (type === 'listinteger')
    return `[${value.map((v) => String(Math.trunc(Number(v)))).join(', ')}]`;
  const quoted = value.map(
    (item) =>
      `"${String(item)
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')}"`,
  );
  return `[${quoted.join(', ')}]`;
}

function formatValue(spec: AttributeSpec, value: AttributeValue): string {
  if (spec.type === 'liststring' || spec.type === 'listinteger')
    return formatList(spec.type, Array.isArray(value) ? value : [value]);
  return String(value);
}

function attributeDeclarations(cls: 'node' | 'edge', specs: readonly AttributeSpec[]): string {
  const lines = specs.map(
    (spec) =>
      `      <attribute id="${escapeXml(spec.id)}" title="${escapeXml(spec.title)}" type="${spec.type}"/>`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join('\n')}\n    </attributes>`;
}

function attvalues(
  specs: readonly AttributeSpec[],
  values: Record<string, AttributeValue>,
): string {
  const lines = specs.map((spec) => {
    const value = values[spec.id];
    if (value === undefined) return '';
    return `          <attvalue for="${escapeXml(spec.id)}" value="${escapeXml(formatValue(spec, value))}"/>`;
  });
  return `        <attvalues>\n${lines.filter(Boolean).join('\n')}\n        </attvalues>`;
}

function vizColor(hex: string): string {
  const [r, g, b] = hexToRgb(hex);
  return `        <viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export interface GexfOptions {
  /** Written as the file's last-modified date. */
  now?: Date;
}

export function writeGexfText(network: Network, { now = new Date() }: GexfOptions = {}): string {
  const nodes = network.nodes.map((node) => {
    const parts = [
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">`,
      attvalues(NODE_ATTRIBUTES, node.attributes),
      vizColor(node.color),
    ];
    if (node.position)
      parts.push(
        `        <viz:position x="${round(node.position.x)}" y="${round(node.position.y)}" z="0"/>`,
      );
    parts.push('      </node>');
    return parts.join('\n');
  });
  const edges = network.edges.map((edge) =>
    [
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.label)}" weight="${edge.weight}">`,
      attvalues(EDGE_ATTRIBUTES, edge.attributes),
      vizColor(edge.color),
      '      </edge>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}">`,
    '    <creator>Stance Map</creator>',
    `    <title>${escapeXml(network.title)}</title>`,
    `    <description>${escapeXml(network.description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    attributeDeclarations('node', NODE_ATTRIBUTES),
    attributeDeclarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

export function writeGexf(network: Network, options?: GexfOptions): Uint8Array {
  return utf8(writeGexfText(network, options));
}

/**
 * XML from outside is refused before any parser sees it when it declares a DTD or
 * entities (entity expansion can hang the tab or pull in other files). Script payloads
 * in labels or values need no check here: they stay text, and React draws text.
 */
export function assertSafeXml(text: string, file: string): void {
  const match = /<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.exec(text);
  if (match) {
    const line = text.slice(0, match.index).split('\n').length;
    throw new DatasetError(file, [
      {
        path: `line ${line}`,
        reason: `${match[0].toUpperCase()} declarations are not allowed in an imported graph file`,
      },
    ]);
  }
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
