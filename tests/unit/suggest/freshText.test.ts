import { describe, expect, it } from 'vitest';
import { suggestStances } from '../../../src/suggest';
import { toCliOutput } from '../../../src/suggest/cliOutput';

const fresh = (text: string) => suggestStances(text, { actors: [], topics: [] });
const names = (text: string) => fresh(text).map((s) => s.to.name);

describe('a text with no known actors yet', () => {
  it('names addressees whole: compound names, possessives, lower-case agents, list items', () => {
    expect(names('Iran expressed concern over the situation in the Marel valley.')).toEqual([
      'Marel valley',
    ]);
    expect(names('Iran welcomed Belmora’s offer to host the talks.')).toEqual(['Belmora']);
    expect(names('Iran condemned the attacks by armed groups in Gaza.')).toEqual(['armed groups']);
    expect(names('Iran called on the international community to act.')).toEqual([
      'International community',
    ]);
    expect(names('Iran condemned the situation in northeastern Syria.')).toEqual([
      'northeastern Syria',
    ]);
  });

  it('takes speakers from a list introduction, skipping datelines and appositions', () => {
    const list = fresh(
      'The representatives of Arvenia, Belmora and Corvania, as guarantors of the process:\n1. Condemned the shelling by the Northern Front.',
    );
    expect(list[0]?.from.map((r) => r.name)).toEqual(['Arvenia', 'Belmora', 'Corvania']);
    const dateline = fresh('PORT SAVIN — Arvenia on Thursday condemned the Northern Front.');
    expect(dateline[0]?.from.map((r) => r.name)).toEqual(['Arvenia']);
  });

  it('guesses kinds from the words of the name', () => {
    const kinds = fresh(
      'Iran supported the Halvik Accord, the Regional Relief Agency and the Northern Front.',
    ).map((s) => [s.to.name, s.to.known ? null : s.to.kind]);
    expect(kinds).toEqual([
      ['Halvik Accord', 'principle'],
      ['Regional Relief Agency', 'organization'],
      ['Northern Front', 'armed-group'],
    ]);
  });
});

describe('command-line output', () => {
  it('has exactly the fields of issue 11, with names for actors', () => {
    const text = 'Iran and Russia condemned the Northern Front.';
    const { suggestions } = toCliOutput(fresh(text));
    expect(suggestions).toEqual([
      {
        from: ['Iran', 'Russia'],
        to: 'Northern Front',
        type: 'condemns',
        start: 16,
        end: text.length,
        quote: 'condemned the Northern Front.',
        attribution: 'reported',
        topics: [],
      },
    ]);
  });
});
