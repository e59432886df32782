import { EditRefusedError } from '../../../src/coding/errors';
import { commit, startHistory, undo, redo } from '../../../src/coding/history';
import { applyEdit, createDraft, type Edit } from '../../../src/coding/operations';
import {
  acceptAllEdit,
  acceptEdit,
  byParagraph,
  duplicatesCodedStance,
  openSuggestions,
  planSuggestion,
  rejectEdit,
  settledKeys,
  suggestionKey,
} from '../../../src/coding/suggestions';
import { validateDraft } from '../../../src/coding/validateDraft';
import type { Dataset } from '../../../src/data/schema';
import { suggestStances } from '../../../src/suggest';
import type { Suggestion } from '../../../src/suggest/types';

const TEXT =
  'Ministers met in Astana.\nTurkey condemned the attacks by the Northern Front. Turkey welcomed the talks.\nIran supported the talks.';

const span = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, quote: words };
};

function suggestion(words: string, changes: Partial<Suggestion> = {}): Suggestion {
  return {
    from: [{ known: true, id: 'turkey', name: 'Turkey' }],
    to: { known: false, name: 'Northern Front', kind: 'armed-group' },
    type: 'condemns',
    ...span(words),
    attribution: 'reported',
    topics: [],
    paragraph: 1,
    rule: 'condemn/agent',
    ...changes,
  };
}

const condemnation = () => suggestion('condemned the attacks by the Northern Front');
const welcome = () =>
  suggestion('welcomed the talks', {
    type: 'supports',
    to: { known: false, name: 'Talks', kind: 'process' },
  });

function dataset(): Dataset {
  const draft = createDraft(TEXT, {
    title: 'Talks',
    date: '2024-11-12',
    place: 'Astana',
    language: 'en',
  });
  return {
    ...draft,
    actors: [{ id: 'turkey', name: 'Turkey', aliases: ['Türkiye'], kind: 'state' }],
    topics: [{ id: 'attacks', label: 'Attacks', description: 'Attacks' }],
  };
}

describe('accepting a suggestion', () => {
  it('makes one edit: the new actor, the stance quoting the exact span, the decision', () => {
    const before = dataset();
    const document = before.documents[0]!;
    const { edit, stance } = acceptEdit(before, document, condemnation());
    const after = applyEdit(before, edit).dataset;
    expect(after.actors.map((a) => [a.id, a.kind])).toEqual([
      ['turkey', 'state'],
      ['northern-front', 'armed-group'],
    ]);
    expect(stance).toMatchObject({ from: ['turkey'], to: 'northern-front', type: 'condemns' });
    // The topic comes from the dataset's own label in the quote.
    expect(stance.topics).toEqual(['attacks']);
    expect(stance.summary).toMatch(/Turkey/);
    const evidence = stance.evidence[0]!;
    expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(evidence.quote).toBe('condemned the attacks by the Northern Front');
    expect(validateDraft(after).valid).toBe(true);
    expect(settledKeys([{ edit, label: '', dataset: before }])).toEqual(
      new Set([suggestionKey(document.id, condemnation())]),
    );
  });

  it('creates nothing before acceptance, and undo takes the actor and the stance away together', () => {
    const before = dataset();
    const document = before.documents[0]!;
    planSuggestion(before, document, condemnation());
    expect(before.actors).toHaveLength(1);
    const history = commit(
      startHistory(before),
      acceptEdit(before, document, condemnation()).edit,
    ).history;
    expect(history.present.stances).toHaveLength(1);
    const undone = undo(history);
    expect(undone.present).toBe(before);
    expect(settledKeys(undone.past).size).toBe(0);
    expect(redo(undone).present.actors).toHaveLength(2);
  });

  it('reuses an actor by name or alias, ignoring case and diacritics', () => {
    const before = dataset();
    const plan = planSuggestion(
      before,
      before.documents[0]!,
      suggestion('condemned the attacks by the Northern Front', {
        from: [{ known: false, name: 'TURKIYE', kind: 'state' }],
      }),
    );
    expect(plan.values.from).toEqual(['turkey']);
    expect(plan.newActors.map((a) => a.name)).toEqual(['Northern Front']);
  });

  it('with edited values creates only the new actors the stance still names', () => {
    const before = dataset();
    const document = before.documents[0]!;
    const plan = planSuggestion(before, document, condemnation());
    const { edit, stance } = acceptEdit(before, document, condemnation(), {
      ...plan.values,
      to: 'turkey',
      type: 'criticizes',
      summary: 'Turkey criticized itself.',
    });
    const after = applyEdit(before, edit).dataset;
    expect(after.actors).toHaveLength(1);
    expect(stance).toMatchObject({
      to: 'turkey',
      type: 'criticizes',
      summary: 'Turkey criticized itself.',
    });
    expect(stance.evidence[0]!.quote).toBe(condemnation().quote);
  });

  it('is refused when the text no longer has the words at those offsets', () => {
    const before = dataset();
    const moved = { ...condemnation(), start: 0, end: 10 };
    expect(() => acceptEdit(before, before.documents[0]!, moved)).toThrow(EditRefusedError);
  });

  it('a joint statement’s own words are direct', () => {
    const before = dataset();
    const document = { ...before.documents[0]!, kind: 'joint-statement' };
    expect(planSuggestion(before, document, condemnation()).values.attribution).toBe('direct');
    expect(planSuggestion(before, before.documents[0]!, condemnation()).values.attribution).toBe(
      'reported',
    );
  });
});

describe('which suggestions are still open', () => {
  it('hides one that duplicates a coded stance (overlapping span, same addressee and type)', () => {
    const before = dataset();
    const document = before.documents[0]!;
    const coded = applyEdit(before, acceptEdit(before, document, condemnation()).edit).dataset;
    const overlapping = suggestion('attacks by the Northern Front');
    expect(duplicatesCodedStance(coded, document.id, overlapping)).toBe(true);
    // Another type, another addressee, or words elsewhere are not duplicates.
    expect(duplicatesCodedStance(coded, document.id, { ...overlapping, type: 'opposes' })).toBe(
      false,
    );
    expect(
      duplicatesCodedStance(coded, document.id, {
        ...overlapping,
        to: { known: true, id: 'turkey', name: 'Turkey' },
      }),
    ).toBe(false);
    expect(duplicatesCodedStance(coded, document.id, welcome())).toBe(false);
    expect(openSuggestions(coded, document.id, [overlapping, welcome()], new Set())).toEqual([
      welcome(),
    ]);
  });

  it('hides rejected ones until the rejection is undone', () => {
    const before = dataset();
    const document = before.documents[0]!;
    const rejected = commit(startHistory(before), rejectEdit(document.id, welcome())).history;
    expect(rejected.present).toBe(before);
    const all = [condemnation(), welcome()];
    expect(openSuggestions(before, document.id, all, settledKeys(rejected.past))).toEqual([
      condemnation(),
    ]);
    expect(openSuggestions(before, document.id, all, settledKeys(undo(rejected).past))).toEqual(
      all,
    );
  });

  it('groups by paragraph, in text order', () => {
    const later = suggestion('supported the talks', { paragraph: 2 });
    expect(byParagraph([later, condemnation(), welcome()])).toEqual([
      [1, [condemnation(), welcome()]],
      [2, [later]],
    ]);
  });
});

describe('accepting a paragraph', () => {
  it('is one undo step, and a new actor two suggestions name is made once', () => {
    const before = dataset();
    const document = before.documents[0]!;
    const twice = suggestion('welcomed the talks', { type: 'supports' });
    const edit: Edit = acceptAllEdit(before, document, [condemnation(), twice]);
    const after = applyEdit(before, edit).dataset;
    expect(after.actors.filter((a) => a.name === 'Northern Front')).toHaveLength(1);
    expect(after.stances.map((s) => [s.type, s.to])).toEqual([
      ['condemns', 'northern-front'],
      ['supports', 'northern-front'],
    ]);
    expect(new Set(after.stances.map((s) => s.id)).size).toBe(2);
    expect(settledKeys([{ edit, label: '', dataset: before }]).size).toBe(2);
  });
});

describe('with the extractor', () => {
  it('every accepted suggestion of a short text quotes its exact span and the draft is valid', () => {
    const before = { ...dataset(), actors: [], topics: [] };
    const document = before.documents[0]!;
    const found = suggestStances(TEXT, { actors: [], topics: [] });
    expect(found.length).toBeGreaterThanOrEqual(2);
    const after = applyEdit(before, acceptAllEdit(before, document, found)).dataset;
    expect(after.stances).toHaveLength(found.length);
    for (const stance of after.stances)
      for (const e of stance.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.quote);
    // No topics in the dataset: the stances wait for one, as the validator says.
    expect(validateDraft(after).problems.every((p) => /topics/.test(p.path))).toBe(true);
    expect(openSuggestions(after, document.id, found, new Set())).toEqual([]);
  });
});

describe('suggested spans in the text layout', () => {
  it('cut segments apart from coded spans and mark where each suggestion starts', async () => {
    const { segmentsOf } = await import('../../../src/coding/textLayout');
    const block = { start: 0, end: 20, continued: false };
    const coded = [
      { start: 0, end: 5, stanceId: 's1', evidenceIndex: 0, polarity: 'negative' as const },
    ];
    const segments = segmentsOf(block, coded, null, [], null, [{ start: 3, end: 10 }]);
    expect(
      segments.map((s) => [s.start, s.end, s.stances.length, s.proposed, s.proposedStart]),
    ).toEqual([
      [0, 3, 1, false, false],
      [3, 5, 1, true, true],
      [5, 10, 0, true, false],
      [10, 20, 0, false, false],
    ]);
  });
});
