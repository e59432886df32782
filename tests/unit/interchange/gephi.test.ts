import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { buildNetwork } from '../../../src/interchange/graphModel';
import { writeGexfText } from '../../../src/interchange/gexf';
import { writeGraphmlText } from '../../../src/interchange/graphml';
import { loadAstana22 } from '../../helpers/loadFixture';
import {
  networkFromGraph,
  networkFromGraphml,
  stancesFromNetwork,
} from '../../helpers/readNetwork';

const dataset = loadAstana22();
const index = indexDataset(dataset);
const positions = new Map(dataset.actors.map((actor, i) => [actor.id, { x: i * 10.5, y: 3 - i }]));
const network = buildNetwork({ index, stances: dataset.stances, allActors: true, positions });

/** What a Gephi file keeps of each actor; the rest (inSentence, description) it cannot hold. */
const actorView = (network: ReturnType<typeof buildNetwork>) =>
  network.nodes.map((node) => ({ id: node.id, ...node.attributes }));
const expectedActors = dataset.actors.map((actor) => ({
  id: actor.id,
  name: actor.name,
  shortName: actor.shortName ?? '',
  kind: actor.kind,
  role: index.roleOf.get(actor.id) ?? '',
  aliases: actor.aliases,
  members: actor.members ?? [],
}));

describe('GEXF', () => {
  const text = writeGexfText(network, { now: new Date('2025-01-02T00:00:00Z') });

  it('follows the 1.3 rules: version, directed edges, typed attributes, lists as liststring', () => {
    expect(text).toMatch(/<gexf [^>]*version="1\.3"/);
    expect(text).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(text).toContain('<attribute id="start" title="start" type="listinteger"/>');
    expect(text).not.toMatch(/<attribute [^>]*(?<!type="[a-z]+")\/>/);
  });

  it('round-trips every node, edge and attribute through graphology-gexf', () => {
    const graph = parseGexf(Graph, text);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    const back = networkFromGraph(graph);
    // Every stance (signatories, target, type, topics, summary, every quote at its span) and every actor.
    expect(stancesFromNetwork(back)).toEqual(dataset.stances);
    expect(actorView(back)).toEqual(expectedActors);
    // Topics survive as ids (every topic of the dataset is used); labels and descriptions are lost.
    expect(new Set(back.edges.flatMap((e) => e.attributes.topics as string[]))).toEqual(
      new Set(dataset.topics.map((t) => t.id)),
    );
    expect(back.nodes).toEqual(network.nodes);
    expect(back.edges).toEqual(network.edges);
    // one edge per stance and signatory, every stance present, every quote verbatim
    const signatories = dataset.stances.reduce((n, s) => n + s.from.length, 0);
    expect(back.edges).toHaveLength(signatories);
    const quotes = new Set(back.edges.flatMap((edge) => edge.attributes.quote as string[]));
    for (const stance of dataset.stances)
      for (const evidence of stance.evidence) expect(quotes).toContain(evidence.quote);
  });

  it('keeps hostile text inert', () => {
    const hostile = buildNetwork({
      index: indexDataset({
        ...dataset,
        actors: dataset.actors.map((a, i) =>
          i === 0 ? { ...a, name: '<script>alert(1)</script>', aliases: ['a", "b\\', '"]'] } : a,
        ),
      }),
      stances: dataset.stances.slice(0, 2),
      allActors: true,
    });
    const out = writeGexfText(hostile);
    expect(out).not.toContain('<script>');
    const back = networkFromGraph(parseGexf(Graph, out));
    expect(back.nodes[0]!.attributes.name).toBe('<script>alert(1)</script>');
    expect(back.nodes[0]!.attributes.aliases).toEqual(['a", "b\\', '"]']);
  });
});

describe('GraphML', () => {
  const text = writeGraphmlText(network);

  it('declares every key with a typed attr.name and no yFiles keys', () => {
    const keys = [...text.matchAll(/<key [^>]*>/g)].map((m) => m[0]);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys)
      expect(key).toMatch(/attr\.name="[^"]+" attr\.type="(string|int|double)"/);
    expect(text).not.toMatch(/yfiles/i);
  });

  it('round-trips every node, edge and attribute through graphology-graphml', () => {
    const graph = parseGraphml(Graph, text);
    const back = networkFromGraphml(graph);
    expect(stancesFromNetwork(back)).toEqual(dataset.stances);
    expect(actorView(back)).toEqual(expectedActors);
    expect(back.nodes).toEqual(network.nodes);
    expect(back.edges).toEqual(network.edges);
    expect(back.title).toBe(dataset.title);
  });
});
