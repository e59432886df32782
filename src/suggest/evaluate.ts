/**
 * Scores the extractor against a hand-coded dataset. A proposal matches a stance when
 * its span overlaps one of the stance's evidence spans and it has the same addressee
 * (a known actor by id; a proposed new actor when its name holds every content word
 * of the coded actor's name or of one alias, or the reverse).
 */
import type { Actor, Dataset, Stance } from '../data/schema';
import { contentWords } from './normalize';
import { suggestStances } from './suggestStances';
import type { AddresseeRef, Suggestion } from './types';

export interface Evaluation {
  stances: number;
  proposals: number;
  /** Share of coded stances some proposal matches. */
  recall: number;
  /** Share of proposals that match some coded stance. */
  precision: number;
  /** Of the matched stances, the share a matching proposal also gives the same type. */
  typeAgreement: number;
  /** Of the matched stances, the share a matching proposal shares at least one topic with. */
  topicAgreement: number;
  /** Of the topics on matched proposals, the share their best-matching stance does not have. */
  extraTopics: number;
  /** Of the matched proposals, the share whose speakers are exactly a matched stance's `from`. */
  speakerAgreement: number;
  /** Proposals whose quote is not the exact slice at their offsets (must be 0). */
  inexactQuotes: number;
  missed: Stance[];
  unmatched: Suggestion[];
  wrongSpeaker: Suggestion[];
  suggestions: Suggestion[];
  milliseconds: number;
}

function words(text: string): Set<string> {
  return new Set(contentWords(text));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

export function sameAddressee(ref: AddresseeRef, coded: Actor): boolean {
  if (ref.known) return ref.id === coded.id;
  const proposed = words(ref.name);
  return [coded.name, ...coded.aliases].some((n) => {
    const c = words(n);
    return subset(c, proposed) || subset(proposed, c);
  });
}

export function proposalMatches(
  s: Suggestion,
  stance: Stance,
  coded: Actor,
  documentId: string,
): boolean {
  return (
    sameAddressee(s.to, coded) &&
    stance.evidence.some((e) => e.document === documentId && s.start < e.end && e.start < s.end)
  );
}

function sameSpeakers(s: Suggestion, stance: Stance, actors: Map<string, Actor>): boolean {
  return (
    s.from.length === stance.from.length &&
    stance.from.every((id) => s.from.some((r) => sameAddressee(r, actors.get(id)!)))
  );
}

export interface EvaluationOptions {
  documentId?: string;
  /**
   * Run as if the dataset had no actors yet (every speaker and addressee a proposed
   * new actor, matched to the coding by name): how the extractor does on a fresh text.
   */
  withoutActors?: boolean;
}

export function evaluateDataset(dataset: Dataset, options: EvaluationOptions = {}): Evaluation {
  const documentId = options.documentId ?? dataset.documents[0]!.id;
  const document = dataset.documents.find((d) => d.id === documentId);
  if (!document) throw new Error(`no document "${documentId}" in dataset "${dataset.id}"`);
  const t0 = performance.now();
  const suggestions = suggestStances(document.text, {
    actors: options.withoutActors ? [] : dataset.actors,
    topics: dataset.topics,
  });
  const milliseconds = performance.now() - t0;
  return { ...scoreSuggestions(dataset, documentId, suggestions), milliseconds };
}

/** Scores given proposals for one document against the dataset's coding. */
export function scoreSuggestions(
  dataset: Dataset,
  documentId: string,
  suggestions: Suggestion[],
): Omit<Evaluation, 'milliseconds'> {
  const document = dataset.documents.find((d) => d.id === documentId);
  if (!document) throw new Error(`no document "${documentId}" in dataset "${dataset.id}"`);
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const stances = dataset.stances.filter((st) =>
    st.evidence.some((e) => e.document === documentId),
  );
  const matchesOf = (s: Suggestion) =>
    stances.filter((st) => proposalMatches(s, st, actors.get(st.to)!, documentId));

  const matchedStances = new Map<string, Suggestion[]>();
  const unmatched: Suggestion[] = [];
  const wrongSpeaker: Suggestion[] = [];
  let matchedProposals = 0;
  let rightSpeaker = 0;
  let proposedTopics = 0;
  let extra = 0;
  const overlap = (s: Suggestion, st: Stance) =>
    (st.type === s.type ? 1 : 0) + st.topics.filter((t) => s.topics.includes(t)).length;
  for (const s of suggestions) {
    const matches = matchesOf(s);
    if (matches.length === 0) {
      unmatched.push(s);
      continue;
    }
    matchedProposals++;
    const best = matches.reduce((a, b) => (overlap(s, b) > overlap(s, a) ? b : a));
    proposedTopics += s.topics.length;
    extra += s.topics.filter((t) => !best.topics.includes(t)).length;
    if (matches.some((st) => sameSpeakers(s, st, actors))) rightSpeaker++;
    else wrongSpeaker.push(s);
    for (const st of matches) matchedStances.set(st.id, [...(matchedStances.get(st.id) ?? []), s]);
  }
  let sameType = 0;
  let sharedTopic = 0;
  for (const [id, proposals] of matchedStances) {
    const stance = stances.find((st) => st.id === id)!;
    if (proposals.some((p) => p.type === stance.type)) sameType++;
    if (proposals.some((p) => p.topics.some((t) => stance.topics.includes(t)))) sharedTopic++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    stances: stances.length,
    proposals: suggestions.length,
    recall: ratio(matchedStances.size, stances.length),
    precision: ratio(matchedProposals, suggestions.length),
    typeAgreement: ratio(sameType, matchedStances.size),
    topicAgreement: ratio(sharedTopic, matchedStances.size),
    extraTopics: proposedTopics === 0 ? 0 : extra / proposedTopics,
    speakerAgreement: ratio(rightSpeaker, matchedProposals),
    inexactQuotes: suggestions.filter((s) => document.text.slice(s.start, s.end) !== s.quote)
      .length,
    missed: stances.filter((st) => !matchedStances.has(st.id)),
    unmatched,
    wrongSpeaker,
    suggestions,
  };
}
