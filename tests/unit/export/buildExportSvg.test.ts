// @vitest-environment jsdom
import type { Dataset } from '../../../src/data/schema';
import { buildGraph, type Graph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { buildExportSvg, wrapText, type ExportSvgInput } from '../../../src/export/buildExportSvg';
import { escapeXml } from '../../../src/export/escapeXml';
import { legendItems } from '../../../src/export/legend';
import { exportDateLine, sourceLine } from '../../../src/export/sourceLine';
import { currentViewExport, sceneExport } from '../../../src/export/viewExport';
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import { astanaIndex } from '../briefing/briefingFixtures';

const index = astanaIndex();
const NOW = new Date(2025, 2, 4);

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

function input(
  graph: Graph,
  extra: Partial<Parameters<typeof currentViewExport>[0]> = {},
): ExportSvgInput {
  return currentViewExport({
    index,
    graph,
    state: { selection: null, filters: NO_FILTERS },
    scene: null,
    snapshot: null,
    now: NOW,
    ...extra,
  });
}

describe('the SVG export', () => {
  const graph = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
  const { svg, width, height } = buildExportSvg(input(graph));
  const doc = parseSvg(svg);

  it('is a standalone SVG document with no external references', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(svg).not.toMatch(
      /href=|@import|<style|<script|<foreignObject|https?:\/\/(?!www\.w3\.org\/2000\/svg)/,
    );
    // Internal references only (arrowheads).
    for (const match of svg.matchAll(/url\(#([^)]+)\)/g))
      expect(doc.getElementById(match[1]!)).not.toBeNull();
  });

  it('holds one element per visible node and per visible link', () => {
    const nodes = [...doc.querySelectorAll('[data-node-id]')].map((el) =>
      el.getAttribute('data-node-id'),
    );
    const links = [...doc.querySelectorAll('[data-link-id]')].map((el) =>
      el.getAttribute('data-link-id'),
    );
    expect(nodes.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(links.sort()).toEqual(graph.links.map((l) => l.id).sort());
    expect(graph.links.length).toBeGreaterThan(30);
  });

  it('draws stances with their polarity colours and an arrowhead', () => {
    const condemns = doc.querySelector('[data-link-id="condemns-israel-syria"]')!;
    expect(condemns.getAttribute('stroke')).toBe('#D55E00');
    expect(condemns.getAttribute('marker-end')).toBe('url(#sm-arrow-negative)');
    const directive = doc.querySelector('[data-polarity="directive"]')!;
    expect(directive.getAttribute('stroke-dasharray')).toBe('7 4');
  });

  it('has a legend of what is shown, the source line and the export date', () => {
    const legend = [...doc.querySelectorAll('[data-legend-item]')].map((el) =>
      el.getAttribute('data-legend-item'),
    );
    expect(legend).toEqual(
      expect.arrayContaining([
        'polarity:negative',
        'polarity:directive',
        'polarity:positive',
        'polarity:neutral',
        'membership',
        'glyph:circle',
        'glyph:ringed-circle',
        'role:guarantor',
        'role:observer',
      ]),
    );
    expect(doc.querySelector('[data-source-line]')!.textContent).toContain(
      'Source: News report on the 22nd round of the Astana process',
    );
    expect(doc.querySelector('[data-source-line]')!.textContent).toContain('12 November 2024');
    expect(doc.querySelector('[data-export-date]')!.textContent).toBe(
      'Exported 4 March 2025 with Stance Map',
    );
    expect(doc.querySelector('[data-title]')!.textContent).toBe(
      'Astana process on Syria, 22nd round',
    );
  });

  it('keeps only the legend entries a filtered view needs', () => {
    const gaza = buildGraph(index, {
      filters: { ...NO_FILTERS, topics: ['gaza'] },
      joint: 'separate',
    });
    const only = legendItems(gaza);
    expect(only.polarities).toEqual(['negative', 'directive']);
    expect(only.membership).toBe(false);
    const gazaDoc = parseSvg(buildExportSvg(input(gaza)).svg);
    expect(gazaDoc.querySelector('[data-legend-item="polarity:positive"]')).toBeNull();
    expect(gazaDoc.querySelectorAll('[data-node-id]')).toHaveLength(gaza.nodes.length);
  });

  it("uses the map on screen's positions, not its framing", () => {
    const positions = new Map(graph.nodes.map((node, i) => [node.id, { x: i * 10, y: i * 5 }]));
    const exported = input(graph, {
      snapshot: { positions, transform: { x: 12, y: 34, k: 0.5 }, width: 1000, height: 640 },
    });
    expect(exported.frame).toBe('crop');
    const out = parseSvg(buildExportSvg(exported).svg);
    // Cropped to the content at design size, whatever the screen's zoom.
    expect(out.querySelector('[data-map] > g')!.getAttribute('transform')).toMatch(
      /^translate\([-\d.]+,[-\d.]+\) scale\(1\)$/,
    );
    expect(
      out.querySelector(`[data-node-id="${graph.nodes[3]!.id}"]`)!.getAttribute('transform'),
    ).toBe('translate(30,15)');
  });

  it('lays the graph out itself when the map is not on screen or out of date', () => {
    const stale = {
      positions: new Map([['israel', { x: 1, y: 1 }]]),
      transform: { x: 0, y: 0, k: 1 },
      width: 900,
      height: 500,
    };
    const exported = input(graph, { snapshot: stale });
    expect(exported.transform).toBeUndefined();
    for (const node of graph.nodes) expect(exported.positions.has(node.id)).toBe(true);
  });

  it('dims what is not selected, as the map does', () => {
    const out = parseSvg(
      buildExportSvg(
        input(graph, {
          state: { selection: { kind: 'actor', id: 'israel' }, filters: NO_FILTERS },
        }),
      ).svg,
    );
    expect(out.querySelector('[data-node-id="israel"]')!.getAttribute('opacity')).toBeNull();
    expect(out.querySelector('[data-node-id="kazakhstan"]')!.getAttribute('opacity')).toBe('0.2');
    expect(
      out.querySelector('[data-link-id="condemns-israel-syria"]')!.getAttribute('opacity'),
    ).toBeNull();
    expect(out.querySelector('[data-link-id="decides-next-round"]')!.getAttribute('opacity')).toBe(
      '0.15',
    );
  });

  it('sizes the root for a PNG without changing the drawing', () => {
    const base = buildExportSvg(input(graph));
    const big = buildExportSvg({ ...input(graph), outputWidth: base.width * 2 });
    const root = parseSvg(big.svg).documentElement;
    expect(root.getAttribute('width')).toBe(String(base.width * 2));
    expect(root.getAttribute('height')).toBe(String(base.height * 2));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${base.width} ${base.height}`);
  });

  it('draws just the map and legend when bare (the handout sets the text)', () => {
    const out = parseSvg(buildExportSvg({ ...input(graph), bare: true }).svg);
    expect(out.querySelector('[data-title]')).toBeNull();
    expect(out.querySelector('[data-source-line]')).toBeNull();
    expect(out.querySelector('[data-legend]')).not.toBeNull();
  });

  it('says so when no stance matches', () => {
    const none = buildGraph(index, {
      filters: { ...NO_FILTERS, topics: ['gaza'], polarities: ['positive'] },
      joint: 'bloc',
    });
    expect(buildExportSvg(input(none)).svg).toContain('No stances match this view.');
  });
});

describe('text from data in the SVG', () => {
  const hostile: Dataset = structuredClone(index.dataset);
  hostile.title = 'Round <script>alert(1)</script> & “more”';
  hostile.documents[0]!.title = 'A "report" <img src=x onerror=alert(1)>';
  hostile.documents[0]!.publisher = "O'Reilly & Sons";
  hostile.actors.find((a) => a.id === 'israel')!.name = '<script>alert("x")</script>';
  hostile.actors.find((a) => a.id === 'israel')!.shortName = '<b>Isr</b>\u0007';
  const hostileIndex = indexDataset(hostile);
  const graph = buildGraph(hostileIndex, { filters: NO_FILTERS, joint: 'bloc' });
  const { svg } = buildExportSvg(
    currentViewExport({
      index: hostileIndex,
      graph,
      state: { selection: null, filters: NO_FILTERS },
      scene: null,
      snapshot: null,
      now: NOW,
    }),
  );

  it('is escaped, never markup', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('[data-node-id="israel"] title')!.textContent).toBe(
      '<script>alert("x")</script>',
    );
    expect(doc.querySelector('[data-source-line]')!.textContent).toContain(
      `A "report" <img src=x onerror=alert(1)>, O'Reilly & Sons, 12 November 2024`,
    );
    expect(doc.querySelector('[data-title]')!.textContent).toBe(
      'Round <script>alert(1)</script> & “more”',
    );
  });

  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0007b\u0000c\uD800d')).toBe('abcd');
    expect(escapeXml('😀 é')).toBe('😀 é');
  });
});

describe('helpers', () => {
  it('wraps text to a width, with an ellipsis past the last line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 80, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    const cut = wrapText('one two three four five six seven eight nine ten', 80, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  it('writes the source line with the publisher only where known', () => {
    expect(sourceLine(index.dataset)).toBe(
      'Source: News report on the 22nd round of the Astana process (quotes the final communiqué), 12 November 2024',
    );
    const withPublisher = structuredClone(index.dataset);
    withPublisher.documents[0]!.publisher = 'Anadolu Agency';
    expect(sourceLine(withPublisher)).toMatch(/, Anadolu Agency, 12 November 2024$/);
    expect(exportDateLine(new Date(2024, 10, 12, 23, 59))).toBe(
      'Exported 12 November 2024 with Stance Map',
    );
  });

  it('lays out every default scene with every node placed and framed', () => {
    for (const scene of ASTANA_22_SCENES) {
      const exported = sceneExport({ index, scene, now: NOW });
      expect(exported.title).toBe(scene.title);
      for (const node of exported.graph.nodes) expect(exported.positions.has(node.id)).toBe(true);
      expect(exported.transform!.k).toBeGreaterThan(0);
      const doc = parseSvg(buildExportSvg(exported).svg);
      expect(doc.querySelectorAll('[data-node-id]')).toHaveLength(exported.graph.nodes.length);
    }
  });
});
