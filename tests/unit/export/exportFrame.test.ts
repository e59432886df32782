// @vitest-environment jsdom
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import { sceneLayout, sceneTransform } from '../../../src/briefing/sceneLayout';
import { buildExportSvg, CROP_MARGIN, SLIDE } from '../../../src/export/buildExportSvg';
import { sceneExport, currentViewExport } from '../../../src/export/viewExport';
import { buildGraph } from '../../../src/graph/buildGraph';
import { NO_FILTERS } from '../../../src/graph/filters';
import { sidedBoxes, type Transform } from '../../../src/layout/layoutFrame';
import { astanaIndex } from '../briefing/briefingFixtures';

const index = astanaIndex();
const NOW = new Date(2025, 2, 4);
/** The screens a briefing is shown on. */
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/** The map's share of a presenting screen (briefing.css: the column is clamp(400px, 40vw, 900px)). */
function presentingMapArea(screen: { width: number; height: number }) {
  const column = Math.min(900, Math.max(400, 0.4 * screen.width));
  return { width: screen.width - column, height: screen.height };
}

/** Every node box (label on its side) that crosses a width × height frame under `t`. */
function boxesCut(
  layout: ReturnType<typeof sceneLayout>,
  t: Transform,
  width: number,
  height: number,
): string[] {
  const boxes = sidedBoxes(layout.graph, layout.labelSides);
  const cut: string[] = [];
  for (const [id, p] of layout.positions) {
    const box = boxes.get(id)!;
    const left = (p.x - box.halfWidth) * t.k + t.x;
    const right = (p.x + box.halfWidth) * t.k + t.x;
    const top = (p.y - box.top) * t.k + t.y;
    const bottom = (p.y + box.bottom) * t.k + t.y;
    if (left < 0 || top < 0 || right > width || bottom > height) cut.push(id);
  }
  return cut;
}

describe('framing scenes for the room', () => {
  it('puts labels above where fewer links cross them, so framing must know the side', () => {
    const sides = ASTANA_22_SCENES.flatMap((scene) => [
      ...sceneLayout(index, scene).labelSides.values(),
    ]);
    expect(sides).toContain('above');
  });

  for (const screen of SCREENS) {
    it(`cuts no label of any default scene at ${screen.width}×${screen.height}`, () => {
      const area = presentingMapArea(screen);
      for (const scene of ASTANA_22_SCENES) {
        const layout = sceneLayout(index, scene);
        expect(layout.positions.size).toBe(layout.graph.nodes.length);
        // Presenting (the map beside the text column) and a full-screen export.
        for (const frame of [area, screen]) {
          const t = sceneTransform(layout, frame.width, frame.height);
          expect({ scene: scene.id, cut: boxesCut(layout, t, frame.width, frame.height) }).toEqual({
            scene: scene.id,
            cut: [],
          });
        }
      }
    });
  }

  it('gives the handout the positions the presentation uses', () => {
    for (const scene of ASTANA_22_SCENES) {
      const layout = sceneLayout(index, scene);
      const exported = sceneExport({ index, scene, now: NOW, size: { width: 860, height: 400 } });
      expect([...exported.positions]).toEqual([...layout.positions]);
      expect(boxesCut(layout, exported.transform!, 860, 400)).toEqual([]);
    }
  });
});

describe('exports that fit', () => {
  const graph = buildGraph(index, { filters: { ...NO_FILTERS, topics: ['gaza'] }, joint: 'bloc' });
  const positions = new Map(graph.nodes.map((node, i) => [node.id, { x: 400 + i * 90, y: 300 }]));
  const snapshot = { positions, transform: { x: 0, y: 0, k: 1 }, width: 1600, height: 1000 };

  function mapArea(svg: string) {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const map = doc.querySelector('[data-map]')!;
    return {
      doc,
      width: Number(map.getAttribute('width')),
      height: Number(map.getAttribute('height')),
    };
  }

  it('crops the map to the drawn content plus a margin, not the screen', () => {
    const input = currentViewExport({
      index,
      graph,
      state: { selection: null, filters: NO_FILTERS },
      scene: null,
      snapshot,
      now: NOW,
    });
    const { svg } = buildExportSvg(input);
    const { width, height } = mapArea(svg);
    const layout = { graph, positions, labelSides: new Map(), framing: { focus: null, zoom: 1 } };
    const boxes = sidedBoxes(graph, new Map());
    // Content: one row of nodes; the map is that row plus the margin, far less than 1600 × 1000.
    const ys = graph.nodes.map((node) => boxes.get(node.id)!);
    const contentHeight = Math.max(...ys.map((b) => b.bottom)) + Math.max(...ys.map((b) => b.top));
    expect(height).toBeLessThanOrEqual(
      Math.max(160, Math.ceil(contentHeight + 2 * CROP_MARGIN + 12)),
    );
    expect(width).toBeLessThan(1600);
    const t = mapArea(svg)
      .doc.querySelector('[data-map] > g')!
      .getAttribute('transform')!
      .match(/translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/)!;
    const transform = { x: Number(t[1]), y: Number(t[2]), k: Number(t[3]) };
    expect(boxesCut({ ...layout, labelSides: new Map() }, transform, width, height)).toEqual([]);
  });

  it('makes a 16:9 slide with the whole map in it', () => {
    const input = currentViewExport({
      index,
      graph,
      state: { selection: null, filters: NO_FILTERS },
      scene: null,
      snapshot,
      now: NOW,
      frame: 'slide',
    });
    const out = buildExportSvg({ ...input, outputWidth: SLIDE.outputWidth });
    expect(out.width / out.height).toBeCloseTo(16 / 9, 2);
    expect(out.svg).toContain(`width="1920" height="1080"`);
    expect(mapArea(out.svg).height).toBeGreaterThan(400);
  });
});
