/**
 * The visible stances as CSV, one row per quote, for pasting into documents and
 * spreadsheets. RFC 4180 quoting and CRLF line ends; a UTF-8 byte-order mark so Excel
 * reads “curly quotes” and “TUSAŞ” correctly; cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading apostrophe.
 */
import type { Stance } from '../data/schema';
import { ATTRIBUTION_LABELS, stanceTypeOf } from '../data/vocabulary';
import type { DatasetIndex } from '../graph/datasetIndex';
import { actorName, listNames } from '../graph/sentences';

export const CSV_COLUMNS = [
  'From',
  'Stance',
  'To',
  'Topics',
  'Quote',
  'Attribution',
  'Start',
  'End',
] as const;
const BOM = '\uFEFF';

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: ReadonlyArray<string | number>): string {
  return cells.map(csvCell).join(',');
}

export function stanceRows(
  index: DatasetIndex,
  stances: readonly Stance[],
): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  for (const stance of stances) {
    const from = listNames(stance.from.map((id) => actorName(index, id)));
    const type = stanceTypeOf(stance.type).label;
    const to = actorName(index, stance.to);
    const topics = stance.topics.map((id) => index.topicsById.get(id)?.label ?? id).join('; ');
    for (const evidence of stance.evidence) {
      rows.push([
        from,
        type,
        to,
        topics,
        evidence.quote,
        ATTRIBUTION_LABELS[evidence.attribution].badge,
        evidence.start,
        evidence.end,
      ]);
    }
  }
  return rows;
}

/** The whole file, byte-order mark included. */
export function buildStancesCsv(index: DatasetIndex, stances: readonly Stance[]): string {
  const lines = [csvRow(CSV_COLUMNS), ...stanceRows(index, stances).map(csvRow)];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
