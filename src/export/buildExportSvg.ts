/**
 * The current view (or a scene) as one standalone SVG document: title, the map drawn
 * with the map's own glyph and link geometry and styles, a legend of what is shown, the
 * source line and the export date. Pure: a string out, no DOM, so it is unit-tested and
 * reused by the PNG export and the printed handout.
 *
 * Standalone means: system fonts only, inline presentation attributes, no external
 * references, every piece of text from the data XML-escaped.
 */
import { escapeXml } from './escapeXml';
import type { Graph, GraphLink, GraphNode } from '../graph/buildGraph';
import { neighbourhood } from '../graph/buildGraph';
import {
  ACTOR_KIND_STYLES,
  POLARITY_STYLES,
  ROLE_STYLES,
  type Glyph,
  type Polarity,
} from '../data/vocabulary';
import { glyphPath, innerRingPath } from '../map/glyphs';
import {
  ARROW_LENGTH,
  ARROW_MARKER_PATH,
  ARROW_WIDTH,
  graphLinkPath,
  hullPath,
  type Point,
} from '../map/geometry';
import {
  LABEL_FONT_SIZE,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  ROLE_RING_OFFSET,
  estimateTextWidth,
  labelLines,
} from '../layout/labelMetrics';
import { nodeOuterRadius } from '../map/createMapEngine';
import { boxBounds, fitTransform, sidedBoxes, type Transform } from '../layout/layoutFrame';
import { aboveShift, placeLabels, type LabelSide } from '../layout/labelPlacement';
import type { Selection } from '../state/uiStore';
import { polarityLegendLabel, roleLegendLabel, type LegendItems } from './legend';

export const EXPORT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
// The map's colours (styles.css, map.css), spelled out: an export has no stylesheet.
const INK = '#1a1a1a';
const INK_SOFT = '#4a4a4a';
const PAPER = '#fbfbf9';
const LINE = '#d9d9d4';
const MARK = '#fff2a8';
const GLYPH_INK = '#2b2b2b';
const MEMBERSHIP = '#bdbdb6';
const PAD = 24;
/** Framing as the map engine does it (createMapEngine): padding and the largest zoom. */
export const FIT_PADDING = 28;
const FIT_ALL_MAX_SCALE = 1.6;
const FIT_FOCUS_MAX_SCALE = 2.4;
/** Room between a bloc's members and its outline (createMapEngine's HULL_MARGIN). */
const HULL_MARGIN = 10;
/** Room kept around the drawn content when an export crops to it (logical px). */
export const CROP_MARGIN = 24;
/** A cropped map wider than this (logical px) is drawn smaller to fit it. */
const CROP_MAX_WIDTH = 2400;
/** The slide size: logical 1280 × 720, drawn at 1920 × 1080 (text 1.5× the screen's). */
export const SLIDE = { width: 1280, height: 720, outputWidth: 1920 };
/** The width estimate runs a few percent short for running text; wrap with a margin. */
const WRAP_SAFETY = 0.9;

export interface ExportSvgInput {
  graph: Graph;
  positions: ReadonlyMap<string, Point>;
  /** Map units → map-area pixels (screen = k·map + (x, y)); absent fits every node. */
  transform?: Transform;
  /**
   * How the map area is sized: `area` (default) is width × height; `crop` is the drawn
   * content plus a margin (width and height are ignored); `slide` makes the whole
   * document width × height and gives the map what the text leaves.
   */
  frame?: 'area' | 'crop' | 'slide';
  /** Size of the map area in CSS pixels (or of the whole document, for `slide`). */
  width: number;
  height: number;
  /**
   * The camera for a map area of this size, once the export knows it (a slide gives the
   * map what its text leaves); wins over `transform`.
   */
  fitMap?: (width: number, height: number) => Transform;
  /** Which side of its glyph each label goes (placeLabels); absent places them here. */
  labelSides?: ReadonlyMap<string, LabelSide>;
  title: string;
  /** A small line above the title: dataset, dates, place. */
  kicker?: string;
  /** The scene's caption or a summary of the filters, under the title. */
  caption?: string;
  legend: LegendItems;
  sourceLine: string;
  /** The full line, e.g. "Exported 27 November 2025 with Stance Map". */
  exportDate: string;
  selection?: Selection | null;
  /** Pixel width of the root element (PNG rendering); the viewBox stays the same. */
  outputWidth?: number;
  /** Map and legend only, for pages that set the title, caption and source in HTML. */
  bare?: boolean;
  /** The map alone, edge to edge (a slide sets its legend and text as editable text). */
  mapOnly?: boolean;
}

export interface ExportSvg {
  svg: string;
  /** Logical size (viewBox) in CSS pixels. */
  width: number;
  height: number;
}

const n = (value: number) => String(Math.round(value * 100) / 100);

/** Greedy word wrap using the layout's width estimate (no DOM to measure with). */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > maxWidth * WRAP_SAFETY) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${n(x)}" y="${n(y + i * lineHeight)}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

function arrowMarkers(polarities: readonly Polarity[]): string {
  // As MapMarkers: the line stops where the arrowhead begins (refX = 0).
  return polarities
    .map(
      (polarity) =>
        `<marker id="sm-arrow-${polarity}" viewBox="0 0 ${ARROW_LENGTH} ${ARROW_WIDTH}" refX="0" refY="${ARROW_WIDTH / 2}" markerWidth="${ARROW_LENGTH}" markerHeight="${ARROW_WIDTH}" markerUnits="userSpaceOnUse" orient="auto"><path d="${ARROW_MARKER_PATH}" fill="${POLARITY_STYLES[polarity].color}"/></marker>`,
    )
    .join('');
}

function linkPolarities(graph: Graph): Polarity[] {
  const seen = new Set<Polarity>();
  for (const link of graph.links) if (link.polarity) seen.add(link.polarity);
  return [...seen];
}

type Highlight = 'selected' | 'related' | 'dimmed' | 'idle';

/** The map's highlight rules (StanceMap): the selection, its neighbours, the rest dimmed. */
function nodeHighlight(
  id: string,
  selection: Selection | null,
  near: Set<string> | null,
): Highlight {
  if (!selection || !near) return 'idle';
  if (selection.kind === 'actor' && selection.id === id) return 'selected';
  return near.has(id) ? 'related' : 'dimmed';
}

function linkHighlight(link: GraphLink, selection: Selection | null): Highlight {
  if (!selection) return 'idle';
  if (selection.kind === 'stance') return link.stanceId === selection.id ? 'selected' : 'dimmed';
  return link.source === selection.id || link.target === selection.id ? 'related' : 'dimmed';
}

function drawLink(
  link: GraphLink,
  radii: ReadonlyMap<string, number>,
  positions: ReadonlyMap<string, Point>,
  state: Highlight,
): string {
  const source = positions.get(link.source);
  const target = positions.get(link.target);
  if (!source || !target) return '';
  const { d } = graphLinkPath(
    link,
    source,
    target,
    radii.get(link.source) ?? 0,
    radii.get(link.target) ?? 0,
  );
  const opacity = state === 'dimmed' ? ' opacity="0.15"' : '';
  const id = `data-link-id="${escapeXml(link.id)}"`;
  if (link.kind === 'membership' || !link.polarity) {
    return `<path ${id} data-kind="membership" d="${d}" fill="none" stroke="${MEMBERSHIP}" stroke-width="1.25"${opacity}/>`;
  }
  const style = POLARITY_STYLES[link.polarity];
  const width = state === 'selected' ? style.width + 3 : style.width;
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  return `<path ${id} data-kind="stance" data-polarity="${link.polarity}" d="${d}" fill="none" stroke="${style.color}" stroke-width="${width}"${dash} marker-end="url(#sm-arrow-${link.polarity})"${opacity}><title>${escapeXml(link.sentence)}</title></path>`;
}

function glyphShape(
  glyph: Glyph,
  r: number,
  strokeWidth = 1.5,
  fill = '#ffffff',
  stroke = GLYPH_INK,
): string {
  const dash = glyph === 'dashed-circle' ? ' stroke-dasharray="4 3"' : '';
  let out = `<path d="${glyphPath(glyph, r)}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`;
  if (glyph === 'ringed-circle')
    out += `<path d="${innerRingPath(r)}" fill="none" stroke="${GLYPH_INK}" stroke-width="1.5"/>`;
  return out;
}

/** Dark text on light role colours, white on dark ones (as MapNode). */
function badgeInk(color: string): string {
  const value = parseInt(color.slice(1), 16);
  const luminance = 0.299 * (value >> 16) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255);
  return luminance < 110 ? '#ffffff' : '#111111';
}

function roleBadge(role: NonNullable<GraphNode['role']>, x: number, y: number, size = 7.5): string {
  const style = ROLE_STYLES[role];
  return `<g transform="translate(${n(x)},${n(y)})"><circle r="${size}" fill="${style.color}" stroke="#ffffff" stroke-width="1.5"/><text y="${n(size * 0.47)}" text-anchor="middle" font-size="${n((size * 10) / 7.5)}" font-weight="700" fill="${badgeInk(style.color)}">${escapeXml(style.badge)}</text></g>`;
}

function drawNode(node: GraphNode, at: Point, state: Highlight, side?: LabelSide): string {
  const { glyph } = ACTOR_KIND_STYLES[node.kind];
  const r = node.radius;
  const ring = r + ROLE_RING_OFFSET;
  const role = node.role ? ROLE_STYLES[node.role] : null;
  let out = `<g data-node-id="${escapeXml(node.id)}" data-kind="${node.kind}" transform="translate(${n(at.x)},${n(at.y)})"${state === 'dimmed' ? ' opacity="0.2"' : ''}><title>${escapeXml(node.actor.name)}</title>`;
  if (role)
    out += `<path d="${glyphPath(glyph, ring)}" fill="none" stroke="${role.color}" stroke-width="3"/>`;
  out +=
    state === 'selected'
      ? glyphShape(glyph, r, 3, MARK, '#000000')
      : glyphShape(glyph, r, state === 'related' ? 2.25 : 1.5);
  if (node.role) out += roleBadge(node.role, ring * Math.SQRT1_2, -ring * Math.SQRT1_2);
  const labelY = ring + LABEL_GAP + LABEL_FONT_SIZE * 0.8;
  const shift = side === 'above' ? aboveShift(node.radius, node.label) : 0;
  out += `<text y="${n(labelY + shift)}" text-anchor="middle" font-size="${LABEL_FONT_SIZE}" fill="${INK}" stroke="${PAPER}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"${state === 'selected' ? ' font-weight="700"' : ''}>`;
  out += labelLines(node.label)
    .map((line, i) => `<tspan x="0" dy="${i ? LABEL_LINE_HEIGHT : 0}">${escapeXml(line)}</tspan>`)
    .join('');
  return `${out}</text></g>`;
}

interface LegendEntry {
  swatch: (x: number, y: number) => string;
  label: string;
  key: string;
}

function legendRows(legend: LegendItems): Array<{ heading: string; entries: LegendEntry[] }> {
  const rows: Array<{ heading: string; entries: LegendEntry[] }> = [];
  const stanceEntries: LegendEntry[] = legend.polarities.map((polarity) => {
    const style = POLARITY_STYLES[polarity];
    return {
      key: `polarity:${polarity}`,
      label: polarityLegendLabel(polarity),
      swatch: (x, y) =>
        `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 22)}" y2="${n(y)}" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/><path d="M${n(x + 21)},${n(y - 4.5)}L${n(x + 30)},${n(y)}L${n(x + 21)},${n(y + 4.5)}Z" fill="${style.color}"/>`,
    };
  });
  if (legend.membership)
    stanceEntries.push({
      key: 'membership',
      label: 'Member of a bloc',
      swatch: (x, y) =>
        `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 30)}" y2="${n(y)}" stroke="${MEMBERSHIP}" stroke-width="1.25"/>`,
    });
  if (stanceEntries.length) rows.push({ heading: 'Stances', entries: stanceEntries });
  if (legend.glyphs.length)
    rows.push({
      heading: 'Actors',
      entries: legend.glyphs.map(({ glyph, label }) => ({
        key: `glyph:${glyph}`,
        label,
        swatch: (x, y) =>
          `<g transform="translate(${n(x + 15)},${n(y)})">${glyphShape(glyph, 7.5, 1.3)}</g>`,
      })),
    });
  if (legend.roles.length)
    rows.push({
      heading: 'Roles',
      entries: legend.roles.map((role) => ({
        key: `role:${role}`,
        label: roleLegendLabel(role),
        swatch: (x, y) =>
          `<circle cx="${n(x + 11)}" cy="${n(y)}" r="7" fill="#ffffff" stroke="${ROLE_STYLES[role].color}" stroke-width="3"/>${roleBadge(role, x + 24, y - 3, 6)}`,
      })),
    });
  return rows;
}

const SWATCH_WIDTH = 32;
const LEGEND_FONT = 12;
const LEGEND_ROW = 22;

/** Lay legend entries out in rows that wrap at the width; returns markup and height. */
function drawLegend(
  legend: LegendItems,
  x0: number,
  y0: number,
  width: number,
): { svg: string; height: number } {
  let y = y0;
  let out = '';
  const headingWidth = 64;
  for (const row of legendRows(legend)) {
    out += `<text x="${n(x0)}" y="${n(y + 4)}" font-size="${LEGEND_FONT}" font-weight="700" fill="${INK}">${row.heading}</text>`;
    let x = x0 + headingWidth;
    for (const entry of row.entries) {
      const labelWidth = estimateTextWidth(entry.label, LEGEND_FONT) / WRAP_SAFETY;
      const itemWidth = SWATCH_WIDTH + 6 + labelWidth + 18;
      if (x > x0 + headingWidth && x + itemWidth > x0 + width) {
        x = x0 + headingWidth;
        y += LEGEND_ROW;
      }
      out += `<g data-legend-item="${escapeXml(entry.key)}">${entry.swatch(x, y)}<text x="${n(x + SWATCH_WIDTH + 6)}" y="${n(y + 4)}" font-size="${LEGEND_FONT}" fill="${INK_SOFT}">${escapeXml(entry.label)}</text></g>`;
      x += itemWidth;
    }
    y += LEGEND_ROW;
  }
  return { svg: `<g data-legend="">${out}</g>`, height: y - y0 };
}

/** The transform that frames all of these nodes (labels included) in the map area. */
export function fitGraph(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
  only?: ReadonlySet<string> | null,
  sides: ReadonlyMap<string, LabelSide> = placeLabels(graph, positions),
): Transform {
  const radii = new Map<string, number>();
  const boxes = sidedBoxes(graph, sides);
  const framed = new Map<string, Point>();
  const focused = !!only?.size && graph.nodes.some((node) => only.has(node.id));
  for (const node of graph.nodes) {
    const at = positions.get(node.id);
    if (!at || (focused && !only!.has(node.id))) continue;
    framed.set(node.id, at);
    radii.set(node.id, nodeOuterRadius(node));
  }
  return fitTransform(framed, radii, width, height, FIT_PADDING, {
    boxes,
    maxScale: focused ? FIT_FOCUS_MAX_SCALE : FIT_ALL_MAX_SCALE,
  });
}

/**
 * The map area and transform that show all of the drawn content (labels on their sides)
 * at design size, plus CROP_MARGIN around: no empty screen area in the export.
 */
function cropToContent(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  sides: ReadonlyMap<string, LabelSide>,
): { width: number; height: number; transform: Transform } {
  const shown = new Map<string, Point>();
  for (const node of graph.nodes) {
    const at = positions.get(node.id);
    if (at) shown.set(node.id, at);
  }
  // Bloc outlines reach HULL_MARGIN beyond their members' glyphs.
  const bounds = boxBounds(shown, sidedBoxes(graph, sides), HULL_MARGIN - ROLE_RING_OFFSET);
  if (!bounds) return { width: 480, height: 240, transform: { x: 240, y: 120, k: 1 } };
  const k = Math.min(1, CROP_MAX_WIDTH / (bounds.maxX - bounds.minX));
  const contentWidth = (bounds.maxX - bounds.minX) * k;
  const contentHeight = (bounds.maxY - bounds.minY) * k;
  const width = Math.max(480, Math.ceil(contentWidth + 2 * CROP_MARGIN));
  const height = Math.max(160, Math.ceil(contentHeight + 2 * CROP_MARGIN));
  return {
    width,
    height,
    transform: {
      k,
      x: (width - contentWidth) / 2 - bounds.minX * k,
      y: (height - contentHeight) / 2 - bounds.minY * k,
    },
  };
}

export function buildExportSvg(given: ExportSvgInput): ExportSvg {
  const mapOnly = !!given.mapOnly;
  const input = mapOnly ? { ...given, bare: true } : given;
  const { graph, positions, legend } = input;
  const frame = input.frame ?? 'area';
  const sides = input.labelSides ?? placeLabels(graph, positions);
  const cropped = frame === 'crop' ? cropToContent(graph, positions, sides) : null;
  const width = cropped?.width ?? Math.max(480, Math.round(input.width));
  const textWidth = width - 2 * PAD;

  // Header: kicker, title, caption.
  let y = PAD;
  let header = '';
  if (input.bare) y = -16;
  else if (input.kicker) {
    y += 12;
    header += `<text data-kicker="" x="${PAD}" y="${n(y)}" font-size="12.5" fill="${INK_SOFT}">${escapeXml(input.kicker)}</text>`;
    y += 10;
  }
  if (!input.bare) {
    const titleLines = wrapText(input.title, textWidth, 23 * 1.05, 3);
    y += 24;
    header += `<g data-title="">${textLines(titleLines, PAD, y, 29, `font-size="23" font-weight="700" fill="${INK}"`)}</g>`;
    y += (titleLines.length - 1) * 29;
  }
  if (input.caption && !input.bare) {
    const captionLines = wrapText(input.caption, textWidth, 14.5, 5);
    y += 24;
    header += `<g data-caption="">${textLines(captionLines, PAD, y, 20, `font-size="14.5" fill="${INK_SOFT}"`)}</g>`;
    y += (captionLines.length - 1) * 20;
  }
  const mapTop = mapOnly ? 0 : Math.round(y + 16);

  // Footer: legend, source, export date, laid out from the map's bottom edge.
  const legendPart = drawLegend(legend, PAD, 0, textWidth);
  const sourceLines = input.bare ? [] : wrapText(input.sourceLine, textWidth, 12, 4);
  const footerHeight = mapOnly
    ? 0
    : 22 +
      legendPart.height +
      8 +
      (input.bare ? 0 : 4 + (sourceLines.length - 1) * 16 + 18 + PAD - 6);
  const mapHeight =
    cropped?.height ??
    (frame === 'slide'
      ? Math.max(120, Math.round(input.height) - mapTop - Math.ceil(footerHeight))
      : Math.max(240, Math.round(input.height)));

  // Map: everything in map units under the view's transform, clipped to the area.
  const transform =
    cropped?.transform ??
    input.fitMap?.(width, mapHeight) ??
    input.transform ??
    fitGraph(graph, positions, width, mapHeight, null, sides);
  const radii = new Map(graph.nodes.map((node) => [node.id, nodeOuterRadius(node)]));
  const selection = input.selection ?? null;
  const near = neighbourhood(graph, selection);
  // A soft outline around each bloc and its members, as the map draws it.
  const groups = new Map<string, string[]>();
  for (const link of graph.links)
    if (link.kind === 'membership')
      groups.set(link.source, [...(groups.get(link.source) ?? [link.source]), link.target]);
  const hulls = [...groups]
    .map(([blocId, ids]) => {
      const circles = ids.flatMap((id) => {
        const at = positions.get(id);
        return at ? [{ x: at.x, y: at.y, r: (radii.get(id) ?? 0) + HULL_MARGIN }] : [];
      });
      return `<path data-hull-id="${escapeXml(blocId)}" d="${hullPath(circles)}" fill="#ecece6" stroke="#d3d3cc" stroke-width="1" stroke-linejoin="round"${selection ? ' opacity="0.5"' : ''}/>`;
    })
    .join('');
  // Hulls, then membership lines, then stance lines, nodes on top: the map's layer order.
  const links = [
    ...graph.links.filter((link) => link.kind === 'membership'),
    ...graph.links.filter((link) => link.kind !== 'membership'),
  ]
    .map((link) => drawLink(link, radii, positions, linkHighlight(link, selection)))
    .join('');
  const nodes = graph.nodes
    .map((node) => {
      const at = positions.get(node.id);
      return at
        ? drawNode(node, at, nodeHighlight(node.id, selection, near), sides.get(node.id))
        : '';
    })
    .join('');
  const empty = graph.nodes.length
    ? ''
    : `<text x="${n(width / 2)}" y="${n(mapHeight / 2)}" text-anchor="middle" font-size="15" fill="${INK_SOFT}">No stances match this view.</text>`;
  const map =
    `<rect x="0.5" y="${mapTop + 0.5}" width="${width - 1}" height="${mapHeight - 1}" fill="${PAPER}" stroke="${LINE}"/>` +
    `<svg data-map="" x="0" y="${mapTop}" width="${width}" height="${mapHeight}" viewBox="0 0 ${width} ${mapHeight}" overflow="hidden">` +
    `<g transform="translate(${n(transform.x)},${n(transform.y)}) scale(${n(Math.round(transform.k * 10000) / 10000)})">` +
    `<g data-hulls="">${hulls}</g><g data-links="">${links}</g><g data-nodes="">${nodes}</g></g>${empty}</svg>`;

  let footerY = mapTop + mapHeight + (mapOnly ? 0 : 22);
  const legendSvg = mapOnly
    ? ''
    : `<g transform="translate(0,${n(footerY)})">${legendPart.svg}</g>`;
  if (!mapOnly) footerY += legendPart.height + 8;
  let source = '';
  let date = '';
  if (!input.bare) {
    footerY += 4;
    source = `<g data-source-line="">${textLines(sourceLines, PAD, footerY, 16, `font-size="12" fill="${INK_SOFT}"`)}</g>`;
    footerY += (sourceLines.length - 1) * 16 + 18;
    date = `<text data-export-date="" x="${PAD}" y="${n(footerY)}" font-size="12" fill="${INK_SOFT}">${escapeXml(input.exportDate)}</text>`;
  }
  const height =
    frame === 'slide'
      ? Math.max(Math.round(input.height), Math.round(footerY + (input.bare ? 0 : PAD - 6)))
      : Math.round(footerY + (input.bare ? 0 : PAD - 6));

  const outWidth = input.outputWidth ?? width;
  const outHeight = Math.round((height * outWidth) / width);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outWidth}" height="${outHeight}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}" role="img" aria-label="${escapeXml(input.title)}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<defs>${arrowMarkers(linkPolarities(graph))}</defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    header +
    map +
    legendSvg +
    source +
    date +
    `</svg>\n`;
  return { svg, width, height };
}
