import { estimateTextWidth, labelLines, nodeBox } from '../../../src/layout/labelMetrics';

describe('labelLines', () => {
  it('keeps short labels and single words on one line', () => {
    expect(labelLines('Israel')).toEqual(['Israel']);
    expect(labelLines('Northern Syria')).toEqual(['Northern Syria']);
    expect(labelLines('Resolution 1701')).toEqual(['Resolution 1701']);
    expect(labelLines('Internationalization')).toEqual(['Internationalization']);
  });

  it('wraps long labels into balanced lines at spaces', () => {
    expect(labelLines('Terrorist groups operating in Syria')).toEqual([
      'Terrorist groups',
      'operating in Syria',
    ]);
    const lines = labelLines('Appropriation and transfer of Syria’s oil and resources');
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe('Appropriation and transfer of Syria’s oil and resources');
  });
});

describe('nodeBox', () => {
  it('grows with the label and reaches below the glyph', () => {
    const short = nodeBox(12, 'UN');
    const long = nodeBox(12, 'Humanitarian organizations');
    expect(long.halfWidth).toBeGreaterThan(short.halfWidth);
    expect(short.bottom).toBeGreaterThan(short.top);
    expect(estimateTextWidth('WWW')).toBeGreaterThan(estimateTextWidth('iii'));
  });
});
