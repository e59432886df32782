import {
  applyEdit,
  createDraft,
  evidenceFor,
  mergeActors,
  newStanceId,
  type Edit,
} from '../../../src/coding/operations';
import {
  canRedo,
  canUndo,
  commit,
  redo,
  replay,
  startHistory,
  undo,
} from '../../../src/coding/history';
import { EditRefusedError } from '../../../src/coding/errors';
import { validateDraft, problemTarget } from '../../../src/coding/validateDraft';
import type { Actor, Dataset, Stance } from '../../../src/data/schema';

const TEXT =
  'Ministers met. “Türkiye, Russia and Iran condemned Israel.” Iran also supported the talks.';

const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name,
  aliases: [],
  kind: 'state',
  ...extra,
});

function coded(): Dataset {
  let dataset = createDraft(TEXT, {
    title: 'Talks',
    date: '2024-11-12',
    place: 'Astana',
    language: 'en',
  });
  const edits: Edit[] = [
    { kind: 'add-actor', actor: actor('turkiye', 'Türkiye', { aliases: ['Turkey'] }) },
    { kind: 'add-actor', actor: actor('russia', 'Russia') },
    { kind: 'add-actor', actor: actor('iran', 'Iran') },
    { kind: 'add-actor', actor: actor('israel', 'Israel') },
    {
      kind: 'add-actor',
      actor: actor('guarantors', 'Guarantors', {
        kind: 'bloc',
        members: ['turkiye', 'russia', 'iran'],
      }),
    },
    { kind: 'add-topic', topic: { id: 'gaza', label: 'Gaza', description: 'Gaza.' } },
  ];
  dataset = replay(dataset, edits);
  const document = dataset.documents[0]!;
  const at = TEXT.indexOf('condemned Israel.');
  const stance: Stance = {
    id: newStanceId(dataset, 'condemns', 'israel'),
    from: ['turkiye', 'russia', 'iran'],
    to: 'israel',
    type: 'condemns',
    topics: ['gaza'],
    summary: 'Türkiye, Russia and Iran condemn Israel',
    evidence: [evidenceFor(document, { start: at, end: at + 17 }, 'direct')],
  };
  return applyEdit(dataset, { kind: 'add-stance', stance }).dataset;
}

describe('edits on a draft dataset', () => {
  it('builds, one edit at a time, a dataset the loader accepts', () => {
    const dataset = coded();
    expect(validateDraft(dataset)).toEqual({ valid: true, problems: [], total: 0 });
    expect(dataset.stances[0]!.id).toBe('condemns-israel');
    expect(dataset.stances[0]!.evidence[0]!.quote).toBe('condemned Israel.');
  });

  it('keeps a new text exactly as given, and names every missing detail by path', () => {
    const text = '  Two spaces first,\r\nand a CRLF.  ';
    const draft = createDraft(text, { title: '' });
    expect(draft.documents[0]!.text).toBe(text);
    const check = validateDraft(draft);
    expect(check.valid).toBe(false);
    const paths = check.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'documents[0].date', 'actors']));
    expect(problemTarget(draft, 'documents[0].date')).toEqual({
      kind: 'document',
      id: 'doc-1',
      field: 'date',
    });
  });

  it('adds evidence, edits and removes a stance without touching the original', () => {
    const before = coded();
    const at = TEXT.indexOf('Iran also');
    const document = before.documents[0]!;
    const withMore = applyEdit(before, {
      kind: 'add-evidence',
      stanceId: 'condemns-israel',
      evidence: evidenceFor(document, { start: at, end: at + 4 }, 'reported'),
    }).dataset;
    expect(withMore.stances[0]!.evidence).toHaveLength(2);
    expect(before.stances[0]!.evidence).toHaveLength(1);
    const edited = applyEdit(withMore, {
      kind: 'edit-stance',
      stanceId: 'condemns-israel',
      changes: { type: 'rejects' },
    }).dataset;
    expect(edited.stances[0]!.type).toBe('rejects');
    const removed = applyEdit(edited, {
      kind: 'remove-stance',
      stanceId: 'condemns-israel',
    }).dataset;
    expect(removed.stances).toEqual([]);
    expect(() =>
      applyEdit(removed, { kind: 'remove-stance', stanceId: 'condemns-israel' }),
    ).toThrow(EditRefusedError);
  });

  it('refuses a duplicate id rather than making two actors one', () => {
    expect(() => applyEdit(coded(), { kind: 'add-actor', actor: actor('iran', 'Persia') })).toThrow(
      /already an actor with the id "iran"/,
    );
  });

  it('renames an actor in place', () => {
    const renamed = applyEdit(coded(), {
      kind: 'edit-actor',
      actorId: 'turkiye',
      changes: { name: 'Republic of Türkiye' },
    }).dataset;
    expect(renamed.actors.find((a) => a.id === 'turkiye')!.name).toBe('Republic of Türkiye');
  });
});

describe('merging actors', () => {
  it('rewrites every reference and keeps the merged names as aliases', () => {
    let dataset = coded();
    dataset = applyEdit(dataset, {
      kind: 'add-actor',
      actor: actor('persia', 'Persia', { aliases: ['IRI'] }),
    }).dataset;
    dataset = applyEdit(dataset, {
      kind: 'edit-document',
      documentId: 'doc-1',
      changes: {
        participants: [
          { actor: 'persia', role: 'guarantor' },
          { actor: 'iran', role: 'guarantor' },
        ],
      },
    }).dataset;
    dataset = applyEdit(dataset, {
      kind: 'edit-stance',
      stanceId: 'condemns-israel',
      changes: { from: ['turkiye', 'russia', 'persia'], to: 'persia' },
    }).dataset;
    dataset = applyEdit(dataset, {
      kind: 'edit-actor',
      actorId: 'guarantors',
      changes: { members: ['turkiye', 'russia', 'persia', 'iran'] },
    }).dataset;
    dataset = {
      ...dataset,
      scenes: [
        {
          id: 's',
          title: 'S',
          caption: '',
          view: { focus: ['persia', 'iran'], selection: { kind: 'actor', id: 'persia' } },
        },
      ],
    };

    const merged = mergeActors(dataset, 'iran', 'persia');
    expect(merged.actors.map((a) => a.id)).not.toContain('persia');
    expect(merged.actors.find((a) => a.id === 'iran')!.aliases).toEqual(['Persia', 'IRI']);
    expect(merged.stances[0]!.from).toEqual(['turkiye', 'russia', 'iran']);
    expect(merged.stances[0]!.to).toBe('iran');
    expect(merged.documents[0]!.participants).toEqual([{ actor: 'iran', role: 'guarantor' }]);
    expect(merged.actors.find((a) => a.id === 'guarantors')!.members).toEqual([
      'turkiye',
      'russia',
      'iran',
    ]);
    expect(merged.scenes![0]!.view).toEqual({
      focus: ['iran'],
      selection: { kind: 'actor', id: 'iran' },
    });
    expect(validateDraft(merged).valid).toBe(true);
  });

  it('refuses to merge an actor into itself', () => {
    expect(() => mergeActors(coded(), 'iran', 'iran')).toThrow(EditRefusedError);
  });
});

describe('undo and redo', () => {
  it('step back and forth through the edits exactly', () => {
    const start = createDraft(TEXT, { title: 'T' });
    let history = startHistory(start);
    history = commit(history, { kind: 'add-actor', actor: actor('iran', 'Iran') }).history;
    history = commit(history, { kind: 'add-actor', actor: actor('iraq', 'Iraq') }).history;
    const two = history.present;
    history = undo(history);
    expect(history.present.actors.map((a) => a.id)).toEqual(['iran']);
    expect(canRedo(history)).toBe(true);
    history = redo(history);
    expect(history.present).toBe(two);
    history = undo(undo(history));
    expect(history.present).toBe(start);
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    // A new edit after undo drops what could have been redone.
    history = commit(history, {
      kind: 'add-topic',
      topic: { id: 't', label: 'T', description: 'T' },
    }).history;
    expect(canRedo(history)).toBe(false);
    expect(history.past).toHaveLength(1);
  });

  it('leave the history as it was when an edit is refused', () => {
    const history = startHistory(coded());
    expect(() => commit(history, { kind: 'remove-stance', stanceId: 'nope' })).toThrow(
      EditRefusedError,
    );
    expect(history.past).toHaveLength(0);
  });
});
