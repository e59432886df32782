import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import { sceneQuotes } from '../../../src/briefing/scenes';
import {
  HANDOUT_MAP_MAX_HEIGHT,
  handoutMapHeight,
  sceneTextHeight,
} from '../../../src/export/handoutLayout';
import { astanaIndex } from '../briefing/briefingFixtures';

const index = astanaIndex();

describe('handout page fitting', () => {
  it('keeps the full map when the text is short', () => {
    expect(handoutMapHeight(sceneTextHeight('Gaza', 'One sentence.', ['A short quote.']), 80)).toBe(
      HANDOUT_MAP_MAX_HEIGHT,
    );
  });

  it('shortens the map as the quotes grow, down to a readable minimum', () => {
    const quote = 'x'.repeat(200);
    const few = handoutMapHeight(sceneTextHeight('T', 'C', [quote, quote]), 100);
    const many = handoutMapHeight(
      sceneTextHeight('T', 'C', [quote, quote, quote, quote, quote]),
      100,
    );
    expect(many).toBeLessThan(few);
    expect(handoutMapHeight(sceneTextHeight('T', 'C', Array(30).fill(quote)), 100)).toBe(240);
  });

  it('gives every default scene a map', () => {
    for (const scene of ASTANA_22_SCENES) {
      const quotes = sceneQuotes(index, scene).map((q) => q.evidence.quote);
      expect(
        handoutMapHeight(sceneTextHeight(scene.title, scene.caption, quotes), 90),
      ).toBeGreaterThanOrEqual(240);
    }
  });
});
