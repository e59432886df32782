/**
 * Dataset + filters + joint mode → nodes and links. The small base dataset has three
 * joint stances by the guarantors (two of them towards Israel), one by Türkiye alone
 * towards Israel, and one by Kazakhstan, so bloc and separate modes differ countably.
 */
import {
  MAX_RADIUS,
  MIN_RADIUS,
  buildGraph,
  neighbourhood,
  sizeScaleTop,
  topicCounts,
  visibleStances,
  type Graph,
  type GraphLink,
} from '../../../src/graph/buildGraph';
import { blocFor, indexDataset, memberKey } from '../../../src/graph/datasetIndex';
import { stanceSentence } from '../../../src/graph/sentences';
import { NO_FILTERS, hasActiveFilters, toggleIn, type Filters } from '../../../src/graph/filters';
import { baseDataset } from '../../fixtures/broken/base';
import { loadAstana22 } from '../../helpers/loadFixture';

const index = indexDataset(baseDataset());
const filters = (partial: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...partial });
const stanceLinks = (graph: Graph) => graph.links.filter((link) => link.kind === 'stance');
const ids = (items: { id: string }[]) => items.map((item) => item.id);
const pairsOf = (links: GraphLink[]) =>
  Object.fromEntries(links.map((link) => [link.id, [link.pairIndex, link.pairCount]]));

describe('buildGraph, bloc mode (the default)', () => {
  const graph = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });

  it('draws a bloc’s joint stances from the bloc, plus one membership link per member', () => {
    expect(stanceLinks(graph).map((l) => `${l.id}: ${l.source} → ${l.target}`)).toEqual([
      'condemns-israel: guarantors → israel',
      'calls-on-community: guarantors → international-community',
      'turkiye-criticizes-israel: turkiye → israel',
      'rejects-israel: guarantors → israel',
      'kazakhstan-supports-astana: kazakhstan → astana-process',
    ]);
    expect(graph.links.filter((l) => l.kind === 'membership').map((l) => l.id)).toEqual([
      'member:guarantors~turkiye',
      'member:guarantors~russia',
      'member:guarantors~iran',
    ]);
    expect(graph.counts).toEqual({ actors: 8, stances: 5, evidence: 5, links: 5 });
  });

  it('gives each link its stance’s type and polarity', () => {
    const link = graph.links.find((l) => l.id === 'calls-on-community')!;
    expect(link).toMatchObject({
      stanceId: 'calls-on-community',
      type: 'calls-on',
      polarity: 'directive',
    });
    const member = graph.links.find((l) => l.kind === 'membership')!;
    expect(member).toMatchObject({ stanceId: null, type: null, polarity: null });
    expect(member.sentence).toBe('Türkiye is a member of Astana guarantors');
  });

  it('numbers parallel links between the same two nodes', () => {
    expect(pairsOf(graph.links)).toMatchObject({
      'condemns-israel': [0, 2],
      'rejects-israel': [1, 2],
      'turkiye-criticizes-israel': [0, 1],
      'calls-on-community': [0, 1],
      'member:guarantors~turkiye': [0, 1],
    });
  });

  it('shows every actor, sized by the stances it takes part in as drawn', () => {
    expect(ids(graph.nodes)).toEqual(ids(baseDataset().actors));
    const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
    // The bloc takes its members' joint stances; Türkiye keeps only the one it took alone.
    expect(node('turkiye').stanceCount).toBe(1);
    expect(node('guarantors').stanceCount).toBe(3);
    expect(node('israel').stanceCount).toBe(3);
    expect(node('guarantors').radius).toBe(MAX_RADIUS);
    expect(node('turkiye').radius).toBeCloseTo(
      MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(1 / 3),
    );
    expect(node('kazakhstan').radius).toBeCloseTo(
      MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(node('kazakhstan').stanceCount / 3),
    );
    expect(node('kazakhstan').role).toBe('host');
    expect(node('israel').role).toBeNull();
    expect(node('guarantors').label).toBe('Astana guarantors');
  });

  it('reads links as sentences, with the bloc in its in-sentence form', () => {
    const sentence = (id: string) => graph.links.find((l) => l.id === id)!.sentence;
    expect(sentence('condemns-israel')).toBe('The Astana guarantors condemn Israel');
    expect(sentence('calls-on-community')).toBe(
      'The Astana guarantors call on the international community',
    );
    expect(sentence('turkiye-criticizes-israel')).toBe('Türkiye criticizes Israel');
  });
});

describe('buildGraph, separate mode', () => {
  const graph = buildGraph(index, { filters: NO_FILTERS, joint: 'separate' });

  it('draws one link per signatory and no membership links', () => {
    expect(stanceLinks(graph)).toHaveLength(3 + 3 + 1 + 3 + 1);
    expect(graph.links.some((l) => l.kind === 'membership')).toBe(false);
    expect(ids(graph.links.filter((l) => l.stanceId === 'condemns-israel'))).toEqual([
      'condemns-israel~turkiye',
      'condemns-israel~russia',
      'condemns-israel~iran',
    ]);
    expect(graph.counts).toEqual({ actors: 7, stances: 5, evidence: 5, links: 11 });
  });

  it('leaves out a bloc that speaks for no link', () => {
    expect(ids(graph.nodes)).not.toContain('guarantors');
  });

  it('numbers the three curves between Türkiye and Israel', () => {
    expect(pairsOf(graph.links)).toMatchObject({
      'condemns-israel~turkiye': [0, 3],
      'turkiye-criticizes-israel': [1, 3],
      'rejects-israel~turkiye': [2, 3],
      'condemns-israel~russia': [0, 2],
      'rejects-israel~russia': [1, 2],
      'kazakhstan-supports-astana': [0, 1],
    });
  });

  it('reads each signatory’s link with the others named', () => {
    const sentence = (id: string) => graph.links.find((l) => l.id === id)!.sentence;
    expect(sentence('condemns-israel~turkiye')).toBe(
      'Türkiye condemns Israel (with Russia and Iran)',
    );
    expect(sentence('calls-on-community~iran')).toBe(
      'Iran calls on the international community (with Türkiye and Russia)',
    );
  });
});

describe('filters', () => {
  it('keep a stance with any of the chosen topics and only the actors it links', () => {
    const graph = buildGraph(index, {
      filters: filters({ topics: ['humanitarian'] }),
      joint: 'bloc',
    });
    expect(ids(graph.stances)).toEqual(['calls-on-community']);
    expect(ids(graph.nodes).sort()).toEqual(
      ['guarantors', 'international-community', 'iran', 'russia', 'turkiye'].sort(),
    );
    expect(graph.counts).toEqual({ actors: 5, stances: 1, evidence: 1, links: 1 });
    const both = buildGraph(index, {
      filters: filters({ topics: ['humanitarian', 'astana'] }),
      joint: 'bloc',
    });
    expect(both.counts.stances).toBe(2);
  });

  it('by polarity and by type', () => {
    expect(ids(visibleStances(index, filters({ polarities: ['negative'] })))).toEqual([
      'condemns-israel',
      'turkiye-criticizes-israel',
      'rejects-israel',
    ]);
    expect(ids(visibleStances(index, filters({ types: ['supports', 'calls-on'] })))).toEqual([
      'calls-on-community',
      'kazakhstan-supports-astana',
    ]);
    expect(
      ids(visibleStances(index, filters({ polarities: ['positive'], types: ['condemns'] }))),
    ).toEqual([]);
  });

  it('by the meeting role of anyone involved', () => {
    expect(ids(visibleStances(index, filters({ roles: ['host'] })))).toEqual([
      'kazakhstan-supports-astana',
    ]);
    expect(visibleStances(index, filters({ roles: ['guarantor'] }))).toHaveLength(4);
    expect(visibleStances(index, filters({ roles: ['observer'] }))).toHaveLength(0);
  });

  it('filtered to nothing, leave an empty graph', () => {
    const graph = buildGraph(index, { filters: filters({ roles: ['observer'] }), joint: 'bloc' });
    expect(graph).toMatchObject({ nodes: [], links: [], stances: [] });
    expect(graph.counts).toEqual({ actors: 0, stances: 0, evidence: 0, links: 0 });
  });

  it('helpers: hasActiveFilters and toggleIn', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters({ roles: ['host'] }))).toBe(true);
    expect(toggleIn(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleIn(['b'], 'a')).toEqual(['b', 'a']);
  });
});

describe('topicCounts', () => {
  it('counts stances per topic', () => {
    expect(Object.fromEntries(topicCounts(index, NO_FILTERS))).toEqual({
      gaza: 4,
      humanitarian: 1,
      astana: 1,
    });
  });

  it('applies the other filters but not the topic filter itself', () => {
    expect(
      Object.fromEntries(
        topicCounts(index, filters({ topics: ['astana'], polarities: ['negative'] })),
      ),
    ).toEqual({ gaza: 3, humanitarian: 0, astana: 0 });
  });
});

describe('neighbourhood', () => {
  const bloc = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
  const separate = buildGraph(index, { filters: NO_FILTERS, joint: 'separate' });
  const sorted = (set: Set<string> | null) => [...(set ?? [])].sort();

  it('is null with nothing selected', () => {
    expect(neighbourhood(bloc, null)).toBeNull();
  });

  it('holds an actor and everyone one link away', () => {
    expect(sorted(neighbourhood(bloc, { kind: 'actor', id: 'israel' }))).toEqual(
      ['guarantors', 'israel', 'turkiye'].sort(),
    );
    expect(sorted(neighbourhood(separate, { kind: 'actor', id: 'israel' }))).toEqual(
      ['iran', 'israel', 'russia', 'turkiye'].sort(),
    );
    expect(sorted(neighbourhood(bloc, { kind: 'actor', id: 'guarantors' }))).toEqual(
      ['guarantors', 'international-community', 'iran', 'israel', 'russia', 'turkiye'].sort(),
    );
  });

  it('holds both ends of every link of a stance', () => {
    expect(sorted(neighbourhood(bloc, { kind: 'stance', id: 'condemns-israel' }))).toEqual(
      ['guarantors', 'israel'].sort(),
    );
    expect(sorted(neighbourhood(separate, { kind: 'stance', id: 'condemns-israel' }))).toEqual(
      ['iran', 'israel', 'russia', 'turkiye'].sort(),
    );
  });
});

describe('datasetIndex', () => {
  it('finds the bloc whose members are exactly a stance’s signatories, in any order', () => {
    const stance = index.stancesById.get('condemns-israel')!;
    expect(blocFor(index, stance)?.id).toBe('guarantors');
    expect(blocFor(index, { ...stance, from: ['iran', 'turkiye', 'russia'] })?.id).toBe(
      'guarantors',
    );
    expect(blocFor(index, { ...stance, from: ['iran', 'turkiye'] })).toBeUndefined();
    expect(blocFor(index, { ...stance, from: ['turkiye'] })).toBeUndefined();
    expect(memberKey(['b', 'a'])).toBe(memberKey(['a', 'b']));
  });

  it('takes each actor’s role from the participants', () => {
    expect(Object.fromEntries(index.roleOf)).toEqual({
      turkiye: 'guarantor',
      russia: 'guarantor',
      iran: 'guarantor',
      kazakhstan: 'host',
      guarantors: 'guarantor',
    });
  });
});

describe('the embedded astana-22 dataset', () => {
  const astana = indexDataset(loadAstana22());
  const sentenceOf = (graph: Graph, stanceId: string) =>
    graph.links.find((link) => link.id === stanceId)?.sentence;

  it('reads the joint condemnation of Israel as the design words it', () => {
    const separate = buildGraph(astana, { filters: NO_FILTERS, joint: 'separate' });
    expect(
      separate.links.find((l) => l.id === 'condemns-israel-gaza-lebanon-west-bank~turkiye')
        ?.sentence,
    ).toBe('Türkiye condemns Israel (with Russia and Iran)');
    const bloc = buildGraph(astana, { filters: NO_FILTERS, joint: 'bloc' });
    expect(sentenceOf(bloc, 'condemns-israel-gaza-lebanon-west-bank')).toBe(
      'The Astana guarantors condemn Israel',
    );
  });

  it('in separate mode names the three guarantors', () => {
    const stance = astana.stancesById.get('condemns-israel-gaza-lebanon-west-bank')!;
    expect(stanceSentence(astana, stance)).toBe('Türkiye, Russia and Iran condemn Israel');
    expect(stanceSentence(astana, stance, 'bloc')).toBe('The Astana guarantors condemn Israel');
  });

  it('filtering to Gaza keeps fewer stance links than the whole map', () => {
    const all = buildGraph(astana, { filters: NO_FILTERS, joint: 'bloc' });
    const gaza = buildGraph(astana, { filters: filters({ topics: ['gaza'] }), joint: 'bloc' });
    expect(gaza.counts.links).toBeGreaterThan(0);
    expect(gaza.counts.links).toBeLessThan(all.counts.links);
    expect(gaza.stances.every((s) => s.topics.includes('gaza'))).toBe(true);
  });
});

describe('buildGraph on the embedded dataset', () => {
  const astana = indexDataset(loadAstana22());

  it('never draws a link from an actor to itself, even when a signatory is also addressed', () => {
    const addressed = astana.dataset.stances.filter((stance) => stance.from.includes(stance.to));
    expect(addressed.length).toBeGreaterThan(0);
    for (const joint of ['bloc', 'separate'] as const) {
      const graph = buildGraph(astana, { filters: NO_FILTERS, joint });
      expect(graph.links.filter((link) => link.source === link.target)).toEqual([]);
      for (const stance of addressed) {
        expect(graph.links.some((link) => link.stanceId === stance.id)).toBe(true);
      }
    }
  });
});

describe('the size scale', () => {
  it('draws the largest count at full size up to 10, and above that a round count', () => {
    expect([0, 1, 3, 10].map(sizeScaleTop)).toEqual([1, 1, 3, 10]);
    expect([11, 37, 40, 41, 99, 289, 300, 301, 1234].map(sizeScaleTop)).toEqual([
      12, 40, 40, 45, 100, 300, 300, 350, 1400,
    ]);
  });

  it('keeps every other actor its size when the busiest one gains a stance', () => {
    const dataset = loadAstana22();
    const busiest = buildGraph(indexDataset(dataset), { filters: NO_FILTERS, joint: 'bloc' });
    const top = [...busiest.nodes].sort((a, b) => b.stanceCount - a.stanceCount)[0]!;
    expect(top.stanceCount).toBe(37);
    expect(top.radius).toBeLessThan(MAX_RADIUS);
    const stance = dataset.stances.find((s) => s.from.length > 1 || s.from[0] === top.id)!;
    const more = { ...dataset, stances: [...dataset.stances, { ...stance, id: 'one-more' }] };
    const after = buildGraph(indexDataset(more), { filters: NO_FILTERS, joint: 'bloc' });
    const radius = (graph: Graph, id: string) => graph.nodes.find((n) => n.id === id)!.radius;
    expect(after.nodes.find((n) => n.id === top.id)!.stanceCount).toBe(38);
    const resized = after.nodes.filter((n) => radius(after, n.id) !== radius(busiest, n.id));
    expect(ids(resized).sort()).toEqual([top.id, stance.to].sort());
  });
});
