import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import { checkDataset } from '../../../src/data/parseDataset';
import type { Scene } from '../../../src/data/schema';
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { keepResolvableScenes } from '../../../src/interchange/common';
import {
  MAX_SCENES,
  SceneFileError,
  applyScene,
  captureScene,
  captureSceneView,
  knownIdsOf,
  mergeScenes,
  moveItem,
  parseSceneFile,
  presentationFraming,
  sceneFraming,
  sceneQuotes,
  sceneViewState,
  serializeSceneFile,
  suggestSceneTitle,
  uniqueSceneId,
} from '../../../src/briefing/scenes';
import { createUiStore } from '../../../src/state/uiStore';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { astanaIndex, astanaWithScenes } from './briefingFixtures';

const index = astanaIndex();
const known = knownIdsOf(index);
const datasetId = index.dataset.id;

function parse(json: string): Scene[] {
  return parseSceneFile(json, { datasetId, known });
}

/** The problems a bad file is rejected with, as "path: reason" lines. */
function problemsOf(json: string): string[] {
  try {
    parse(json);
  } catch (error) {
    expect(error).toBeInstanceOf(SceneFileError);
    return (error as SceneFileError).problems.map((p) =>
      p.path ? `${p.path}: ${p.reason}` : p.reason,
    );
  }
  throw new Error('expected the file to be rejected');
}

const file = (scenes: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ stanceMapScenes: 1, dataset: datasetId, scenes, ...extra });

const good: Scene = {
  id: 'israel-close-up',
  title: 'Israel, close up',
  caption: 'Every stance toward Israel.',
  view: {
    topics: ['gaza', 'lebanon'],
    polarities: ['negative'],
    types: ['condemns'],
    roles: ['guarantor'],
    selection: { kind: 'actor', id: 'israel' },
    joint: 'separate',
    focus: ['israel', 'guarantors'],
    zoom: 1.5,
  },
  quotes: ['condemns-israel-syria'],
};

describe('the default astana-22 briefing', () => {
  it('has 6 to 10 scenes that pass the dataset checks once merged', () => {
    expect(ASTANA_22_SCENES.length).toBeGreaterThanOrEqual(6);
    expect(ASTANA_22_SCENES.length).toBeLessThanOrEqual(10);
    const merged = astanaWithScenes();
    expect(() => checkDataset(JSON.parse(JSON.stringify(merged)), 'astana-22.json')).not.toThrow();
  });

  it('reads back unchanged through the scene file format', () => {
    expect(parse(serializeSceneFile(datasetId, ASTANA_22_SCENES))).toEqual(ASTANA_22_SCENES);
  });

  it.each(ASTANA_22_SCENES.map((scene) => [scene.id, scene] as const))(
    '%s shows stances, has a short caption and the quotes behind it',
    (_id, scene) => {
      const { filters, joint } = sceneViewState(scene.view);
      const graph = buildGraph(index, { filters, joint });
      expect(graph.counts.stances).toBeGreaterThan(0);
      // One or two sentences, short enough for the presentation column.
      expect(scene.caption.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(2);
      expect(scene.caption.length).toBeLessThanOrEqual(320);
      // Every stance quoted is on the map of that scene.
      const visible = new Set(graph.stances.map((stance) => stance.id));
      for (const id of scene.quotes ?? []) expect(visible, id).toContain(id);
      if (scene.id !== 'overview') expect(sceneQuotes(index, scene).length).toBeGreaterThan(0);
    },
  );

  it('covers the round in order: overview first, next round last', () => {
    expect(ASTANA_22_SCENES[0]!.id).toBe('overview');
    expect(ASTANA_22_SCENES.at(-1)!.id).toBe('next-round');
    const topics = new Set(ASTANA_22_SCENES.flatMap((scene) => scene.view.topics ?? []));
    for (const topic of [
      'gaza',
      'lebanon',
      'israeli-strikes',
      'sovereignty',
      'turkiye-syria',
      'terrorism',
      'idlib',
      'northeast',
    ])
      expect(topics).toContain(topic);
  });

  it('quotes the TUSAŞ attack in the terrorism scene', () => {
    const scene = ASTANA_22_SCENES.find((s) => s.id === 'terrorism-separatism')!;
    expect(sceneQuotes(index, scene).some((q) => q.evidence.quote.includes('TUSAŞ'))).toBe(true);
  });
});

describe('applying and capturing scenes', () => {
  it('fills absent fields with defaults', () => {
    expect(sceneViewState({})).toEqual({
      selection: null,
      filters: { topics: [], polarities: [], types: [], roles: [] },
      joint: 'bloc',
    });
  });

  it('applies the view and the camera, and marks the scene current', () => {
    const store = createUiStore({ view: 'table' });
    applyScene(store, good);
    const state = store.getState();
    expect(state.filters).toEqual({
      topics: ['gaza', 'lebanon'],
      polarities: ['negative'],
      types: ['condemns'],
      roles: ['guarantor'],
    });
    expect(state.selection).toEqual({ kind: 'actor', id: 'israel' });
    expect(state.joint).toBe('separate');
    expect(state.sceneId).toBe('israel-close-up');
    expect(state.camera).toMatchObject({ focus: ['israel', 'guarantors'], zoom: 1.5, nonce: 1 });
    // The map/table choice is the user's, not the scene's.
    expect(state.view).toBe('table');
  });

  it('captures what apply restores (round trip through the store)', () => {
    const store = createUiStore();
    applyScene(store, good);
    const captured = captureScene(store.getState(), {
      id: good.id,
      title: good.title,
      caption: good.caption,
    });
    expect(captured.view).toEqual(good.view);
    const again = createUiStore();
    applyScene(again, captured);
    expect(again.getState().filters).toEqual(store.getState().filters);
    expect(again.getState().camera).toEqual(store.getState().camera);
  });

  it('leaves defaults out of a captured view and quotes a selected stance', () => {
    const store = createUiStore();
    store.getState().selectStance('condemns-israel-syria');
    const scene = captureScene(store.getState(), { id: 'x', title: 'X' });
    expect(scene.view).toEqual({
      selection: { kind: 'stance', id: 'condemns-israel-syria' },
      joint: 'bloc',
    });
    expect(scene.quotes).toEqual(['condemns-israel-syria']);
    expect(scene.caption).toBe('');
  });

  it('captures an explicit camera (the viewport) over the store intent', () => {
    const view = captureSceneView(createUiStore().getState(), { focus: ['israel'], zoom: 2.345 });
    expect(view.focus).toEqual(['israel']);
    expect(view.zoom).toBe(2.35);
  });

  it('frames a scene as written, or all its actors when presenting', () => {
    const gaza = ASTANA_22_SCENES.find((s) => s.id === 'gaza')!;
    expect(sceneFraming(gaza)).toEqual({ focus: null, zoom: 1 });
    const framing = presentationFraming(index, gaza);
    expect(framing.focus).toEqual(expect.arrayContaining(['guarantors', 'israel', 'gaza']));
    expect(presentationFraming(index, good).focus).toEqual(['israel', 'guarantors']);
    // A selection without a focus frames the selection and its neighbours.
    const israel = presentationFraming(index, {
      ...gaza,
      view: { selection: { kind: 'actor', id: 'israel' } },
    });
    expect(israel.focus).toEqual(expect.arrayContaining(['israel', 'guarantors']));
    expect(israel.focus).not.toContain('kazakhstan');
  });

  it('suggests titles from the selection or the topics', () => {
    const state = createUiStore().getState();
    expect(suggestSceneTitle(index, state)).toBe('Whole map');
    expect(suggestSceneTitle(index, { ...state, selection: { kind: 'actor', id: 'israel' } })).toBe(
      'Israel',
    );
    expect(
      suggestSceneTitle(index, {
        ...state,
        filters: { ...state.filters, topics: ['gaza', 'idlib'] },
      }),
    ).toBe('Gaza · Idlib');
  });

  it('makes readable unique ids', () => {
    expect(uniqueSceneId('Türkiye–Syria: the track!', new Set())).toBe('turkiye-syria-the-track');
    expect(uniqueSceneId('Gaza', new Set(['gaza', 'gaza-2']))).toBe('gaza-3');
    expect(uniqueSceneId('!!!', new Set())).toBe('scene');
  });

  it('moves items within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('merges imported scenes, renaming ids already taken', () => {
    const mine = { ...good, id: 'mine' };
    const { scenes, renamed } = mergeScenes(
      [mine],
      [{ ...good, id: 'gaza' }, { ...good, id: 'mine' }, good],
      new Set(['gaza']),
    );
    expect(scenes.map((s) => s.id)).toEqual(['mine', 'gaza-2', 'mine-2', 'israel-close-up']);
    expect(renamed).toEqual([
      { from: 'gaza', to: 'gaza-2' },
      { from: 'mine', to: 'mine-2' },
    ]);
  });
});

describe('scene quotes', () => {
  it('shows each evidence span once, even when it backs several stances', () => {
    const quotes = sceneQuotes(index, {
      view: {},
      quotes: [
        'calls-on-international-community-gaza',
        'calls-on-unsc-gaza',
        'calls-for-gaza-ceasefire-access',
      ],
    });
    const keys = quotes.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(quotes).toHaveLength(2);
    expect(quotes.find((q) => q.evidence.attribution === 'direct')!.stanceIds).toHaveLength(3);
  });

  it("falls back to the selection's quotes", () => {
    expect(
      sceneQuotes(index, { view: { selection: { kind: 'stance', id: 'decides-next-round' } } }),
    ).toHaveLength(1);
    const israel = sceneQuotes(index, {
      view: { selection: { kind: 'actor', id: 'israel' }, topics: ['israeli-strikes'] },
    });
    expect(israel.length).toBeGreaterThan(0);
    expect(
      israel.every((q) =>
        q.stanceIds.every((id) => index.stancesById.get(id)!.topics.includes('israeli-strikes')),
      ),
    ).toBe(true);
    expect(sceneQuotes(index, { view: {} })).toEqual([]);
  });
});

describe('scene files', () => {
  it('round-trips user scenes', () => {
    const scenes: Scene[] = [good, { id: 'plain', title: 'Plain', caption: '', view: {} }];
    const json = serializeSceneFile(datasetId, scenes);
    expect(JSON.parse(json)).toMatchObject({ stanceMapScenes: 1, dataset: 'astana-22' });
    expect(parse(json)).toEqual(scenes);
  });

  it('accepts a byte-order mark (files saved by Windows editors)', () => {
    expect(parse(`\uFEFF${file([good])}`)).toEqual([good]);
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['not JSON', '{"stanceMapScenes": 1,', 'not JSON:'],
    [
      'an array',
      '[]',
      'expected a JSON object with "stanceMapScenes", "dataset" and "scenes", got an array',
    ],
    [
      'a dataset file',
      JSON.stringify({ schemaVersion: 1 }),
      'stanceMapScenes: missing; this is not a Stance Map scene file',
    ],
    [
      'a future version',
      file([], { stanceMapScenes: 2 }),
      'stanceMapScenes: unsupported version 2; this app reads version 1',
    ],
    [
      'no dataset',
      JSON.stringify({ stanceMapScenes: 1, scenes: [] }),
      'dataset: expected the id of the dataset the scenes belong to, got nothing',
    ],
    [
      'another dataset',
      file([], { dataset: 'astana-21' }),
      'dataset: these scenes are for the dataset "astana-21", not "astana-22"',
    ],
    [
      'no scene list',
      JSON.stringify({ stanceMapScenes: 1, dataset: datasetId }),
      'scenes: expected an array of scenes, got nothing',
    ],
    [
      'a scene list that is an object',
      file({}),
      'scenes: expected an array of scenes, got an object',
    ],
    [
      'presenter notes longer than 4000 characters',
      file([{ ...good, notes: 'n'.repeat(4001) }]),
      'scenes[0].notes:',
    ],
  ])('rejects %s', (_label, json, message) => {
    const problems = problemsOf(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('keeps presenter notes', () => {
    const notes = 'Start with the guarantors.\nThen Israel.';
    expect(parse(file([{ ...good, notes }]))[0]!.notes).toBe(notes);
  });

  it('rejects oversized files before parsing', () => {
    expect(problemsOf(' '.repeat(3 * 1024 * 1024))[0]).toMatch(
      /scene files larger than 2 MB are refused/,
    );
  });

  it('rejects too many scenes', () => {
    const many = Array.from({ length: MAX_SCENES + 1 }, (_, i) => ({ ...good, id: `s${i}` }));
    expect(problemsOf(file(many))[0]).toBe(
      `scenes: holds ${MAX_SCENES + 1} scenes; at most ${MAX_SCENES} are allowed`,
    );
  });

  it.each([
    ['an empty title', { title: '' }, 'scenes[0].title: must not be empty'],
    [
      'a missing title',
      { title: undefined },
      'scenes[0].title: missing required field (expected string)',
    ],
    [
      'a long caption',
      { caption: 'x'.repeat(601) },
      'scenes[0].caption: is too long (at most 600 characters)',
    ],
    [
      'a bad id',
      { id: 'two words' },
      'scenes[0].id: ids are letters, digits, ".", "_", ":" and "-", got "two words"',
    ],
    [
      'an unknown polarity',
      { view: { polarities: ['angry'] } },
      'scenes[0].view.polarities[0]: expected',
    ],
    [
      'a bad joint mode',
      { view: { joint: 'merged' } },
      'scenes[0].view.joint: expected "bloc" or "separate", got "merged"',
    ],
    [
      'a zoom out of range',
      { view: { zoom: 50 } },
      'scenes[0].view.zoom: must be at most 10, got 50',
    ],
    [
      'a selection of the wrong kind',
      { view: { selection: { kind: 'topic', id: 'gaza' } } },
      'scenes[0].view.selection.kind: expected "actor" or "stance", got "topic"',
    ],
    ['a view that is not an object', { view: 'all' }, 'scenes[0].view: expected object, got "all"'],
  ])('names the path and reason for %s', (_label, change, message) => {
    const problems = problemsOf(file([{ ...good, ...change }]));
    expect(problems[0]).toContain(message);
  });

  it('rejects duplicate ids within the file', () => {
    expect(problemsOf(file([good, good]))).toEqual([
      'scenes[1].id: duplicate id "israel-close-up"',
    ]);
  });

  it('rejects references to things the dataset does not have', () => {
    const bad = {
      ...good,
      id: 'bad',
      view: {
        topics: ['mars'],
        focus: ['atlantis'],
        selection: { kind: 'stance', id: 'no-such-stance' },
      },
      quotes: ['ghost'],
    };
    expect(problemsOf(file([good, bad]))).toEqual([
      'scenes[1].view.topics[0]: unknown topic "mars"',
      'scenes[1].view.focus[0]: unknown actor "atlantis"',
      'scenes[1].view.selection.id: unknown stance "no-such-stance"',
      'scenes[1].quotes[0]: unknown stance "ghost"',
    ]);
  });

  it('reports every bad scene, with a total in the message', () => {
    try {
      parse(
        file([
          { ...good, title: '' },
          { ...good, id: 'b', caption: 'x'.repeat(700) },
        ]),
      );
      throw new Error('expected a rejection');
    } catch (error) {
      const e = error as SceneFileError;
      expect(e.total).toBe(2);
      expect(e.message).toBe('scenes[0].title: must not be empty (and 1 more)');
    }
  });
});

describe('scenes of a dataset with several documents', () => {
  const multi = indexDataset(generateSyntheticDataset({ stances: 12, actors: 6, documents: 3 }));
  const multiKnown = knownIdsOf(multi);
  const multiFile = (scenes: unknown) =>
    JSON.stringify({ stanceMapScenes: 1, dataset: multi.dataset.id, scenes });

  it('captures the documents filter and applies it back (round trip through the store)', () => {
    const store = createUiStore();
    store.getState().toggleDocument('doc-3');
    store.getState().toggleDocument('doc-1');
    store.getState().toggleTopic('topic-0');
    const scene = captureScene(store.getState(), { id: 'two-days', title: 'Two days' });
    expect(scene.view.documents).toEqual(['doc-3', 'doc-1']);

    const again = createUiStore();
    applyScene(again, scene);
    expect(again.getState().filters).toEqual(store.getState().filters);
    expect(again.getState().filters.documents).toEqual(['doc-3', 'doc-1']);
    expect(again.getState().sceneId).toBe('two-days');
    // The scene's map keeps only stances quoted from those documents.
    const { filters, joint } = sceneViewState(scene.view);
    const graph = buildGraph(multi, { filters, joint });
    expect(graph.stances.length).toBeGreaterThan(0);
    for (const stance of graph.stances)
      expect(['doc-1', 'doc-3']).toContain(multi.stancesById.get(stance.id)!.evidence[0]!.document);
  });

  it('reads the documents back from a scene file', () => {
    const scene: Scene = { id: 's', title: 'S', caption: '', view: { documents: ['doc-2'] } };
    const json = serializeSceneFile(multi.dataset.id, [scene]);
    expect(parseSceneFile(json, { datasetId: multi.dataset.id, known: multiKnown })).toEqual([
      scene,
    ]);
  });

  it('rejects an unknown document id, naming its path', () => {
    const json = multiFile([
      { id: 's', title: 'S', caption: '', view: { documents: ['doc-1', 'doc-9'] } },
    ]);
    try {
      parseSceneFile(json, { datasetId: multi.dataset.id, known: multiKnown });
      throw new Error('expected the file to be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(SceneFileError);
      expect((error as SceneFileError).message).toBe(
        'scenes[0].view.documents[1]: unknown document "doc-9"',
      );
    }
    // A dataset shipping such a scene is refused by the loader the same way.
    const dataset = {
      ...multi.dataset,
      scenes: [{ id: 's', title: 'S', caption: '', view: { documents: ['doc-9'] } }],
    };
    expect(() => checkDataset(JSON.parse(JSON.stringify(dataset)), 'multi.json')).toThrow(
      'scenes[0].view.documents[0]: unknown document "doc-9"',
    );
  });

  it('applies an older scene without documents, clearing a documents filter in use', () => {
    const store = createUiStore();
    store.getState().toggleDocument('doc-2');
    applyScene(store, { id: 'old', title: 'Old', caption: '', view: { topics: ['topic-1'] } });
    expect(store.getState().filters).toEqual({
      topics: ['topic-1'],
      polarities: [],
      types: [],
      roles: [],
    });
    expect(store.getState().filters).not.toHaveProperty('documents');
  });

  it('is dropped by an import that leaves its document out', () => {
    const scenes: Scene[] = [
      { id: 'day-2', title: 'Day 2', caption: '', view: { documents: ['doc-2'] } },
      { id: 'day-9', title: 'Day 9', caption: '', view: { documents: ['doc-9'] } },
    ];
    const kept = keepResolvableScenes({ ...multi.dataset, scenes });
    expect(kept?.map((scene) => scene.id)).toEqual(['day-2']);
  });

  it('names the documents in a suggested title', () => {
    const state = createUiStore().getState();
    const withDocuments = (documents: string[], topics: string[] = []) =>
      suggestSceneTitle(multi, { ...state, filters: { ...state.filters, documents, topics } });
    expect(withDocuments(['doc-2'])).toBe('From Synthetic source 2');
    expect(withDocuments(['doc-1', 'doc-3'], ['topic-0'])).toBe(
      `${multi.topicsById.get('topic-0')!.label}, from Synthetic source 1, Synthetic source 3`,
    );
  });
});
