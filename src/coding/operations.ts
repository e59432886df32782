/**
 * Every change the coding workspace makes is one of these edits: a pure function from a
 * dataset to the next one (nothing is mutated, so undo keeps the dataset as it was).
 * The draft may be invalid while the analyst works (an empty date, no actor yet); the
 * validator says where (see validateDraft), the edits never invent content.
 */
import type { Actor, Dataset, Evidence, SourceDocument, Stance, Topic } from '../data/schema';
import type { Attribution } from '../data/vocabulary';
import { EditRefusedError } from './errors';
import { slugify, uniqueId } from '../data/slug';
import { changeText, type TextChangeMode, type TextChangeReport } from './textChange';
import type { Span } from './text';

export type DocumentDetails = Partial<Omit<SourceDocument, 'id' | 'text'>>;
export type DatasetDetails = Partial<Pick<Dataset, 'title' | 'description' | 'event'>>;

export type Edit =
  | { kind: 'edit-dataset'; changes: DatasetDetails }
  | { kind: 'add-document'; document: SourceDocument }
  | { kind: 'edit-document'; documentId: string; changes: DocumentDetails }
  | { kind: 'set-document-text'; documentId: string; text: string; mode: TextChangeMode }
  | { kind: 'add-stance'; stance: Stance }
  | { kind: 'edit-stance'; stanceId: string; changes: Partial<Omit<Stance, 'id'>> }
  | { kind: 'remove-stance'; stanceId: string }
  | { kind: 'add-evidence'; stanceId: string; evidence: Evidence }
  | { kind: 'remove-evidence'; stanceId: string; index: number }
  | { kind: 'add-actor'; actor: Actor }
  | { kind: 'edit-actor'; actorId: string; changes: Partial<Omit<Actor, 'id'>> }
  | { kind: 'merge-actors'; keepId: string; mergeId: string }
  | { kind: 'add-topic'; topic: Topic }
  /** Several edits as one undo step (accepting a suggestion: its new actors and its stance). */
  | { kind: 'batch'; label: string; edits: Edit[] }
  /** Records a decision on suggestions (see suggestions.ts); the dataset is unchanged. */
  | { kind: 'settle-suggestions'; keys: string[]; decision: 'accepted' | 'rejected' };

export interface EditOutcome {
  dataset: Dataset;
  /** What the edit did that the user should hear about (a re-anchoring report). */
  report?: TextChangeReport;
}

/** Words for the undo and redo buttons ("Undo add stance"). */
export function describeEdit(edit: Edit): string {
  if (edit.kind === 'batch') return edit.label;
  if (edit.kind === 'settle-suggestions')
    return `${edit.decision === 'rejected' ? 'reject' : 'accept'} suggestion`;
  return edit.kind.replace(/-/g, ' ');
}

function must<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new EditRefusedError(`${what} does not exist`);
  return item;
}

function replaceById<T extends { id: string }>(items: readonly T[], id: string, next: T): T[] {
  return items.map((item) => (item.id === id ? next : item));
}

function withoutUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}

function assertFreeId(items: readonly { id: string }[], id: string, what: string) {
  if (items.some((item) => item.id === id))
    throw new EditRefusedError(`there is already ${what} with the id "${id}"`);
}

/** Apply one edit. Throws EditRefusedError when it cannot be made (the dataset is unchanged). */
export function applyEdit(dataset: Dataset, edit: Edit): EditOutcome {
  switch (edit.kind) {
    case 'edit-dataset':
      return { dataset: withoutUndefined({ ...dataset, ...edit.changes }) };
    case 'add-document':
      assertFreeId(dataset.documents, edit.document.id, 'a document');
      return { dataset: { ...dataset, documents: [...dataset.documents, edit.document] } };
    case 'edit-document': {
      const document = must(
        dataset.documents.find((d) => d.id === edit.documentId),
        `document "${edit.documentId}"`,
      );
      const next = withoutUndefined({ ...document, ...edit.changes });
      return {
        dataset: { ...dataset, documents: replaceById(dataset.documents, document.id, next) },
      };
    }
    case 'set-document-text': {
      must(
        dataset.documents.find((d) => d.id === edit.documentId),
        `document "${edit.documentId}"`,
      );
      return changeText(dataset, edit.documentId, edit.text, edit.mode);
    }
    case 'add-stance':
      assertFreeId(dataset.stances, edit.stance.id, 'a stance');
      return { dataset: { ...dataset, stances: [...dataset.stances, edit.stance] } };
    case 'edit-stance': {
      const stance = must(
        dataset.stances.find((s) => s.id === edit.stanceId),
        `stance "${edit.stanceId}"`,
      );
      const next = { ...stance, ...edit.changes, id: stance.id };
      return { dataset: { ...dataset, stances: replaceById(dataset.stances, stance.id, next) } };
    }
    case 'remove-stance':
      must(
        dataset.stances.find((s) => s.id === edit.stanceId),
        `stance "${edit.stanceId}"`,
      );
      return {
        dataset: {
          ...dataset,
          stances: dataset.stances.filter((s) => s.id !== edit.stanceId),
          // A scene that showed it would now name an unknown stance.
          ...(dataset.scenes && { scenes: dropStanceFromScenes(dataset.scenes, edit.stanceId) }),
        },
      };
    case 'add-evidence': {
      const stance = must(
        dataset.stances.find((s) => s.id === edit.stanceId),
        `stance "${edit.stanceId}"`,
      );
      const next = { ...stance, evidence: [...stance.evidence, edit.evidence] };
      return { dataset: { ...dataset, stances: replaceById(dataset.stances, stance.id, next) } };
    }
    case 'remove-evidence': {
      const stance = must(
        dataset.stances.find((s) => s.id === edit.stanceId),
        `stance "${edit.stanceId}"`,
      );
      if (stance.evidence.length <= 1)
        throw new EditRefusedError('a stance needs at least one quote: remove the stance instead');
      const next = { ...stance, evidence: stance.evidence.filter((_, i) => i !== edit.index) };
      return { dataset: { ...dataset, stances: replaceById(dataset.stances, stance.id, next) } };
    }
    case 'add-actor':
      assertFreeId(dataset.actors, edit.actor.id, 'an actor');
      return { dataset: { ...dataset, actors: [...dataset.actors, edit.actor] } };
    case 'edit-actor': {
      const actor = must(
        dataset.actors.find((a) => a.id === edit.actorId),
        `actor "${edit.actorId}"`,
      );
      const next = withoutUndefined({ ...actor, ...edit.changes, id: actor.id });
      return { dataset: { ...dataset, actors: replaceById(dataset.actors, actor.id, next) } };
    }
    case 'merge-actors':
      return { dataset: mergeActors(dataset, edit.keepId, edit.mergeId) };
    case 'add-topic':
      assertFreeId(dataset.topics, edit.topic.id, 'a topic');
      return { dataset: { ...dataset, topics: [...dataset.topics, edit.topic] } };
    case 'batch':
      return { dataset: edit.edits.reduce((d, e) => applyEdit(d, e).dataset, dataset) };
    case 'settle-suggestions':
      return { dataset };
  }
}

function dropStanceFromScenes(scenes: NonNullable<Dataset['scenes']>, stanceId: string) {
  return scenes.map((scene) => {
    const selection =
      scene.view.selection?.kind === 'stance' && scene.view.selection.id === stanceId
        ? null
        : scene.view.selection;
    const quotes = scene.quotes?.filter((id) => id !== stanceId);
    return withoutUndefined({
      ...scene,
      view: withoutUndefined({ ...scene.view, selection }),
      quotes,
    });
  });
}

const dedupe = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * Merge `mergeId` into `keepId`: every reference to the merged actor (stances' from and
 * to, participants, bloc members, scenes) now names the kept one; the merged actor's
 * names become aliases of the kept one, so nothing the source calls it is lost.
 */
export function mergeActors(dataset: Dataset, keepId: string, mergeId: string): Dataset {
  if (keepId === mergeId) throw new EditRefusedError('an actor cannot be merged into itself');
  const keep = must(
    dataset.actors.find((a) => a.id === keepId),
    `actor "${keepId}"`,
  );
  const merged = must(
    dataset.actors.find((a) => a.id === mergeId),
    `actor "${mergeId}"`,
  );
  const swap = (id: string) => (id === mergeId ? keepId : id);
  const names = [merged.name, merged.shortName, ...merged.aliases].filter(
    (name): name is string => !!name && name !== keep.name && name !== keep.shortName,
  );
  const keptMembers = dedupe([...(keep.members ?? []), ...(merged.members ?? [])].map(swap)).filter(
    (id) => id !== keepId,
  );
  const nextKeep: Actor = withoutUndefined({
    ...keep,
    aliases: dedupe([...keep.aliases, ...names]),
    members: keep.members || merged.members ? keptMembers : undefined,
  });
  const actors = dataset.actors
    .filter((a) => a.id !== mergeId)
    .map((actor) => {
      if (actor.id === keepId) return nextKeep;
      if (!actor.members?.includes(mergeId)) return actor;
      return { ...actor, members: dedupe(actor.members.map(swap)).filter((id) => id !== actor.id) };
    });
  const seenParticipant = new Set<string>();
  const documents = dataset.documents.map((document) => {
    seenParticipant.clear();
    return {
      ...document,
      participants: document.participants
        .map((p) => ({ ...p, actor: swap(p.actor) }))
        .filter((p) => {
          if (seenParticipant.has(p.actor)) return false;
          seenParticipant.add(p.actor);
          return true;
        }),
    };
  });
  const stances = dataset.stances.map((stance) =>
    stance.from.includes(mergeId) || stance.to === mergeId
      ? { ...stance, from: dedupe(stance.from.map(swap)), to: swap(stance.to) }
      : stance,
  );
  const scenes = dataset.scenes?.map((scene) => {
    const selection = scene.view.selection;
    return {
      ...scene,
      view: withoutUndefined({
        ...scene.view,
        focus: scene.view.focus ? dedupe(scene.view.focus.map(swap)) : undefined,
        selection:
          selection?.kind === 'actor' ? { ...selection, id: swap(selection.id) } : selection,
      }),
    };
  });
  return withoutUndefined({ ...dataset, actors, documents, stances, scenes });
}

// ---- Making new things ----------------------------------------------------------------

export function evidenceFor(
  document: SourceDocument,
  span: Span,
  attribution: Attribution,
): Evidence {
  return {
    document: document.id,
    start: span.start,
    end: span.end,
    quote: document.text.slice(span.start, span.end),
    attribution,
  };
}

export function newStanceId(dataset: Dataset, type: string, to: string): string {
  return uniqueId(
    slugify(`${type}-${to}`, 'stance'),
    dataset.stances.map((s) => s.id),
  );
}

export function newActorId(dataset: Dataset, name: string): string {
  return uniqueId(
    slugify(name, 'actor'),
    dataset.actors.map((a) => a.id),
  );
}

export function newTopicId(dataset: Dataset, label: string): string {
  return uniqueId(
    slugify(label, 'topic'),
    dataset.topics.map((t) => t.id),
  );
}

export interface NewTextDetails {
  title: string;
  kind?: string;
  date?: string;
  place?: string;
  language?: string;
  publisher?: string;
  url?: string;
}

function documentFrom(id: string, text: string, details: NewTextDetails): SourceDocument {
  return withoutUndefined({
    id,
    title: details.title,
    kind: details.kind ?? 'news-report',
    date: details.date ?? '',
    place: details.place ?? '',
    language: details.language ?? 'en',
    publisher: details.publisher || undefined,
    url: details.url || undefined,
    text,
    participants: [],
  });
}

/**
 * A new dataset around one text, exactly as given (never trimmed or cleaned: offsets
 * index into it). Empty details are left empty for the validator to point at.
 */
export function createDraft(text: string, details: NewTextDetails): Dataset {
  const title = details.title.trim();
  return {
    schemaVersion: 1,
    id: slugify(title, 'coded-dataset'),
    title,
    description: title ? `Stances coded from “${title}”.` : '',
    documents: [documentFrom('doc-1', text, details)],
    actors: [],
    topics: [],
    stances: [],
  };
}

/** The document to add to an existing dataset (its id unused there). */
export function newDocument(
  dataset: Dataset,
  text: string,
  details: NewTextDetails,
): SourceDocument {
  const id = uniqueId(
    `doc-${dataset.documents.length + 1}`,
    dataset.documents.map((d) => d.id),
  );
  return documentFrom(id, text, details);
}
