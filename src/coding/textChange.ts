/**
 * The text-change rule. A document's text is what every quote's offsets index into, so
 * once a stance points into it the text cannot silently change: the change is refused
 * with a message, or (when the analyst asks) every quote is looked for again in the new
 * text and the report says which moved and which could not be kept.
 */
import type { Dataset, Evidence } from '../data/schema';
import { EditRefusedError } from './errors';

export type TextChangeMode = 'refuse' | 'reanchor';

export interface MovedQuote {
  stanceId: string;
  quote: string;
  from: number;
  to: number;
}

export interface LostQuote {
  stanceId: string;
  quote: string;
  start: number;
}

export interface TextChangeReport {
  /** Quotes kept at the same words, at new offsets. */
  moved: MovedQuote[];
  /** Quotes whose words are no longer in the text: removed from their stance. */
  lost: LostQuote[];
  /** Stances left with no quote at all: removed. */
  removedStances: string[];
  /** Quotes whose offsets did not change. */
  unchanged: number;
}

/** How many quotes point into this document, and from how many stances. */
export function quotesInto(
  dataset: Dataset,
  documentId: string,
): { quotes: number; stances: number } {
  let quotes = 0;
  let stances = 0;
  for (const stance of dataset.stances) {
    const here = stance.evidence.filter((e) => e.document === documentId).length;
    quotes += here;
    if (here) stances++;
  }
  return { quotes, stances };
}

function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

export function changeText(
  dataset: Dataset,
  documentId: string,
  text: string,
  mode: TextChangeMode,
): { dataset: Dataset; report?: TextChangeReport } {
  const document = dataset.documents.find((d) => d.id === documentId);
  if (!document || document.text === text) return { dataset };
  const documents = dataset.documents.map((d) => (d.id === documentId ? { ...d, text } : d));
  const pointing = quotesInto(dataset, documentId);
  if (pointing.quotes === 0) return { dataset: { ...dataset, documents } };
  if (mode === 'refuse') {
    throw new EditRefusedError(
      `The text cannot change: ${pointing.quotes} quote${pointing.quotes === 1 ? '' : 's'} of ` +
        `${pointing.stances} stance${pointing.stances === 1 ? '' : 's'} point into it. ` +
        'Re-anchor the quotes to the new text, or keep the text as it is.',
    );
  }
  const old = document.text;
  // What is the same at both ends keeps its place; everything else is looked for again.
  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  )
    suffix++;
  const delta = text.length - old.length;
  const report: TextChangeReport = { moved: [], lost: [], removedStances: [], unchanged: 0 };
  const stances = dataset.stances.flatMap((stance) => {
    if (!stance.evidence.some((e) => e.document === documentId)) return [stance];
    const evidence = stance.evidence.flatMap((e): Evidence[] => {
      if (e.document !== documentId) return [e];
      if (e.end <= prefix) {
        report.unchanged++;
        return [e];
      }
      if (e.start >= old.length - suffix) {
        report.moved.push({
          stanceId: stance.id,
          quote: e.quote,
          from: e.start,
          to: e.start + delta,
        });
        return [{ ...e, start: e.start + delta, end: e.end + delta }];
      }
      const at = nearestOccurrence(text, e.quote, e.start < prefix ? e.start : e.start + delta);
      if (at < 0) {
        report.lost.push({ stanceId: stance.id, quote: e.quote, start: e.start });
        return [];
      }
      if (at === e.start) report.unchanged++;
      else report.moved.push({ stanceId: stance.id, quote: e.quote, from: e.start, to: at });
      return [{ ...e, start: at, end: at + e.quote.length }];
    });
    if (evidence.length === 0) {
      report.removedStances.push(stance.id);
      return [];
    }
    return [{ ...stance, evidence }];
  });
  return { dataset: { ...dataset, documents, stances }, report };
}
