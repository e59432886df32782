import { occurrencesOf, proposeActors } from '../../../src/coding/actorMatch';
import type { Actor, Dataset } from '../../../src/data/schema';
import { createDraft } from '../../../src/coding/operations';

const actors: Actor[] = [
  { id: 'turkiye', name: 'Türkiye', aliases: ['Turkey'], kind: 'state' },
  { id: 'tusas', name: 'TUSAŞ', aliases: [], kind: 'organization' },
  { id: 'unsc', name: 'UN Security Council', shortName: 'UNSC', aliases: [], kind: 'un-body' },
  { id: 'un', name: 'United Nations', shortName: 'UN', aliases: [], kind: 'organization' },
];
const dataset: Dataset = { ...createDraft('x', { title: 'T' }), actors };

describe('proposing an actor for selected words', () => {
  it('matches a name or alias ignoring case and diacritics', () => {
    expect(proposeActors(dataset, 'TURKIYE').map((p) => p.actor.id)).toEqual(['turkiye']);
    expect(proposeActors(dataset, 'turkey’s')[0]).toMatchObject({
      matched: 'Turkey',
      how: 'exact',
    });
    expect(proposeActors(dataset, 'Tusas')[0]!.actor.id).toBe('tusas');
  });
  it('offers names that contain the words, after exact matches', () => {
    const both: Dataset = {
      ...dataset,
      actors: [
        ...actors,
        { id: 'council', name: 'Security Council', aliases: [], kind: 'un-body' },
      ],
    };
    expect(proposeActors(both, 'the security council').map((p) => [p.actor.id, p.how])).toEqual([
      ['council', 'exact'],
      ['unsc', 'partial'],
    ]);
    // Names shorter than three letters are only ever matched whole.
    expect(proposeActors(dataset, 'UN Security Council').map((p) => p.actor.id)).toEqual(['unsc']);
  });
  it('proposes nothing for unrelated words', () => {
    expect(proposeActors(dataset, 'Lebanon')).toEqual([]);
    expect(proposeActors(dataset, 'u')).toEqual([]);
  });
});

describe('every occurrence of an actor in the text', () => {
  it('finds each name whole-word, with offsets into the original text', () => {
    const text = 'Türkiye (Turkey) and TURKIYE’s friend, not Turkeys. Also TUSAS.';
    const spans = occurrencesOf(text, actors[0]!);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Türkiye', 'Turkey', 'TURKIYE']);
    expect(occurrencesOf(text, actors[1]!).map((s) => text.slice(s.start, s.end))).toEqual([
      'TUSAS',
    ]);
  });
  it('counts a short name inside a longer one once', () => {
    const text = 'The UN Security Council and the UN met.';
    expect(occurrencesOf(text, actors[2]!).map((s) => text.slice(s.start, s.end))).toEqual([
      'UN Security Council',
    ]);
    expect(occurrencesOf(text, actors[3]!)).toHaveLength(2);
  });
});
