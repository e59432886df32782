import { ACTOR_KIND_STYLES } from '../../../src/data/vocabulary';
import { glyphPath, innerRingPath } from '../../../src/map/glyphs';

describe('glyphPath', () => {
  it('draws a closed outline for every actor kind', () => {
    for (const { glyph } of Object.values(ACTOR_KIND_STYLES)) {
      const d = glyphPath(glyph, 12);
      expect(d).toMatch(/^M/);
      expect(d).toMatch(/Z$/);
      expect(d).not.toContain('NaN');
    }
    expect(innerRingPath(12)).toMatch(/Z$/);
  });
});
