/**
 * The extractor: for a document's text, proposes stances, each anchored to the exact
 * words that carry it. Pure and synchronous (runs in Node and in a worker); nothing it
 * returns enters a dataset until an analyst accepts it.
 */
import type { Actor } from '../data/schema';
import type { StanceTypeId } from '../data/vocabulary';
import { analyzeObject, opposesByObject, type NewActor, type ObjectAnalysis } from './addressees';
import { createActorMatcher, guessKind, type ActorMatcher, type Mention } from './mentions';
import { fold } from './normalize';
import { quotations } from '../coding/attribution';
import { regionAt, splitParagraphs, splitSentences, type Range } from './segment';
import { createSpeakerFinder, refersBack } from './speakers';
import { tagText, type Token } from './tagger';
import { createTopicMatcher } from './topics';
import { findTriggers } from './triggers';
import type { ActorRef, KnownContext, Suggestion } from './types';

interface Speaker {
  refs: ActorRef[];
  rule: string;
}

/** Words that mark the start of the reported clause; the subject follows the last one. */
const SUBJECT_CUT =
  /(?:[“"‘:;]|\bthat\b|\b(?:said|says|told\s+\w+|stated|noted|added|declared|announced|indicated|mentioned|conveyed|insisted|explained|wrote)\b)/g;

const CONNECTOR_ONLY = /^[\s,;”"’—–]*(?:(?:and|also|while|but|as well as|then)\s*)*[\s,;“"]*$/i;

export function suggestStances(text: string, known?: KnownContext): Suggestion[] {
  const actors = known?.actors ?? [];
  const matcher = createActorMatcher(actors);
  const speakers = createSpeakerFinder(matcher);
  const topics = createTopicMatcher(known?.topics ?? [], actors);
  const knownRef = (a: Actor): ActorRef => ({ known: true, id: a.id, name: a.name });
  const newRef = (n: NewActor): ActorRef => ({ known: false, name: n.name, kind: n.kind });

  const out: (Suggestion & { needsSpeaker: boolean })[] = [];
  let recent: Speaker | null = null;
  let documentSpeaker: ActorRef[] | null = null;
  let previous: { analysis: ObjectAnalysis; paragraph: number } | null = null;

  /** Known actors as subject, else proper names (when nothing is known), as speakers. */
  const subjectIn = (range: Range): ActorRef[] => {
    const found = speakers.speakersIn(text, range);
    if (found.length > 0) return found.map(knownRef);
    const people = speakers.peopleIn(text, range);
    if (people.length > 0) return people.map(knownRef);
    // "Ministers urge …" in a headline names nobody: it refers to a speaker elsewhere.
    return newSpeakersIn(text, range)
      .filter((n) => !refersBack(n.name))
      .map(newRef);
  };

  for (const paragraph of splitParagraphs(text)) {
    const quotes = quotations(text, paragraph.start, paragraph.end);
    const sentences = splitSentences(text, paragraph);
    // One tagger call per paragraph (much cheaper than per sentence), from after any list number.
    const tokens = sentences[0] ? tagText(text, sentences[0].start, paragraph.end) : [];
    for (const sentence of sentences) {
      const triggers = findTriggers(text, sentence, tokens);
      if (triggers.length === 0) {
        // A sentence without a stance still says who is talking next ("Her Belmoran counterpart, Teo Vance, …").
        const subject = subjectBeforeFirstVerb(sentence, tokens);
        const found = speakers.speakersIn(text, subject);
        if (found.length > 0) {
          recent = { refs: found.map(knownRef), rule: 'recent' };
          speakers.registerPeople(text, subject, found);
        } else if (actors.length === 0 && /:\s*$/.test(text.slice(sentence.start, sentence.end))) {
          // Nothing known yet: "The representatives of A, B and C:" introduces the speakers of a list.
          const named = newSpeakersIn(text, subject);
          if (named.length > 0) recent = { refs: named.map(newRef), rule: 'recent' };
        }
        continue;
      }
      let spanEndOfPrevious: number | null = null;
      let speakerOfPrevious: Speaker | null = null;
      triggers.forEach((trigger, i) => {
        const next = triggers[i + 1];
        const quote = regionAt(quotes, trigger.start);
        let clauseEnd = next?.start ?? sentence.end;
        if (quote && quote.end < clauseEnd) clauseEnd = quote.end;
        const semicolon = text.indexOf(';', trigger.end);
        if (semicolon >= 0 && semicolon < clauseEnd) clauseEnd = semicolon;
        clauseEnd = Math.min(clauseEnd, nextCoordinatedVerb(text, trigger.end, clauseEnd, tokens));
        if (next && clauseEnd === next.start)
          clauseEnd = nextSubjectStart(text, trigger.end, next.start, matcher);
        const end = trimEnd(text, trigger.end, clauseEnd);
        const object = { start: trigger.end, end: clauseEnd };

        // Speaker.
        const regionStart = spanEndOfPrevious ?? sentence.start;
        const region = { start: regionStart, end: trigger.start };
        let speaker: Speaker | null = null;
        const cut = lastCut(text, region);
        const inner = { start: cut, end: trigger.start };
        // "…, and called for …": a verb right after a connector shares the previous subject.
        const coordinated =
          speakerOfPrevious !== null &&
          (CONNECTOR_ONLY.test(text.slice(region.start, region.end)) ||
            /(?:,|\band)\s*$/.test(text.slice(region.start, region.end)));
        const innerRefs = coordinated ? [] : subjectIn(inner);
        if (innerRefs.length > 0) speaker = { refs: innerRefs, rule: 'subject' };
        else if (coordinated && speakerOfPrevious)
          speaker = { refs: speakerOfPrevious.refs, rule: 'coordinated' };
        else if (quote) {
          const attribution = attributionRange(text, quote, paragraph, sentence);
          const found = attribution.flatMap((r) => speakers.speakersIn(text, r));
          const people = attribution.flatMap((r) => speakers.peopleIn(text, r));
          const refs = (found.length > 0 ? found : people).map(knownRef);
          if (refs.length > 0) {
            speaker = { refs: dedupeRefs(refs), rule: 'quote-attribution' };
            attribution.forEach((r) => speakers.registerPeople(text, r, found));
          }
        }
        if (!speaker && cut > region.start) {
          const outer = speakers.speakersIn(text, { start: region.start, end: cut });
          if (outer.length > 0) speaker = { refs: outer.map(knownRef), rule: 'reporting-subject' };
        }
        if (!speaker && recent) speaker = { refs: recent.refs, rule: 'recent' };
        if (speaker && speaker.rule !== 'recent' && speaker.rule !== 'coordinated') {
          documentSpeaker ??= speaker.refs;
          const known = speaker.refs.flatMap((r) => (r.known ? [matcher.byId.get(r.id)!] : []));
          speakers.registerPeople(text, inner, known);
        }
        if (speaker) recent = speaker;
        speakerOfPrevious = speaker;
        spanEndOfPrevious = end;

        // Addressees.
        const analysis = analyzeObject(text, object, matcher, tokens, {
          forComplement: trigger.rule.type === 'calls-on',
        });
        let type: StanceTypeId = trigger.rule.type;
        let how: string = analysis.how;
        let targets: Mention[] = analysis.targets;
        let newActors = analysis.newActors;
        if (trigger.rule.name === 'urge' && !analysis.addresseeBeforeInfinitive) type = 'calls-for';
        if (opposesByObject(text, object) && type !== 'condemns' && type !== 'rejects')
          type = 'opposes';
        const samePlace = previous && previous.paragraph === paragraph.index;
        if (targets.length === 0 && analysis.empty && previous && samePlace) {
          targets = previous.analysis.all;
          newActors = [];
          how = 'inherited';
        } else if (targets.length === 0 && analysis.anaphoric && previous) {
          targets = previous.analysis.targets;
          newActors = [];
          how = 'anaphora';
        } else if (targets.length === 0) how = 'new-actor';

        const attribution = quote ? 'direct' : 'reported';
        const quoteText = text.slice(trigger.start, end);
        const base = {
          from: speaker?.refs ?? [],
          type,
          start: trigger.start,
          end,
          quote: quoteText,
          attribution,
          topics: topics.match(quoteText),
          paragraph: paragraph.index,
          needsSpeaker: !speaker,
        } as const;
        const by = `@${speaker?.rule ?? 'document'}`;
        for (const m of targets)
          out.push({ ...base, to: knownRef(m.actor), rule: `${trigger.rule.name}/${how}${by}` });
        for (const n of newActors)
          out.push({ ...base, to: newRef(n), rule: `${trigger.rule.name}/${how}${by}` });
        for (const m of analysis.forComplement)
          out.push({
            ...base,
            type: 'calls-for',
            to: knownRef(m.actor),
            rule: `${trigger.rule.name}/for-complement${by}`,
          });
        if (targets.length > 0 || newActors.length > 0)
          previous = {
            analysis: {
              ...analysis,
              targets,
              all: targets.length > 0 && how !== 'mentions' ? targets : analysis.all,
            },
            paragraph: paragraph.index,
          };
      });
    }
  }
  const seen = new Set<string>();
  return out
    .filter((s) => {
      const key = `${s.type} ${s.to.known ? s.to.id : s.to.name} ${s.start} ${s.end}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map(({ needsSpeaker, ...s }) =>
      needsSpeaker && documentSpeaker ? { ...s, from: documentSpeaker } : s,
    );
}

function dedupeRefs(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.known ? r.id : `new:${r.name}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function lastCut(text: string, region: Range): number {
  const slice = fold(text.slice(region.start, region.end));
  let cut = region.start;
  SUBJECT_CUT.lastIndex = 0;
  for (let m = SUBJECT_CUT.exec(slice); m; m = SUBJECT_CUT.exec(slice)) {
    cut = region.start + m.index + m[0].length;
  }
  return cut;
}

/** The end of a span: no trailing spaces, commas, connectors or opening quotes. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    const slice = text.slice(from, end);
    const m = /(?:[\s,;:—–“"(]+|\s+(?:and|or|as well as|while|but))$/i.exec(slice);
    if (!m || m[0].length === 0) break;
    end -= m[0].length;
  }
  // Keep a sentence's full stop when the clause runs to it.
  if (text[end] === '.' && end + 1 <= to) end += 1;
  return end;
}

/**
 * A coordinated verb that is not a stance ends the clause: "condemned all attacks,
 * acknowledged that …" (but not a participle: ", supported by …").
 */
function nextCoordinatedVerb(text: string, from: number, to: number, tokens: Token[]): number {
  for (const t of tokens) {
    if (t.start <= from || t.start >= to || !t.tags.has('PastTense')) continue;
    if (!/,\s*(?:and\s+)?$/.test(text.slice(from, t.start))) continue;
    if (/^\s+by\b/.test(text.slice(t.end, t.end + 4))) continue;
    return text.lastIndexOf(',', t.start);
  }
  return to;
}

/** "… in Gaza, and Russia rejected …": the next verb's own subject is not part of this object. */
function nextSubjectStart(text: string, from: number, to: number, matcher: ActorMatcher): number {
  const gap = text.slice(from, to);
  const pronoun =
    /(?:,\s*(?:and|but|while|whereas)?|\b(?:and|but|while|whereas))\s+(?:they|it|we|he|she)\s+$/i.exec(
      gap,
    );
  if (pronoun) return from + pronoun.index;
  const last = matcher.find(text, { start: from, end: to }).at(-1);
  if (!last || text.slice(last.end, to).trim() !== '') return to;
  const connector =
    /(?:,\s*(?:and|but|while|whereas)?|\b(?:and|but|while|whereas))\s+(?:the\s+)?$/i.exec(
      text.slice(from, last.start),
    );
  return connector ? from + connector.index : to;
}

function subjectBeforeFirstVerb(sentence: Range, tokens: Token[]): Range {
  const verb = tokens.find(
    (t) => t.start >= sentence.start && t.end <= sentence.end && t.tags.has('Verb'),
  );
  return { start: sentence.start, end: verb ? verb.start : sentence.end };
}

/** Where a quotation says who spoke: after it up to the sentence's end, and before it. */
function attributionRange(text: string, quote: Range, paragraph: Range, sentence: Range): Range[] {
  const after = text.slice(quote.end, paragraph.end);
  const stop = /[.!?](?:\s|$)/.exec(after.slice(1));
  const ranges: Range[] = [
    { start: quote.end, end: stop ? quote.end + 1 + stop.index : paragraph.end },
  ];
  const before = Math.max(sentence.start, paragraph.start);
  if (quote.start - 1 > before) ranges.push({ start: before, end: quote.start - 1 });
  return ranges;
}

const PROPER_SPEAKER = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the)\s+)*\p{Lu}[\p{L}'’-]*)*/gu;
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|It|They|We|He|She|I|This|That|These|Those|During|After|Before|While|Within|According|However|Meanwhile|Also|Later|Earlier|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Proper names in a subject that no known actor covers ("Freedonia and Sylvania condemned …"). */
export function newSpeakersIn(text: string, range: Range): NewActor[] {
  let slice = text.slice(range.start, range.end);
  // A dateline ("PORT SAVIN — ") and appositions (", as guarantors of …", ", which …") name no speaker.
  slice = slice.replace(/^\s*\p{Lu}[\p{Lu}\s.'’-]*\s[—–]\s*/u, (m) => ' '.repeat(m.length));
  const apposition = /,\s*(?:as|which|who|whose|including|together with|alongside)\b/.exec(slice);
  if (apposition) slice = slice.slice(0, apposition.index);
  const out: NewActor[] = [];
  PROPER_SPEAKER.lastIndex = 0;
  for (let m = PROPER_SPEAKER.exec(slice); m; m = PROPER_SPEAKER.exec(slice)) {
    let name = m[0].replace(/^(?:(?:The|A|An|In|On|At|During|After)\s+)+/, '');
    if (NOT_A_NAME.test(name) || !/\p{L}{2}/u.test(name)) continue;
    if (/\b(?:in|on|at|to|from|by|with|for|against)\s+(?:the\s+)?$/i.test(slice.slice(0, m.index)))
      continue;
    // "the Astana process": a name that only modifies a common noun is not the speaker.
    if (
      /^\s+(?!(?:and|or|on|in|at|of|for|with|to|by|from|during|after|before|also|has|have|had|is|are|was|were|will|would|said|says|today|yesterday|together|jointly)\b)\p{Ll}+\b(?<!ed|ly)(?![’'])/u.test(
        slice.slice(m.index + m[0].length),
      ) &&
      !/['’]s$/.test(m[0])
    )
      continue;
    // "Kazakhstan’s Deputy Foreign Minister …" speaks for Kazakhstan.
    const possessive = /^(.+?)['’]s\b/u.exec(name);
    if (possessive?.[1]) name = possessive[1];
    if (out.some((n) => n.name === name)) continue;
    out.push({ name, kind: guessKind(name, true) });
  }
  return out;
}
