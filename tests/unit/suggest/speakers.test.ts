import { describe, expect, it } from 'vitest';
import { suggestStances } from '../../../src/suggest';
import { actor, speakersOf, suggest } from './helpers';

const THREE = ['turkiye', 'russia', 'iran'];

describe('speakers', () => {
  it('takes the grammatical subject, with every member of a coordinated subject', () => {
    const [s] = suggest('Turkey, Russia, and Iran condemned Israel.');
    expect(speakersOf(s)).toEqual(THREE);
  });

  it('takes the subject of the reported clause, not the reporter ("the communiqué noted that …")', () => {
    const [s] = suggest('The communiqué noted that Russia condemned Israel.');
    expect(speakersOf(s)).toEqual(['russia']);
  });

  it('speaks for all the members of a bloc ("(The guarantor countries) called …")', () => {
    const [s] = suggest(
      'It stated that “(The guarantor countries) called for a ceasefire in Gaza.”',
    );
    expect(speakersOf(s)).toEqual(THREE);
    expect(s?.rule).toMatch(/^call-for\/.*@subject$/);
  });

  it('resolves "They" to the most recent speaker', () => {
    const found = suggest('Iran condemned Israel. They called for a ceasefire in Gaza.');
    expect(found.map(speakersOf)).toEqual([['iran'], ['iran']]);
  });

  it('gives elided subjects in numbered paragraphs the speakers introduced before the list', () => {
    const text =
      'The representatives of Turkey, Russia and Iran:\n1. Condemned Israel.\n2. Called for a ceasefire in Gaza.';
    const found = suggest(text);
    expect(found.map(speakersOf)).toEqual([THREE, THREE]);
    expect(found.map((s) => s.paragraph)).toEqual([1, 2]);
  });

  it('keeps the subject for coordinated verbs and changes it for a new one', () => {
    const found = suggest(
      'Iran condemned Israel and called for a ceasefire in Gaza, and Russia rejected Israel.',
    );
    expect(found.map(speakersOf)).toEqual([['iran'], ['iran'], ['russia']]);
  });

  it('takes the speaker of direct speech with "we" from the attribution, and remembers the person', () => {
    const actors = [
      actor('arvenia', 'Arvenia'),
      actor('tessaly', 'Tessaly', 'place'),
      actor('osmark', 'Osmark'),
    ];
    const text =
      '“We condemn the shelling of Tessaly,” Arvenian Foreign Minister Lina Sarro told reporters.\nLater, Sarro said: “We reject any demand by Osmark.”';
    const found = suggestStances(text, { actors, topics: [] });
    expect(found.map(speakersOf)).toEqual([['arvenia'], ['arvenia']]);
    expect(found[0]?.rule).toBe('condemn/mentions@quote-attribution');
  });

  it('takes the sentence subject for "X said it “supports …”"', () => {
    const actors = [
      actor('corvania', 'Corvania'),
      actor('settlement', 'Negotiated settlement', 'process'),
    ];
    const [s] = suggestStances(
      'Corvania, which sent no delegation, said it “strongly supports a negotiated settlement”.',
      {
        actors,
        topics: [],
      },
    );
    expect(speakersOf(s)).toEqual(['corvania']);
    expect(s?.to).toMatchObject({ known: true, id: 'settlement' });
  });

  it('falls back to the first speaker of the document when none comes before (a headline)', () => {
    const [headline] = suggest(
      'Ministers urge ceasefire in Gaza\nIran and Russia called for talks with Israel.',
    );
    expect(speakersOf(headline)).toEqual(['iran', 'russia']);
    expect(headline?.rule).toMatch(/@document$/);
  });

  it('proposes new speakers by name when no actor is known', () => {
    const [s] = suggestStances('Freedonia and Sylvania condemned the invasion of Marsovia.', {
      actors: [],
      topics: [],
    });
    expect(s?.from).toEqual([
      { known: false, name: 'Freedonia', kind: 'state' },
      { known: false, name: 'Sylvania', kind: 'state' },
    ]);
    expect(s?.to).toMatchObject({ known: false, name: 'Marsovia' });
  });
});
