/**
 * GraphML that Gephi opens without complaint: every <key> has a typed attr.name
 * (DNA's own GraphML lacks them, hence Gephi's "Attribute type not found for
 * attribute 'd0'"), the names Gephi maps to its columns (label, weight, x, y, r, g, b),
 * and no yFiles-only keys. GraphML has no list type, so lists are JSON arrays in
 * strings. Pure.
 */
import { escapeXml } from '../export/escapeXml';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  hexToRgb,
  type AttributeSpec,
  type AttributeValue,
  type Network,
} from './graphModel';
import { utf8 } from './common';

type GraphmlType = 'string' | 'int' | 'double';

interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: GraphmlType;
}

function keyType(spec: AttributeSpec): GraphmlType {
  if (spec.type === 'integer') return 'int';
  if (spec.type === 'double') return 'double';
  return 'string';
}

const GRAPH_KEYS: Key[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_description', for: 'graph', name: 'description', type: 'string' },
];
const NODE_KEYS: Key[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  ...NODE_ATTRIBUTES.map((spec) => ({
    id: `n_${spec.id}`,
    for: 'node' as const,
    name: spec.id,
    type: keyType(spec),
  })),
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'n_r', for: 'node', name: 'r', type: 'int' },
  { id: 'n_g', for: 'node', name: 'g', type: 'int' },
  { id: 'n_b', for: 'node', name: 'b', type: 'int' },
];
const EDGE_KEYS: Key[] = [
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  ...EDGE_ATTRIBUTES.map((spec) => ({
    id: `e_${spec.id}`,
    for: 'edge' as const,
    name: spec.id,
    type: keyType(spec),
  })),
  { id: 'e_r', for: 'edge', name: 'r', type: 'int' },
  { id: 'e_g', for: 'edge', name: 'g', type: 'int' },
  { id: 'e_b', for: 'edge', name: 'b', type: 'int' },
];

function text(value: AttributeValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function data(key: string, value: AttributeValue): string {
  return `<data key="${key}">${escapeXml(text(value))}</data>`;
}

export function writeGraphmlText(network: Network): string {
  const keys = [...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS].map(
    (key) =>
      `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
  );
  const nodes = network.nodes.map((node) => {
    const [r, g, b] = hexToRgb(node.color);
    const cells = [
      data('n_label', node.label),
      ...NODE_ATTRIBUTES.map((spec) => data(`n_${spec.id}`, node.attributes[spec.id])),
      ...(node.position
        ? [data('n_x', round(node.position.x)), data('n_y', round(node.position.y))]
        : []),
      data('n_r', r),
      data('n_g', g),
      data('n_b', b),
    ];
    return `    <node id="${escapeXml(node.id)}">\n      ${cells.join('\n      ')}\n    </node>`;
  });
  const edges = network.edges.map((edge) => {
    const [r, g, b] = hexToRgb(edge.color);
    const cells = [
      data('e_label', edge.label),
      data('e_weight', edge.weight),
      ...EDGE_ATTRIBUTES.map((spec) => data(`e_${spec.id}`, edge.attributes[spec.id])),
      data('e_r', r),
      data('e_g', g),
      data('e_b', b),
    ];
    return `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">\n      ${cells.join('\n      ')}\n    </edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="G" edgedefault="directed">',
    `    ${data('g_title', network.title)}`,
    `    ${data('g_description', network.description)}`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function writeGraphml(network: Network): Uint8Array {
  return utf8(writeGraphmlText(network));
}
