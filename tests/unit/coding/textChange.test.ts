import { applyEdit, createDraft, evidenceFor } from '../../../src/coding/operations';
import { EditRefusedError } from '../../../src/coding/errors';
import { validateDraft } from '../../../src/coding/validateDraft';
import type { Dataset } from '../../../src/data/schema';

const TEXT = 'Intro. Russia condemned the strikes. Iran supported the plan. The end.';

function withStances(): Dataset {
  let dataset = createDraft(TEXT, { title: 'T', date: '2024-01-01', place: 'P' });
  dataset = {
    ...dataset,
    actors: [{ id: 'a', name: 'A', aliases: [], kind: 'state' }],
    topics: [{ id: 't', label: 'T', description: 'T' }],
  };
  const document = dataset.documents[0]!;
  const span = (words: string) => {
    const start = TEXT.indexOf(words);
    return evidenceFor(document, { start, end: start + words.length }, 'reported');
  };
  const stance = (id: string, words: string[]) => ({
    id,
    from: ['a'],
    to: 'a',
    type: 'condemns' as const,
    topics: ['t'],
    summary: id,
    evidence: words.map(span),
  });
  return {
    ...dataset,
    stances: [
      stance('first', ['Intro.']),
      stance('second', ['Russia condemned', 'supported the plan']),
      stance('third', ['The end.']),
    ],
  };
}

describe('the text-change rule', () => {
  it('lets a text change freely while no stance points into it', () => {
    const draft = createDraft('Old text', { title: 'T' });
    const next = applyEdit(draft, {
      kind: 'set-document-text',
      documentId: 'doc-1',
      text: 'New text',
      mode: 'refuse',
    });
    expect(next.dataset.documents[0]!.text).toBe('New text');
    expect(next.report).toBeUndefined();
  });

  it('refuses a change once a stance points into the text, saying how many', () => {
    expect(() =>
      applyEdit(withStances(), {
        kind: 'set-document-text',
        documentId: 'doc-1',
        text: TEXT + ' More.',
        mode: 'refuse',
      }),
    ).toThrow(
      new EditRefusedError(
        'The text cannot change: 4 quotes of 3 stances point into it. Re-anchor the quotes to the new text, or keep the text as it is.',
      ),
    );
  });

  it('re-anchors every quote it can find and reports what moved and what was lost', () => {
    const text =
      'A longer intro. Intro. Russia condemned the strikes. Iran backed the plan. The end.';
    const { dataset, report } = applyEdit(withStances(), {
      kind: 'set-document-text',
      documentId: 'doc-1',
      text,
      mode: 'reanchor',
    });
    expect(report!.moved.map((m) => m.quote)).toEqual(['Intro.', 'Russia condemned', 'The end.']);
    expect(report!.lost).toEqual([
      { stanceId: 'second', quote: 'supported the plan', start: TEXT.indexOf('supported') },
    ]);
    expect(report!.removedStances).toEqual([]);
    expect(dataset.stances.find((s) => s.id === 'second')!.evidence).toHaveLength(1);
    // Every kept quote is the exact slice at its new offsets: the loader accepts it.
    expect(validateDraft(dataset).valid).toBe(true);
  });

  it('removes a stance whose every quote is gone, and says so', () => {
    const { dataset, report } = applyEdit(withStances(), {
      kind: 'set-document-text',
      documentId: 'doc-1',
      text: 'Intro. Russia condemned the strikes. Iran supported the plan.',
      mode: 'reanchor',
    });
    expect(report!.removedStances).toEqual(['third']);
    expect(report!.unchanged).toBe(3);
    expect(dataset.stances.map((s) => s.id)).toEqual(['first', 'second']);
  });
});
