// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import { sceneQuotes } from '../../../src/briefing/scenes';
import { escapeXml } from '../../../src/export/escapeXml';
import { buildBriefingPptx } from '../../../src/export/pptx';
import { sentenceContext } from '../../../src/panel/sentenceContext';
import { astanaIndex } from '../briefing/briefingFixtures';

const index = astanaIndex();
/** A 1×1 PNG: the picture's pixels come from the browser's canvas, not tested here. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

describe('the PowerPoint briefing', () => {
  const rendered: Array<{ svg: string; width: number; height: number }> = [];
  const deck = buildBriefingPptx(index, ASTANA_22_SCENES, {
    now: new Date(2025, 2, 4),
    renderPng: async (svg, width, height) => {
      rendered.push({ svg, width, height });
      return PIXEL;
    },
  });
  const files = deck.then((bytes) => unzipSync(bytes));
  const text = async (name: string) => strFromU8((await files)[name]!);
  const slideNames = async () =>
    Object.keys(await files)
      .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));

  it('has a title slide and one slide per scene, each with a 16:9 map picture', async () => {
    expect(await slideNames()).toHaveLength(ASTANA_22_SCENES.length + 1);
    const title = await text('ppt/slides/slide1.xml');
    expect(title).toContain(escapeXml(index.dataset.title));
    expect(title).toContain('November 2024');
    expect(title).toContain('Source: ');
    expect(rendered).toHaveLength(ASTANA_22_SCENES.length);
    for (const { width, height, svg } of rendered) {
      expect(width / height).toBeCloseTo(16 / 9, 2);
      expect(width).toBeGreaterThanOrEqual(1920);
      expect(svg).toContain('data-map');
    }
  });

  it('puts each scene title and its quotes on its slide as text, with attribution words', async () => {
    for (const [i, scene] of ASTANA_22_SCENES.entries()) {
      const xml = await text(`ppt/slides/slide${i + 2}.xml`);
      expect(xml).toContain(escapeXml(scene.title));
      const quotes = sceneQuotes(index, scene).slice(0, 4);
      // The overview shows no quotes; every other default scene does.
      expect(quotes.length > 0 || scene.quotes?.length === 0).toBe(true);
      for (const { evidence } of quotes) {
        expect(xml).toContain(escapeXml(evidence.quote));
        expect(xml).toContain(evidence.attribution === 'direct' ? '— communiqué' : '— report');
      }
      expect(xml).toMatch(/<p:pic>/);
      // The legend as text beside the picture.
      expect(xml).toContain('Stances');
      expect(xml).toContain('Actors');
    }
  });

  it('carries the caption and every quote in context in the speaker notes', async () => {
    const notesFiles = Object.keys(await files).filter((name) =>
      /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name),
    );
    expect(notesFiles).toHaveLength(ASTANA_22_SCENES.length + 1);
    const scene = ASTANA_22_SCENES[1]!;
    const notes = await text('ppt/notesSlides/notesSlide3.xml');
    expect(notes).toContain(escapeXml(scene.caption));
    const document = index.dataset.documents[0]!;
    for (const { evidence } of sceneQuotes(index, scene)) {
      const context = sentenceContext(document.text, evidence.start, evidence.end);
      // The words around the quote, not only the quote.
      expect(context.before.length + context.after.length).toBeGreaterThan(0);
      expect(notes).toContain(
        escapeXml(`${context.before}${context.quote}${context.after}`.trim()),
      );
    }
    expect(notes).toContain('Show in source:');
  });
});
