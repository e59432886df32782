/** The words that say where an export comes from and when it was made. Pure. */
import { slugify } from '../data/slug';
import { formatDateRange } from '../ui/formatDate';
import type { Dataset } from '../data/schema';

/** "Source: <document title>, <publisher>, 12 November 2024" — publisher only where known. */
export function sourceLine(dataset: Dataset): string {
  const parts = dataset.documents.map((document) =>
    [document.title, document.publisher, formatDateRange(document.date)]
      .filter((part): part is string => !!part)
      .join(', '),
  );
  return `${parts.length > 1 ? 'Sources' : 'Source'}: ${parts.join('; ')}`;
}

/** The local calendar date as ISO YYYY-MM-DD (not UTC: "today" is the user's today). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportDateLine(date: Date): string {
  return `Exported ${formatDateRange(localIsoDate(date))} with Stance Map`;
}

/** The meeting line under a title: "11–12 November 2024 · Astana, Kazakhstan". */
export function eventLine(dataset: Dataset): string {
  const document = dataset.documents[0]!;
  const event = dataset.event;
  const when = event
    ? formatDateRange(event.startDate, event.endDate)
    : formatDateRange(document.date);
  return `${when} · ${event?.place ?? document.place}`;
}

/** A file name stem from free text: "astana-22-gaza". */
export function fileStem(...parts: Array<string | null | undefined>): string {
  return slugify(parts.filter((part): part is string => !!part).join('-'), 'stance-map', 80);
}
