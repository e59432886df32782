/**
 * The briefing as a PowerPoint deck: a title slide, then one slide per scene with the map
 * as a 16:9 picture (the export SVG of the scene, laid out as presented), the title,
 * caption and key quotes as editable text with their attribution words, and the source
 * line; the speaker notes carry the caption, the presenter's notes and every quote with
 * the sentence around it in the source. pptxgenjs is loaded here, on demand.
 *
 * Pure but for the picture: the caller passes how an SVG becomes a PNG (a canvas in the
 * browser, a stub in a unit test).
 */
import type PptxGenJS from 'pptxgenjs';
import type { Scene } from '../data/schema';
import {
  ATTRIBUTION_LABELS,
  POLARITY_STYLES,
  ROLE_STYLES,
  type Glyph,
  type Polarity,
} from '../data/vocabulary';
import type { DatasetIndex } from '../graph/datasetIndex';
import { sentenceContext } from '../panel/sentenceContext';
import { sceneQuotes, type SceneQuote } from '../briefing/scenes';
import { buildExportSvg } from './buildExportSvg';
import type { LegendItems } from './legend';
import { eventLine, exportDateLine, sourceLine } from './sourceLine';
import { sceneExport } from './viewExport';

/** Turns an export SVG into a PNG `data:` URL of exactly width × height pixels. */
export type RenderPng = (svg: string, width: number, height: number) => Promise<string>;

/** Slide size: PowerPoint's 16:9 "widescreen", in inches. */
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const MARGIN = 0.45;
/**
 * The map picture: 16:9 on the left. Its logical size sets the type size on the slide:
 * 640 px across 8.4 in puts the map's 12.5 px labels at about 12 pt.
 */
const MAP = { x: MARGIN, y: 1.4, w: 8.4, h: 8.4 * (9 / 16) };
const MAP_LOGICAL = { width: 640, height: 360 };
/** 1920 × 1080 pixels: sharp on a projector. */
const MAP_PIXEL_SCALE = 3;
/** The text column beside the map, down to the source line. */
const COLUMN_X = MAP.x + MAP.w + 0.35;
const COLUMN = { x: COLUMN_X, y: MAP.y, w: SLIDE_W - COLUMN_X - MARGIN, h: 5.45 };
/** How the legend draws each line style and glyph in text. */
const LINE_SIGNS: Record<Polarity, string> = {
  negative: '━━▶',
  directive: '╍╍▶',
  positive: '━━▶',
  neutral: '┈┈▶',
};
const GLYPH_SIGNS: Record<Glyph, string> = {
  circle: '○',
  'ringed-circle': '◎',
  'rounded-square': '▢',
  triangle: '△',
  'dashed-circle': '◌',
  diamond: '◇',
  hexagon: '⬡',
  square: '□',
  star: '☆',
};
/** As on screen when presenting: more quotes no longer read from the back of a room. */
const MAX_SLIDE_QUOTES = 4;
const INK = '1A1A1A';
const INK_SOFT = '4A4A4A';
const FONT = 'Calibri';
const QUOTE_FONT = 'Georgia';

/** The quote's sentence in the source, for the speaker notes ("Show in source"). */
function quoteInContext(index: DatasetIndex, quote: SceneQuote): string {
  const { evidence } = quote;
  const document = index.dataset.documents.find((doc) => doc.id === evidence.document);
  if (!document) return evidence.quote;
  const context = sentenceContext(document.text, evidence.start, evidence.end);
  return `${context.clippedBefore ? '…' : ''}${context.before}${context.quote}${context.after}${context.clippedAfter ? '…' : ''}`.trim();
}

/** Everything a presenter may want to say or be asked about the scene. */
export function speakerNotes(index: DatasetIndex, scene: Scene, quotes: SceneQuote[]): string {
  const parts: string[] = [];
  if (scene.caption) parts.push(scene.caption);
  if (scene.notes?.trim()) parts.push(`Notes: ${scene.notes.trim()}`);
  if (quotes.length) {
    parts.push(
      `Quotes behind this scene (${quotes.length}):\n\n` +
        quotes
          .map((quote, i) => {
            const badge = ATTRIBUTION_LABELS[quote.evidence.attribution].badge;
            return `${i + 1}. “${quote.evidence.quote}” (${badge})\nShow in source: ${quoteInContext(index, quote)}`;
          })
          .join('\n\n'),
    );
  }
  parts.push(sourceLine(index.dataset));
  return parts.join('\n\n');
}

/** The largest type (pt) at which the caption and quotes fill the column without overflowing. */
function columnFontSize(caption: string, quotes: string[]): number {
  // A quote's badge line and spacing count as about 50 characters.
  const chars = caption.length + quotes.reduce((sum, quote) => sum + quote.length + 50, 0);
  if (chars < 520) return 15;
  if (chars < 640) return 14;
  if (chars < 760) return 13;
  if (chars < 900) return 12;
  if (chars < 1080) return 11;
  return 10;
}

/** The legend as editable text: line styles in their colours, glyphs, roles. */
function legendRuns(legend: LegendItems): PptxGenJS.TextProps[] {
  const base = { fontFace: FONT, fontSize: 10, color: INK_SOFT };
  const runs: PptxGenJS.TextProps[] = [];
  const row = (heading: string, items: Array<{ sign: string; color: string; label: string }>) => {
    if (!items.length) return;
    if (runs.length)
      runs[runs.length - 1]!.options = { ...runs[runs.length - 1]!.options, breakLine: true };
    runs.push({ text: `${heading}  `, options: { ...base, bold: true, color: INK } });
    items.forEach((item, i) => {
      runs.push({ text: `${item.sign} `, options: { ...base, bold: true, color: item.color } });
      runs.push({ text: item.label + (i < items.length - 1 ? '    ' : ''), options: base });
    });
  };
  row('Stances', [
    ...legend.polarities.map((polarity) => ({
      sign: LINE_SIGNS[polarity],
      color: POLARITY_STYLES[polarity].color.slice(1),
      label: `${POLARITY_STYLES[polarity].label} (${POLARITY_STYLES[polarity].description})`,
    })),
    ...(legend.membership ? [{ sign: '──', color: 'A0A09A', label: 'Member of a bloc' }] : []),
  ]);
  row(
    'Actors',
    legend.glyphs.map(({ glyph, label }) => ({ sign: GLYPH_SIGNS[glyph], color: INK, label })),
  );
  row(
    'Roles',
    legend.roles.map((role) => ({
      sign: ROLE_STYLES[role].badge,
      color: ROLE_STYLES[role].color.slice(1),
      label: ROLE_STYLES[role].plural,
    })),
  );
  return runs;
}

function addTitleSlide(pptx: PptxGenJS, index: DatasetIndex, scenes: Scene[], now: Date) {
  const { dataset } = index;
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: 0.18, h: SLIDE_H, fill: { color: '0072B2' } });
  slide.addText('BRIEFING', {
    x: 0.9,
    y: 1.2,
    w: 11,
    h: 0.4,
    fontFace: FONT,
    fontSize: 14,
    bold: true,
    color: INK_SOFT,
    charSpacing: 2,
  });
  slide.addText(dataset.title, {
    x: 0.9,
    y: 1.7,
    w: 11.5,
    h: 1.6,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: INK,
    valign: 'top',
    fit: 'shrink',
  });
  const event = [dataset.event?.name, eventLine(dataset)].filter(Boolean).join('\n');
  slide.addText(event, {
    x: 0.9,
    y: 3.4,
    w: 11.5,
    h: 0.9,
    fontFace: FONT,
    fontSize: 20,
    color: INK,
    valign: 'top',
  });
  slide.addText(
    `${scenes.length} ${scenes.length === 1 ? 'scene' : 'scenes'}: ${scenes.map((scene) => scene.title).join(' · ')}`,
    {
      x: 0.9,
      y: 4.45,
      w: 11.5,
      h: 1.1,
      fontFace: FONT,
      fontSize: 14,
      color: INK_SOFT,
      valign: 'top',
      fit: 'shrink',
    },
  );
  slide.addText([sourceLine(dataset), exportDateLine(now)].join('\n'), {
    x: 0.9,
    y: 6.3,
    w: 11.5,
    h: 0.7,
    fontFace: FONT,
    fontSize: 11,
    color: INK_SOFT,
    valign: 'bottom',
  });
  slide.addNotes(
    [
      dataset.description,
      sourceLine(dataset),
      `Scenes: ${scenes.map((s) => s.title).join('; ')}`,
    ].join('\n\n'),
  );
}

async function addSceneSlide(
  pptx: PptxGenJS,
  index: DatasetIndex,
  scene: Scene,
  position: { at: number; of: number },
  now: Date,
  renderPng: RenderPng,
) {
  const { dataset } = index;
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addText(`Scene ${position.at} of ${position.of} · ${dataset.title}`, {
    x: MARGIN,
    y: 0.3,
    w: SLIDE_W - 2 * MARGIN,
    h: 0.35,
    fontFace: FONT,
    fontSize: 12,
    color: INK_SOFT,
  });
  slide.addText(scene.title, {
    x: MARGIN,
    y: 0.65,
    w: SLIDE_W - 2 * MARGIN,
    h: 0.75,
    fontFace: FONT,
    fontSize: 30,
    bold: true,
    color: INK,
    valign: 'top',
    fit: 'shrink',
  });

  // The map (legend included) as the room saw it: the scene layout, framed for 16:9.
  const input = sceneExport({ index, scene, now, size: MAP_LOGICAL });
  const { svg } = buildExportSvg({
    ...input,
    mapOnly: true,
    frame: 'slide',
    width: MAP_LOGICAL.width,
    height: MAP_LOGICAL.height,
    outputWidth: MAP_LOGICAL.width * MAP_PIXEL_SCALE,
  });
  const png = await renderPng(
    svg,
    MAP_LOGICAL.width * MAP_PIXEL_SCALE,
    MAP_LOGICAL.height * MAP_PIXEL_SCALE,
  );
  slide.addImage({
    data: png.replace(/^data:/, ''),
    ...MAP,
    altText: `Map: ${input.graph.counts.stances} stances among ${input.graph.counts.actors} actors.`,
  });
  slide.addShape('rect', { ...MAP, line: { color: 'D9D9D4', width: 0.75 } });
  slide.addText(legendRuns(input.legend), {
    x: MAP.x,
    y: MAP.y + MAP.h + 0.08,
    w: MAP.w,
    h: 0.75,
    valign: 'top',
    margin: 0,
    fit: 'shrink',
  });

  const quotes = sceneQuotes(index, scene);
  const shown = quotes.slice(0, MAX_SLIDE_QUOTES);
  const size = columnFontSize(
    scene.caption,
    shown.map((quote) => quote.evidence.quote),
  );
  const runs: PptxGenJS.TextProps[] = [];
  if (scene.caption)
    runs.push({
      text: scene.caption,
      options: { fontFace: FONT, fontSize: size, color: INK, breakLine: true, paraSpaceAfter: 10 },
    });
  for (const { evidence } of shown) {
    runs.push({
      text: `“${evidence.quote}”`,
      options: { fontFace: QUOTE_FONT, fontSize: size - 1, color: INK, breakLine: true },
    });
    runs.push({
      text: `— ${ATTRIBUTION_LABELS[evidence.attribution].badge}`,
      options: {
        fontFace: FONT,
        fontSize: Math.max(9, size - 4),
        italic: true,
        color: INK_SOFT,
        breakLine: true,
        paraSpaceAfter: 8,
      },
    });
  }
  if (quotes.length > shown.length)
    runs.push({
      text: `${quotes.length - shown.length} more in the speaker notes`,
      options: { fontFace: FONT, fontSize: Math.max(9, size - 4), color: INK_SOFT },
    });
  if (runs.length)
    slide.addText(runs, {
      ...COLUMN,
      valign: 'top',
      fit: 'shrink',
      margin: 0,
    });

  slide.addText(sourceLine(dataset), {
    x: MARGIN,
    y: SLIDE_H - 0.55,
    w: SLIDE_W - 2 * MARGIN,
    h: 0.35,
    fontFace: FONT,
    fontSize: 10,
    color: INK_SOFT,
    valign: 'bottom',
  });
  slide.addNotes(speakerNotes(index, scene, quotes));
}

/** The deck's bytes (.pptx). */
export async function buildBriefingPptx(
  index: DatasetIndex,
  scenes: readonly Scene[],
  { now, renderPng }: { now: Date; renderPng: RenderPng },
): Promise<Uint8Array> {
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = index.dataset.title;
  pptx.subject = 'Briefing';
  pptx.company = 'Stance Map';
  addTitleSlide(pptx, index, [...scenes], now);
  for (const [i, scene] of scenes.entries())
    await addSceneSlide(pptx, index, scene, { at: i + 1, of: scenes.length }, now, renderPng);
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
