/**
 * Suggested stances in the coding workspace, as pure functions: which suggestions still
 * need a decision (not a duplicate of a coded stance, not already accepted or rejected),
 * how one becomes edits of operations.ts (its new actors, created only now, and its
 * stance, quoting exactly the suggested span), and paragraph grouping. Decisions are
 * edits too, so undo and redo cover each one.
 */
import type { Actor, Dataset, SourceDocument, Stance } from '../data/schema';
import type { Attribution } from '../data/vocabulary';
import { indexDataset, type DatasetIndex } from '../graph/datasetIndex';
import { stanceSentence } from '../graph/sentences';
import type { ActorRef, Suggestion } from '../suggest/types';
import { createTopicMatcher } from '../suggest/topics';
import { namesOf } from './actorMatch';
import { speaksForItself } from './attribution';
import { EditRefusedError } from './errors';
import type { HistoryStep } from './history';
import { applyEdit, evidenceFor, newActorId, newStanceId, type Edit } from './operations';
import { foldForMatch } from './text';

/** What the analyst may change before accepting (the stance form's values). */
export interface SuggestionValues {
  from: string[];
  to: string;
  type: Stance['type'];
  topics: string[];
  summary: string;
  attribution: Attribution;
}

/** A suggestion's identity in one document: its span, type and addressee's name. */
export function suggestionKey(documentId: string, suggestion: Suggestion): string {
  return `${documentId}:${suggestion.start}-${suggestion.end}:${suggestion.type}:${foldForMatch(suggestion.to.name)}`;
}

/** Every actor by id and by each folded name (the first actor to bear a name keeps it). */
interface ActorLookup {
  byId: Map<string, Actor>;
  byName: Map<string, Actor>;
}

// Once per list of actors: the suggestions panel looks up every open suggestion's
// actors on each edit, and folding every name each time is what made that slow.
const lookups = new WeakMap<readonly Actor[], ActorLookup>();

function actorLookup(actors: readonly Actor[]): ActorLookup {
  let lookup = lookups.get(actors);
  if (!lookup) {
    lookup = { byId: new Map(actors.map((actor) => [actor.id, actor])), byName: new Map() };
    for (const actor of actors)
      for (const name of namesOf(actor)) {
        const folded = foldForMatch(name);
        if (!lookup.byName.has(folded)) lookup.byName.set(folded, actor);
      }
    lookups.set(actors, lookup);
  }
  return lookup;
}

/** The dataset actor a reference names: the same id, else the same name or alias. */
export function findActor(dataset: Dataset, ref: ActorRef): Actor | undefined {
  const lookup = actorLookup(dataset.actors);
  return (ref.known && lookup.byId.get(ref.id)) || lookup.byName.get(foldForMatch(ref.name));
}

// Summaries read names through a dataset index; a plan that adds no actor reuses one.
const indexes = new WeakMap<Dataset, DatasetIndex>();

function indexOf(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = indexDataset(dataset)));
  return index;
}

/** Same addressee and type as a coded stance whose quote overlaps the span in this document. */
export function duplicatesCodedStance(
  dataset: Dataset,
  documentId: string,
  suggestion: Suggestion,
): boolean {
  const to = findActor(dataset, suggestion.to);
  if (!to) return false;
  return dataset.stances.some(
    (stance) =>
      stance.to === to.id &&
      stance.type === suggestion.type &&
      stance.evidence.some(
        (e) => e.document === documentId && e.start < suggestion.end && e.end > suggestion.start,
      ),
  );
}

/** Keys of suggestions decided in these steps (undo drops a step, and the decision with it). */
export function settledKeys(past: readonly HistoryStep[]): Set<string> {
  const keys = new Set<string>();
  const visit = (edit: Edit) => {
    if (edit.kind === 'settle-suggestions') for (const key of edit.keys) keys.add(key);
    else if (edit.kind === 'batch') edit.edits.forEach(visit);
  };
  for (const step of past) visit(step.edit);
  return keys;
}

/** The suggestions still to decide on, in text order. */
export function openSuggestions(
  dataset: Dataset,
  documentId: string,
  suggestions: readonly Suggestion[],
  settled: ReadonlySet<string>,
): Suggestion[] {
  return suggestions.filter(
    (s) =>
      !settled.has(suggestionKey(documentId, s)) && !duplicatesCodedStance(dataset, documentId, s),
  );
}

/** Suggestions by paragraph, paragraphs in text order. */
export function byParagraph(suggestions: readonly Suggestion[]): [number, Suggestion[]][] {
  const groups = new Map<number, Suggestion[]>();
  for (const s of suggestions) groups.set(s.paragraph, [...(groups.get(s.paragraph) ?? []), s]);
  return [...groups.entries()].sort((a, b) => a[0] - b[0]);
}

/** The suggestion's attribution in this document: by the same rule as a hand-coded span. */
export function attributionIn(document: SourceDocument, suggestion: Suggestion): Attribution {
  return speaksForItself(document.kind) ? 'direct' : suggestion.attribution;
}

export interface SuggestionPlan {
  /** The dataset with the suggestion's new actors added: what the stance form shows. */
  preview: Dataset;
  /** Actors the suggestion names that the dataset lacks (created only on acceptance). */
  newActors: Actor[];
  values: SuggestionValues;
}

/** What accepting would make: actors reused by id or name, new ones with fresh ids. */
export function planSuggestion(
  dataset: Dataset,
  document: SourceDocument,
  suggestion: Suggestion,
): SuggestionPlan {
  let preview = dataset;
  const newActors: Actor[] = [];
  const resolve = (ref: ActorRef): string => {
    const found = findActor(preview, ref);
    if (found) return found.id;
    const actor: Actor = {
      id: newActorId(preview, ref.name),
      name: ref.name,
      aliases: [],
      kind: ref.known ? 'unnamed' : ref.kind,
    };
    newActors.push(actor);
    preview = { ...preview, actors: [...preview.actors, actor] };
    return actor.id;
  };
  const from = [...new Set(suggestion.from.map(resolve))];
  const to = resolve(suggestion.to);
  const topics = suggestion.topics.filter((id) => dataset.topics.some((t) => t.id === id));
  const values: SuggestionValues = {
    from,
    to,
    type: suggestion.type,
    // Topics added since the suggestions were made are matched by the same rule.
    topics: topics.length ? topics : createTopicMatcher(dataset.topics).match(suggestion.quote),
    summary: '',
    attribution: attributionIn(document, suggestion),
  };
  values.summary = from.length ? summaryFor(indexOf(preview), values) : '';
  return { preview, newActors, values };
}

/** The sentence the app shows for a stance with these parts (what a summary starts as). */
export function summaryFor(
  index: DatasetIndex,
  parts: Pick<Stance, 'from' | 'to' | 'type' | 'topics'>,
): string {
  const stance: Stance = { id: 'preview', ...parts, summary: '', evidence: [] };
  return stanceSentence(index, stance, 'bloc');
}

/**
 * The one undo step that accepts a suggestion, as is or with the analyst's values: the
 * new actors the stance names, the stance quoting exactly the suggested span, and the
 * decision. Refused when the text no longer has the suggested words at those offsets.
 */
export function acceptEdit(
  dataset: Dataset,
  document: SourceDocument,
  suggestion: Suggestion,
  edited?: SuggestionValues,
): { edit: Edit; stance: Stance } {
  if (document.text.slice(suggestion.start, suggestion.end) !== suggestion.quote)
    throw new EditRefusedError(
      'the text has changed since the suggestions were made: suggest stances again',
    );
  const plan = planSuggestion(dataset, document, suggestion);
  const values = edited ?? plan.values;
  const named = new Set([...values.from, values.to]);
  const actors = plan.newActors.filter((actor) => named.has(actor.id));
  const withActors = { ...dataset, actors: [...dataset.actors, ...actors] };
  const stance: Stance = {
    id: newStanceId(withActors, values.type, values.to),
    from: values.from,
    to: values.to,
    type: values.type,
    topics: values.topics,
    summary: values.summary || summaryFor(indexOf(withActors), values),
    evidence: [evidenceFor(document, suggestion, values.attribution)],
  };
  return {
    stance,
    edit: {
      kind: 'batch',
      label: 'accept suggestion',
      edits: [
        ...actors.map((actor): Edit => ({ kind: 'add-actor', actor })),
        { kind: 'add-stance', stance },
        {
          kind: 'settle-suggestions',
          keys: [suggestionKey(document.id, suggestion)],
          decision: 'accepted',
        },
      ],
    },
  };
}

/** Accept several as one undo step; a new actor two of them name is made once. */
export function acceptAllEdit(
  dataset: Dataset,
  document: SourceDocument,
  suggestions: readonly Suggestion[],
  label = 'accept paragraph',
): Edit {
  let working = dataset;
  const edits: Edit[] = [];
  for (const suggestion of suggestions) {
    const { edit } = acceptEdit(working, document, suggestion);
    working = applyEdit(working, edit).dataset;
    edits.push(edit);
  }
  return { kind: 'batch', label, edits };
}

export function rejectEdit(documentId: string, suggestion: Suggestion): Edit {
  return {
    kind: 'settle-suggestions',
    keys: [suggestionKey(documentId, suggestion)],
    decision: 'rejected',
  };
}
