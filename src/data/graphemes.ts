/**
 * Evidence spans must start and end between user-perceived characters (grapheme
 * clusters), or a quote shown as verbatim would be a misquote: half an emoji ("Noir �"),
 * "Cafe" for "Café" written e + U+0301. Only a window around each offset is segmented,
 * so checking a span in a 20 MB text costs the same as in a short one.
 */

/** Far more than any real cluster needs; a cluster longer than this is cut at the window. */
const WINDOW = 64;

let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('en', { granularity: 'grapheme' })
        : null;
  return segmenter;
}

function isRegionalIndicatorBefore(text: string, index: number): boolean {
  const code = text.codePointAt(index - 2);
  return code !== undefined && code >= 0x1f1e6 && code <= 0x1f1ff;
}

/**
 * Characters that never join a neighbour into one cluster: everything below U+0300 (the
 * combining marks start there; CR LF aside) and the general punctuation of quotes and
 * dashes. Between two of them is always a boundary, with no need for Intl.Segmenter,
 * whose first use costs tens of milliseconds: most spans of most texts start and end so.
 */
function standsAlone(code: number): boolean {
  return code < 0x300 || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e);
}

/** The cluster that `offset` falls strictly inside, or null when it is a boundary. */
export function clusterCutAt(text: string, offset: number): { start: number; end: number } | null {
  if (offset <= 0 || offset >= text.length) return null;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (standsAlone(before) && standsAlone(after) && !(before === 0x0d && after === 0x0a)) {
    return null;
  }
  const segments = graphemeSegmenter();
  if (!segments) {
    // No Intl.Segmenter: at least never split a surrogate pair.
    const high = text.charCodeAt(offset - 1);
    const low = text.charCodeAt(offset);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
      ? { start: offset - 1, end: offset + 1 }
      : null;
  }
  let from = Math.max(0, offset - WINDOW);
  // Flags pair regional indicators from the left: start the window outside such a run.
  while (from > 0 && isRegionalIndicatorBefore(text, from)) from -= 2;
  const to = Math.min(text.length, offset + WINDOW);
  const segment = segments.segment(text.slice(from, to)).containing(offset - from);
  if (!segment || segment.index + from === offset) return null;
  return { start: segment.index + from, end: segment.index + from + segment.segment.length };
}

const MAX_CODE_POINTS_SHOWN = 6;

/** `"é" (e + U+0301)`: the cluster and what it is made of. */
export function describeCluster(cluster: string): string {
  const points = Array.from(cluster);
  const named = points
    .slice(0, MAX_CODE_POINTS_SHOWN)
    .map((point) =>
      /^[\x21-\x7e]$/.test(point)
        ? point
        : `U+${point.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    );
  const more = points.length - named.length;
  const shown = points.length > MAX_CODE_POINTS_SHOWN ? `${points.slice(0, 2).join('')}…` : cluster;
  return `"${shown}" (${named.join(' + ')}${more > 0 ? ` + ${more} more` : ''})`;
}

/** Why a span's start or end cuts a character, or null when both are boundaries. */
export function spanCutProblems(
  text: string,
  start: number,
  end: number,
): { field: 'start' | 'end'; reason: string }[] {
  const problems: { field: 'start' | 'end'; reason: string }[] = [];
  for (const [field, offset] of [
    ['start', start],
    ['end', end],
  ] as const) {
    const cut = clusterCutAt(text, offset);
    if (cut)
      problems.push({
        field,
        reason: `${offset} cuts ${describeCluster(text.slice(cut.start, cut.end))} in two`,
      });
  }
  return problems;
}
