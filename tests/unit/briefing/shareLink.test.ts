import { buildGraph } from '../../../src/graph/buildGraph';
import { NO_FILTERS } from '../../../src/graph/filters';
import { cameraFromViewport, embedSnippet, shareUrl } from '../../../src/briefing/shareLink';
import { createUiStore } from '../../../src/state/uiStore';
import { parseUrlState } from '../../../src/url/urlState';
import { astanaIndex } from './briefingFixtures';

const index = astanaIndex();
const graph = buildGraph(index, { filters: { ...NO_FILTERS, topics: ['gaza'] }, joint: 'bloc' });

describe('share links', () => {
  it('reproduces the view, scene and camera, and round-trips through the URL parser', () => {
    const state = createUiStore({
      selection: { kind: 'actor', id: 'israel' },
      filters: { ...NO_FILTERS, topics: ['gaza'], polarities: ['negative'] },
      joint: 'separate',
      view: 'table',
      sceneId: 'gaza',
    }).getState();
    const link = shareUrl('https://example.org/app/?handout=1&lang=en#x', state, {
      data: null,
      camera: { focus: ['israel', 'gaza'], zoom: 1.5 },
    });
    const url = new URL(link);
    expect(url.pathname).toBe('/app/');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('handout')).toBeNull();
    expect(url.searchParams.get('lang')).toBe('en');
    const parsed = parseUrlState(url.search);
    expect(parsed).toMatchObject({
      selection: { kind: 'actor', id: 'israel' },
      filters: { topics: ['gaza'], polarities: ['negative'] },
      joint: 'separate',
      view: 'table',
      scene: 'gaza',
      focus: ['israel', 'gaza'],
      zoom: 1.5,
      embed: false,
    });
  });

  it('adds embed=1 for the read-only view and leaves defaults out', () => {
    const state = createUiStore().getState();
    const link = shareUrl('https://example.org/', state, {
      data: 'astana-23',
      camera: { focus: null, zoom: 1 },
      embed: true,
    });
    expect(link).toBe('https://example.org/?data=astana-23&embed=1');
  });

  it('ignores a malformed camera in a URL', () => {
    expect(parseUrlState('?zoom=abc&focus=%3Cscript%3E')).toMatchObject({
      zoom: null,
      focus: null,
    });
    expect(parseUrlState('?zoom=99')).toMatchObject({ zoom: null });
    expect(parseUrlState('?zoom=0.5&handout=1')).toMatchObject({ zoom: 0.5, handout: true });
  });

  it('escapes the embed snippet', () => {
    expect(embedSnippet('https://x.org/?a=1&embed=1', 'A "quoted" <title>')).toBe(
      '<iframe src="https://x.org/?a=1&amp;embed=1" title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="640" style="border:1px solid #d9d9d4" loading="lazy"></iframe>',
    );
  });
});

describe('the camera of a viewport', () => {
  const positions = new Map(graph.nodes.map((node, i) => [node.id, { x: i * 100, y: 0 }]));
  const intent = { focus: ['x'], zoom: 3 };

  it('is "frame everything" when every actor is on screen', () => {
    const viewport = {
      positions,
      transform: { x: 10, y: 50, k: 1 },
      width: graph.nodes.length * 100,
      height: 100,
    };
    expect(cameraFromViewport(graph, viewport, intent)).toEqual({ focus: null, zoom: 1 });
  });

  it('lists the actors on screen when zoomed in', () => {
    const viewport = { positions, transform: { x: 0, y: 50, k: 1 }, width: 150, height: 100 };
    expect(cameraFromViewport(graph, viewport, intent)).toEqual({
      focus: [graph.nodes[0]!.id, graph.nodes[1]!.id],
      zoom: 1,
    });
  });

  it('falls back to the store intent without a map', () => {
    expect(cameraFromViewport(graph, null, intent)).toBe(intent);
  });
});
