import { contrastRatio, readableInkOn } from '../../../src/panel/colour';
import { ROLE_STYLES } from '../../../src/data/vocabulary';

describe('colour helpers', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The faint ink used for small print passes AA on white.
    expect(contrastRatio('#6b6b6b', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('picks a readable letter colour for every role badge', () => {
    for (const style of Object.values(ROLE_STYLES)) {
      expect(contrastRatio(readableInkOn(style.color), style.color)).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableInkOn('#000000')).toBe('#ffffff');
    expect(readableInkOn('#F0E442')).toBe('#000000');
  });
});
