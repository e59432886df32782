/**
 * PLOVER event records as JSONL, one per stance, with the field names of the PLOVER
 * manual's JSON chapter (draft 0.7b1, 2021): id, date, source/recipient as lists of
 * actor objects, event as a list of categories, text, text_info {start, end},
 * cite_info {title, url, publication, language}, comment. The acting side is written
 * both as `source` (the manual's name) and as `actor` (the name newer PLOVER data
 * such as POLECAT uses), and each actor object carries `actor_text` and
 * `entity_text` likewise, so either reader finds it. Stances whose type has no
 * PLOVER category (CAMEO 01 statements, which PLOVER dropped) are not events: they
 * are listed as skipped. Pure.
 */
import type { Dataset, Stance } from '../data/schema';
import { stanceTypeOf } from '../data/vocabulary';
import type { DatasetIndex } from '../graph/datasetIndex';
import type { SkippedItem } from './common';
import { utf8 } from './common';

/** The manual's quad categories; REQUEST (PLOVER 0.8's appeals) counts as verbal cooperation there. */
const QUAD_CODE: Record<string, number> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  REQUEST: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  INVESTIGATE: 2,
  DEMAND: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

export interface PloverActor {
  entity_text: string;
  actor_text: string;
  /** The dataset's actor id: Stance Map has no country or sector codes, so its own id is the code. */
  code: string;
}

export interface PloverEvent {
  id: string;
  date: string;
  source: PloverActor[];
  actor: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  quad_code?: number;
  text: string;
  text_info: { start: number; end: number; document: string };
  event_text: string[];
  cite_info: { title: string; url?: string; publication?: string; language: string };
  comment: string;
  /** Stance Map's own terms, for readers who want them (extra fields are allowed by the manual). */
  stance_type: string;
  cameo_code: string;
  topics: string[];
}

export interface PloverExport {
  jsonl: string;
  events: PloverEvent[];
  skipped: SkippedItem[];
}

function ploverActor(index: DatasetIndex, id: string): PloverActor {
  const name = index.actorsById.get(id)?.name ?? id;
  return { entity_text: name, actor_text: name, code: id };
}

export function stanceToPlover(index: DatasetIndex, stance: Stance): PloverEvent | null {
  const type = stanceTypeOf(stance.type);
  if (!type.plover) return null;
  const first = stance.evidence[0]!;
  const document = index.dataset.documents.find((d) => d.id === first.document);
  const quad = QUAD_CODE[type.plover];
  return {
    id: stance.id,
    date: document?.date ?? index.dataset.event?.startDate ?? '',
    source: stance.from.map((id) => ploverActor(index, id)),
    actor: stance.from.map((id) => ploverActor(index, id)),
    recipient: [ploverActor(index, stance.to)],
    event: [type.plover],
    ...(quad ? { quad_code: quad } : {}),
    text: first.quote,
    text_info: { start: first.start, end: first.end, document: first.document },
    event_text: stance.evidence.map((evidence) => evidence.quote),
    cite_info: {
      title: document?.title ?? '',
      ...(document?.url ? { url: document.url } : {}),
      ...(document?.publisher ? { publication: document.publisher } : {}),
      language: document?.language ?? '',
    },
    comment: stance.summary,
    stance_type: stance.type,
    cameo_code: type.cameo.code,
    topics: [...stance.topics],
  };
}

export function writePlover(index: DatasetIndex, stances: readonly Stance[]): PloverExport {
  const events: PloverEvent[] = [];
  const skipped: SkippedItem[] = [];
  for (const stance of stances) {
    const event = stanceToPlover(index, stance);
    if (event) events.push(event);
    else
      skipped.push({
        where: `stance ${stance.id}`,
        reason: `“${stanceTypeOf(stance.type).label}” (CAMEO ${stanceTypeOf(stance.type).cameo.code}) has no PLOVER category`,
      });
  }
  const jsonl =
    events.map((event) => JSON.stringify(event)).join('\n') + (events.length ? '\n' : '');
  return { jsonl, events, skipped };
}

export function writePloverBytes(
  dataset: Dataset,
  index: DatasetIndex,
  stances: readonly Stance[] = dataset.stances,
) {
  const result = writePlover(index, stances);
  return { ...result, bytes: utf8(result.jsonl) };
}
