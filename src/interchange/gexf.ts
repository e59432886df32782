/**
 * GEXF 1.3 for Gephi (desktop and Lite): root version="1.3", directed edges, typed
 * attributes declared once (liststring/listinteger for lists), colours and positions
 * as viz. Pure. Tests read the files back with graphology-gexf, Gephi Lite's parser
 * (tests/helpers/readNetwork.ts).
 */
import { escapeXml } from '../export/escapeXml';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  hexToRgb,
  type AttributeSpec,
  type AttributeType,
  type AttributeValue,
  type Network,
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
