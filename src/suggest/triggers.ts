/**
 * Stance triggers: the vocabulary's verb phrases in their inflected and adverbial forms,
 * each a small named rule, and the guards that keep a verb from being a stance
 * (negation, passive, background narration, a participle modifying a noun).
 */
import type { StanceTypeId } from '../data/vocabulary';
import { fold } from './normalize';
import type { Range } from './segment';
import { tokenAt, type Token } from './tagger';

export interface TriggerRule {
  name: string;
  type: StanceTypeId;
  /** Matched against folded (lower-case, no diacritics) text. */
  pattern: string;
  /** The verb alone would be ambiguous (noun "support", "stress"): ask the tagger. */
  needsVerbTag?: boolean;
}

const POSS = '(?:(?:its|their|our|his|her|the)\\s+)?';
const INTENSITY = '(?:(?:deep|grave|serious|great|profound|strong|particular|growing|utmost)\\s+)?';

export const TRIGGER_RULES: TriggerRule[] = [
  {
    name: 'reaffirm-commitment',
    type: 'reaffirms-commitment',
    pattern: `(?:reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|renew(?:s|ed|ing)?|confirm(?:s|ed|ing)?|underlin(?:e|es|ed|ing))\\s+${POSS}(?:(?:strong|unwavering|firm|steadfast|full|continued|unequivocal|abiding|resolute|unconditional)\\s+(?:and\\s+)?)*commitments?\\s+to`,
  },
  {
    name: 'commit',
    type: 'commits-to',
    pattern:
      '(?:commit(?:s|ted)?\\s+(?:themselves\\s+|itself\\s+)?to|pledg(?:e|es|ed)\\s+to|(?:is|are|remain|remains|remained)\\s+committed\\s+to)',
  },
  {
    name: 'express-rejection',
    type: 'rejects',
    pattern: `(?:reiterat(?:e|es|ed|ing)|reaffirm(?:s|ed|ing)?|express(?:es|ed|ing)?|voic(?:e|es|ed|ing))\\s+${POSS}(?:(?:firm|strong|categorical|total)\\s+)?rejection\\s+of`,
  },
  {
    name: 'express-opposition',
    type: 'opposes',
    pattern: `(?:reiterat(?:e|es|ed|ing)|reaffirm(?:s|ed|ing)?|express(?:es|ed|ing)?|voic(?:e|es|ed|ing))\\s+${POSS}(?:(?:firm|strong|categorical)\\s+)?opposition\\s+to`,
  },
  {
    name: 'express-concern',
    type: 'expresses-concern',
    pattern: `(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing))\\s+${POSS}${INTENSITY}(?:concerns?|alarm)(?:\\s+(?:over|at|about|regarding|with|for|on|that))?`,
  },
  {
    name: 'be-concerned',
    type: 'expresses-concern',
    pattern:
      '(?:is|are|was|were|remains?|remained)\\s+(?:(?:deeply|gravely|seriously|extremely|very|particularly)\\s+)?(?:concerned|alarmed)(?:\\s+(?:about|over|at|by|with|that))?',
  },
  {
    name: 'express-support',
    type: 'supports',
    pattern: `(?:express(?:es|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|voic(?:e|es|ed|ing)|pledg(?:e|es|ed))\\s+${POSS}(?:(?:full|strong|continued|firm|unwavering)\\s+)?support\\s+(?:for|to)`,
  },
  {
    name: 'express-gratitude',
    type: 'supports',
    pattern: `(?:express(?:es|ed|ing)?|convey(?:s|ed|ing)?|extend(?:s|ed|ing)?)\\s+${POSS}(?:(?:deep|sincere|profound)\\s+)?(?:gratitude|appreciation|thanks)\\s+(?:to|for)`,
  },
  {
    name: 'call-on',
    type: 'calls-on',
    pattern: '(?:call(?:s|ed|ing)?\\s+(?:on|upon)|appeal(?:s|ed|ing)?\\s+to)',
  },
  { name: 'call-for', type: 'calls-for', pattern: 'call(?:s|ed|ing)?\\s+for' },
  { name: 'urge', type: 'calls-on', pattern: 'urg(?:e|es|ed|ing)', needsVerbTag: true },
  { name: 'demand', type: 'calls-for', pattern: 'demand(?:s|ed|ing)?', needsVerbTag: true },
  {
    name: 'emphasize',
    type: 'emphasizes',
    pattern:
      '(?:emphasi[sz](?:e|es|ed|ing)|underlin(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|stress(?:es|ed|ing)?|highlight(?:s|ed|ing)?)(?:\\s+(?:the\\s+)?(?:importance|need|necessity|urgency|urgent\\s+need|significance)\\s+(?:of|for|to))?',
    needsVerbTag: true,
  },
  {
    name: 'condemn',
    type: 'condemns',
    pattern: '(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing))',
    needsVerbTag: true,
  },
  { name: 'reject', type: 'rejects', pattern: 'reject(?:s|ed|ing)?', needsVerbTag: true },
  {
    name: 'oppose',
    type: 'opposes',
    pattern: '(?:oppos(?:e|es|ed|ing)|stand(?:s|ing)?\\s+against|stood\\s+against)',
    needsVerbTag: true,
  },
  { name: 'accuse', type: 'accuses', pattern: 'accus(?:e|es|ed|ing)', needsVerbTag: true },
  {
    name: 'criticize',
    type: 'criticizes',
    pattern: 'criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)',
    needsVerbTag: true,
  },
  { name: 'welcome', type: 'supports', pattern: 'welcom(?:e|es|ed|ing)', needsVerbTag: true },
  {
    name: 'support',
    type: 'supports',
    pattern:
      '(?:support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|commend(?:s|ed|ing)?|prais(?:e|es|ed|ing))',
    needsVerbTag: true,
  },
  { name: 'decide', type: 'decides', pattern: 'decid(?:e|es|ed|ing)\\s+(?:to|that|on|upon)' },
  { name: 'agree', type: 'agrees', pattern: 'agre(?:e|es|ed|eing)\\s+(?:to|that|on|upon)' },
];

const ADVERBS =
  '(?:(?:strongly|firmly|resolutely|unequivocally|categorically|vigorously|once\\s+again|again|also|further|fully|deeply|duly|repeatedly|jointly|publicly|explicitly|clearly|unanimously|warmly|have|has)\\s+)*';

const compiled = TRIGGER_RULES.map((rule) => ({
  rule,
  re: new RegExp(`\\b${ADVERBS}(?<head>${rule.pattern})\\b`, 'g'),
}));

export interface Trigger extends Range {
  rule: TriggerRule;
  /** Where the verb itself starts (after any adverb). */
  headStart: number;
}

/** Every stance trigger in a sentence that passes the guards, in text order, none overlapping. */
export function findTriggers(text: string, sentence: Range, tokens: Token[]): Trigger[] {
  const folded = fold(text.slice(sentence.start, sentence.end));
  const candidates: Trigger[] = [];
  for (const { rule, re } of compiled) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const head = m.groups?.head ?? m[0];
      const headStart = sentence.start + m.index + m[0].length - head.length;
      // Auxiliaries "have/has" belong to the verb, not the span's first word.
      const lead = /^(?:(?:have|has)\s+)+/.exec(m[0]);
      const start = sentence.start + m.index + (lead ? lead[0].length : 0);
      candidates.push({ rule, start, end: sentence.start + m.index + m[0].length, headStart });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: Trigger[] = [];
  for (const c of candidates) {
    if (chosen.some((t) => c.start < t.end && t.start < c.end)) continue;
    if (blockedBy(text, sentence, c, tokens)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The guard that rejects a trigger, or null when it stands. Exported for tests. */
export function blockedBy(
  text: string,
  sentence: Range,
  trigger: Trigger,
  tokens: Token[],
): 'negated' | 'passive' | 'background' | 'not-a-verb' | 'modifier' | null {
  const before = fold(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start));
  const headWord = fold(text.slice(trigger.headStart, trigger.end)).split(/\s+/)[0] ?? '';
  if (
    /(?:\bnot|n't|\bnever|\bno longer|\b(?:failed|refused|declined)\s+to)\s+(?:\w+\s+)?$/.test(
      before,
    )
  )
    return 'negated';
  if (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/.test(before) && /ed$/.test(headWord))
    return 'passive';
  if (/\bhad\s+(?:\w+ly\s+|also\s+|already\s+)?$/.test(before)) return 'background';
  // A list item's elided subject: "4. Rejected attempts by …" (taggers read it as an adjective).
  const opensSentence = fold(text.slice(sentence.start, trigger.start)).trim() === '';
  if (trigger.rule.needsVerbTag && !(opensSentence && /ed$/.test(headWord))) {
    const token = tokenAt(tokens, trigger.headStart);
    if (token && !token.tags.has('Verb')) return 'not-a-verb';
  }
  if (/ing$/.test(headWord)) {
    // "countries supporting terrorism": an -ing form is a stance only when it opens a
    // clause of its own (", expressing deep concern").
    const atClauseStart =
      trigger.start === sentence.start ||
      /(?:[,;:“"(—–]|\b(?:and|while|also|thus|further))\s*$/.test(before);
    if (!atClauseStart) return 'modifier';
  }
  return null;
}
