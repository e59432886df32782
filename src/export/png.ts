/**
 * PNG export: the export SVG rasterised in a canvas at the chosen size. The sizing and
 * the header check are pure; only svgToPngBlob needs a browser.
 */

/**
 * "2x" is twice the design size (sharp on a projector); "slide" a 16:9 slide of
 * 1920 × 1080 px (see SLIDE in buildExportSvg); numbers are pixel widths.
 */
export type PngSize = '2x' | 'slide' | 1280 | 1920 | 2560 | 3840;
export const PNG_SIZES: ReadonlyArray<{ value: PngSize; label: string }> = [
  { value: '2x', label: '2× design size' },
  { value: 'slide', label: 'Slide 16:9 (1920 × 1080)' },
  { value: 1280, label: '1280 px wide' },
  { value: 1920, label: '1920 px wide' },
  { value: 2560, label: '2560 px wide' },
  { value: 3840, label: '3840 px wide (4K)' },
];
export const DEFAULT_PNG_SIZE: PngSize = '2x';

const SLIDE_PIXEL_WIDTH = 1920;
/** Browsers refuse bigger canvases (Chromium: 16,384 px a side, about 268 million pixels). */
const MAX_SIDE = 16384;
const MAX_AREA = 16384 * 16384;

export function parsePngSize(value: string): PngSize {
  const found = PNG_SIZES.find((size) => String(size.value) === value);
  return found ? found.value : DEFAULT_PNG_SIZE;
}

/** Pixel size of the PNG for an SVG of this logical size; the aspect ratio is kept. */
export function pngDimensions(
  logical: { width: number; height: number },
  size: PngSize = DEFAULT_PNG_SIZE,
): { width: number; height: number; scale: number } {
  const wanted = size === '2x' ? logical.width * 2 : size === 'slide' ? SLIDE_PIXEL_WIDTH : size;
  const scale = Math.min(
    wanted / logical.width,
    MAX_SIDE / logical.width,
    MAX_SIDE / logical.height,
    Math.sqrt(MAX_AREA / (logical.width * logical.height)),
  );
  return {
    width: Math.round(logical.width * scale),
    height: Math.round(logical.height * scale),
    scale,
  };
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Rasterise an SVG document to a PNG blob of exactly width × height pixels. */
export async function svgToPngBlob(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images (no canvas)');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('the image could not be encoded as PNG')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
