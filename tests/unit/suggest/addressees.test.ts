import { describe, expect, it } from 'vitest';
import { suggestStances } from '../../../src/suggest';
import { actor, pairs, suggest } from './helpers';

describe('addressees', () => {
  it('makes one suggestion for each member of a coordinated list', () => {
    const found = suggest(
      'Iran emphasized the need for the UN High Commissioner for Refugees (UNHCR), UN agencies, and all humanitarian organizations to help those fleeing from Lebanon to Syria.',
    );
    expect(pairs(found)).toEqual([
      'emphasizes → unhcr',
      'emphasizes → un-agencies',
      'emphasizes → humanitarian-organizations',
    ]);
  });

  it('finds the agent of "attacks by X" and of an adjective ("Israeli attacks"), not the place that only locates them', () => {
    expect(pairs(suggest('Iran condemned the attacks by Israel in Gaza.'))).toEqual([
      'condemns → israel',
    ]);
    expect(pairs(suggest('Iran condemned all Israeli military attacks in Syria.'))).toEqual([
      'condemns → israel',
    ]);
  });

  it('keeps a place when it is the only addressee', () => {
    expect(pairs(suggest('Iran called for an urgent ceasefire in Lebanon.'))).toEqual([
      'calls-for → lebanon',
    ]);
  });

  it('finds possessives ("Israel’s strikes")', () => {
    expect(pairs(suggest('Iran condemned Israel’s strikes.'))).toEqual(['condemns → israel']);
  });

  it('matches names and aliases ignoring case and diacritics (Turkey = Türkiye, TUSAS = TUSAŞ)', () => {
    expect(
      pairs(suggest('Iran supported TURKIYE and condemned the attack on the TUSAS building.')),
    ).toEqual(['supports → turkiye', 'condemns → tusas']);
    expect(pairs(suggest('Iran supported Turkey.'))).toEqual(['supports → turkiye']);
  });

  it('prefers the longest name ("UN Security Council" over "UN")', () => {
    const actors = [
      actor('un', 'United Nations', 'un-body', { aliases: ['UN'] }),
      actor('unsc', 'UN Security Council', 'un-body'),
    ];
    const found = suggestStances('Iran called on the UN Security Council to act.', {
      actors,
      topics: [],
    });
    expect(pairs(found)).toEqual(['calls-on → unsc']);
  });

  it('leaves out actors in a relative clause and after the addressee’s infinitive', () => {
    expect(pairs(suggest('Iran condemned the actions of Israel that harm Syria.'))).toEqual([
      'condemns → israel',
    ]);
    expect(
      pairs(suggest('Iran called on the international community to ensure access to Gaza.')),
    ).toEqual(['calls-on → international-community']);
  });

  it('reads "called on X for Y" as a call on X and a call for Y', () => {
    expect(
      pairs(
        suggest(
          'Iran called on the international community, especially the UN Security Council, for a ceasefire in Gaza.',
        ),
      ),
    ).toEqual(['calls-on → international-community', 'calls-on → unsc', 'calls-for → gaza']);
  });

  it('gives a trailing "expressing deep concern" the previous object’s actors, places included', () => {
    const found = suggest(
      'Iran condemned the attacks by Israel in Gaza and Lebanon, expressing deep concern.',
    );
    expect(pairs(found)).toEqual([
      'condemns → israel',
      'expresses-concern → israel',
      'expresses-concern → gaza',
      'expresses-concern → lebanon',
    ]);
    expect(found[1]?.rule).toBe('express-concern/inherited@coordinated');
  });

  it('resolves "these attacks" and "the region" to the previous clause’s addressee', () => {
    const found = suggest(
      'Iran condemned Israeli attacks in Syria and called for an end to these attacks.',
    );
    expect(pairs(found)).toEqual(['condemns → israel', 'calls-for → israel']);
    expect(found[1]?.rule).toBe('call-for/anaphora@coordinated');
  });

  it('reads "urged restraint" (no addressee) as a call for, and "urged X to" as a call on', () => {
    expect(pairs(suggest('Iran urged Israel to stop.'))).toEqual(['calls-on → israel']);
    expect(suggest('Iran urged restraint in Gaza.').map((s) => s.type)).toEqual(['calls-for']);
  });

  it('proposes a new actor with a guessed kind when no known actor is in the object', () => {
    const found = suggest('Iran condemned the shelling of civilian areas by the Northern Front.');
    expect(found.map((s) => s.to)).toEqual([
      { known: false, name: 'Northern Front', kind: 'armed-group' },
    ]);
    const [plan] = suggest('Iran rejects any plan that would divide Syria.');
    expect(plan?.to).toEqual({ known: false, name: 'Plan that would divide Syria', kind: 'issue' });
    expect(plan?.rule).toBe('reject/new-actor@subject');
  });
});
