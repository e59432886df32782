import { describe, expect, it } from 'vitest';
import { pairs, suggest } from './helpers';

const types = (text: string) => suggest(text).map((s) => s.type);

describe('stance triggers: inflected and adverbial forms', () => {
  it.each([
    ['Russia strongly condemned Israel.', 'condemns'],
    ['Russia condemns Israel.', 'condemns'],
    ['Russia expressed deep concern over Gaza.', 'expresses-concern'],
    ['Russia expressed grave concern at the situation in Gaza.', 'expresses-concern'],
    ['Russia expressed serious concerns regarding Gaza.', 'expresses-concern'],
    ['Russia is deeply concerned about Gaza.', 'expresses-concern'],
    ['Russia called on Israel to withdraw.', 'calls-on'],
    ['Russia called upon Israel to withdraw.', 'calls-on'],
    ['Russia called for a ceasefire in Gaza.', 'calls-for'],
    ['Russia urged Israel to stop.', 'calls-on'],
    ['Russia reaffirmed their unwavering commitment to Syria.', 'reaffirms-commitment'],
    ['Russia has reiterated its commitment to Syria.', 'reaffirms-commitment'],
    ['Russia rejected the plan of Israel.', 'rejects'],
    ['Russia reiterated its rejection of the plan of Israel.', 'rejects'],
    ['Russia emphasized the importance of Syria.', 'emphasizes'],
    ['Russia underlined the need for Syria to act.', 'emphasizes'],
    ['Russia stressed the necessity of aid to Lebanon.', 'emphasizes'],
    ['Russia welcomed the offer of Iran.', 'supports'],
    ['Russia supported Iran.', 'supports'],
    ['Russia expressed its gratitude to Iran.', 'supports'],
    ['Russia decided to hold talks with Iran.', 'decides'],
    ['Russia agreed to meet Iran.', 'agrees'],
    ['Russia stood against Israel.', 'opposes'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  it('reads "commitment to combat …" and "the importance of preventing …" as opposition', () => {
    expect(types('Russia reaffirmed its commitment to combat Israel.')).toEqual(['opposes']);
    expect(types('Russia emphasized the importance of preventing attacks by Israel.')).toEqual([
      'opposes',
    ]);
  });

  it('reads an -ed form opening a list item as the stance of an elided subject', () => {
    expect(types('Russia:\n4. Rejected attempts by Israel to annex land.')).toEqual(['rejects']);
  });
});

describe('stance triggers: what is not a stance', () => {
  it.each([
    ['the meeting was held', 'The 22nd round of the talks on Syria was held in Astana.'],
    ['a negated verb', 'Russia did not condemn Israel.'],
    ['"never"', 'Russia has never supported Israel.'],
    ['a refusal', 'Russia refused to condemn Israel.'],
    ['background narration (past perfect)', 'Russia had condemned Israel in 2019.'],
    ['a passive', 'Israel was condemned by many.'],
    ['a participle modifying a noun', 'They discussed countries supporting terrorism in Syria.'],
    ['a noun, not a verb', 'Aid arrived in Gaza with the support of Iran.'],
    ['"agreed" as a participle', 'Israel broke the ceasefire agreed in Gaza.'],
    ['a reporting verb alone', 'Russia said the talks on Syria were useful.'],
  ])('%s', (_, text) => {
    expect(pairs(suggest(text))).toEqual([]);
  });
});
