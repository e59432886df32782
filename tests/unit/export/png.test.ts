import { PNG_SIZES, parsePngSize, pngDimensions, readPngSize } from '../../../src/export/png';

describe('PNG size', () => {
  const logical = { width: 1100, height: 780 };

  it('is twice the screen size by default', () => {
    expect(pngDimensions(logical)).toEqual({ width: 2200, height: 1560, scale: 2 });
  });

  it.each([1280, 1920, 2560, 3840] as const)(
    'is exactly %i px wide when asked, keeping the aspect ratio',
    (width) => {
      const size = pngDimensions(logical, width);
      expect(size.width).toBe(width);
      expect(size.height).toBe(Math.round((780 * width) / 1100));
    },
  );

  it('stays within what browsers can draw', () => {
    const tall = pngDimensions({ width: 1000, height: 12000 }, 3840);
    expect(tall.height).toBeLessThanOrEqual(16384);
    expect(tall.width).toBe(Math.round(1000 * (16384 / 12000)));
  });

  it('offers the documented choices and reads them back from a <select>', () => {
    expect(PNG_SIZES.map((s) => s.value)).toEqual(['2x', 'slide', 1280, 1920, 2560, 3840]);
    expect(parsePngSize('1920')).toBe(1920);
    expect(parsePngSize('2x')).toBe('2x');
    expect(parsePngSize('9999')).toBe('2x');
  });
});

describe('reading a PNG header', () => {
  function header(width: number, height: number): Uint8Array {
    const bytes = new Uint8Array(33);
    bytes.set([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    return bytes;
  }

  it('finds the width and height in IHDR', () => {
    expect(readPngSize(header(3840, 2716))).toEqual({ width: 3840, height: 2716 });
  });

  it('refuses what is not a PNG', () => {
    expect(
      readPngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeNull();
    expect(readPngSize(header(1, 1).slice(0, 20))).toBeNull();
  });
});
