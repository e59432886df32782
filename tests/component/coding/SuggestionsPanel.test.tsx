import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { commit, startHistory, undo, type History } from '../../../src/coding/history';
import { createDraft, type Edit } from '../../../src/coding/operations';
import { openSuggestions, settledKeys } from '../../../src/coding/suggestions';
import { SuggestionsPanel } from '../../../src/coding/SuggestionsPanel';
import type { Suggestions, SuggestRun } from '../../../src/coding/useSuggestions';
import type { Dataset } from '../../../src/data/schema';
import type { Suggestion } from '../../../src/suggest/types';

const TEXT =
  'Ministers met.\nTurkey condemned the attacks by the Northern Front. Turkey welcomed the talks.\nIran supported the talks.';

function at(words: string, changes: Partial<Suggestion>): Suggestion {
  const start = TEXT.indexOf(words);
  return {
    from: [{ known: true, id: 'turkey', name: 'Turkey' }],
    to: { known: false, name: 'Northern Front', kind: 'armed-group' },
    type: 'condemns',
    start,
    end: start + words.length,
    quote: words,
    attribution: 'reported',
    topics: [],
    paragraph: 1,
    rule: 'test',
    ...changes,
  };
}

const SUGGESTIONS: Suggestion[] = [
  at('condemned the attacks by the Northern Front', {}),
  at('welcomed the talks', {
    type: 'supports',
    to: { known: false, name: 'Talks', kind: 'process' },
  }),
  at('supported the talks', {
    from: [{ known: false, name: 'Iran', kind: 'state' }],
    type: 'supports',
    to: { known: false, name: 'Talks', kind: 'process' },
    paragraph: 2,
  }),
];

const start: Dataset = {
  ...createDraft(TEXT, { title: 'Talks', date: '2024-11-12', place: 'Astana' }),
  actors: [{ id: 'turkey', name: 'Turkey', aliases: [], kind: 'state' }],
  topics: [{ id: 'attacks', label: 'Attacks', description: 'Attacks' }],
};

let latest: History;

function Harness({ run }: { run: SuggestRun }) {
  const [history, setHistory] = useState(() => startHistory(start));
  useEffect(() => {
    latest = history;
  }, [history]);
  const dataset = history.present;
  const document = dataset.documents[0]!;
  const all = run.kind === 'done' ? run.suggestions : [];
  const settled = settledKeys(history.past);
  const suggest: Suggestions = {
    run,
    stale: false,
    all,
    open: openSuggestions(dataset, document.id, all, settled),
    settled,
    marks: [],
    start: vi.fn(async () => undefined),
  };
  const apply = (edit: Edit) => {
    setHistory((h) => commit(h, edit).history);
    return true;
  };
  return (
    <>
      <button type="button" onClick={() => setHistory(undo)}>
        Undo
      </button>
      <SuggestionsPanel
        {...{ suggest, dataset, document, apply }}
        onCreateActor={() => undefined}
        onCreateTopic={() => null}
        onShow={() => undefined}
        onMessage={() => undefined}
      />
    </>
  );
}

const done: SuggestRun = {
  kind: 'done',
  documentId: 'doc-1',
  text: TEXT,
  suggestions: SUGGESTIONS,
  milliseconds: 120,
};
const cards = () => screen.getAllByRole('listitem');

describe('SuggestionsPanel', () => {
  it('lists suggestions by paragraph with sentence, who → whom, type, quote and attribution', () => {
    render(<Harness run={done} />);
    expect(screen.getByRole('status')).toHaveTextContent('3 suggestions to decide (of 3 found');
    const first = within(screen.getByRole('region', { name: 'Paragraph 2' }));
    expect(first.getAllByRole('listitem')).toHaveLength(2);
    const card = within(cards()[0]!);
    expect(card.getByText(/Suggested · condemns · negative/i)).toBeInTheDocument();
    expect(card.getByText('Turkey → Northern Front')).toBeInTheDocument();
    expect(card.getByText(/New actor if accepted: Northern Front/)).toBeInTheDocument();
    expect(cards()[0]).toHaveTextContent('condemned the attacks by the Northern Front');
    expect(cards()[0]).toHaveTextContent(/report/);
    expect(screen.getByRole('region', { name: 'Paragraph 3' })).toBeInTheDocument();
  });

  it('accepts one as is: the stance quotes the exact span, and undo brings the suggestion back', async () => {
    const user = userEvent.setup();
    render(<Harness run={done} />);
    await user.click(screen.getByRole('button', { name: /^Accept: Turkey condemns/ }));
    expect(cards()).toHaveLength(2);
    const stance = latest.present.stances[0]!;
    expect(stance).toMatchObject({ to: 'northern-front', type: 'condemns', topics: ['attacks'] });
    expect(TEXT.slice(stance.evidence[0]!.start, stance.evidence[0]!.end)).toBe(
      stance.evidence[0]!.quote,
    );
    expect(latest.present.actors.map((a) => a.name)).toEqual(['Turkey', 'Northern Front']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cards()).toHaveLength(3);
    expect(latest.present.actors).toHaveLength(1);
  });

  it('rejects one without touching the dataset; accepts a paragraph in one step', async () => {
    const user = userEvent.setup();
    render(<Harness run={done} />);
    await user.click(screen.getByRole('button', { name: /^Reject: Iran supports/ }));
    expect(screen.queryByRole('region', { name: 'Paragraph 3' })).toBeNull();
    expect(latest.present).toBe(start);
    await user.click(screen.getByRole('button', { name: 'Accept all 2' }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(latest.present.stances).toHaveLength(2);
    expect(latest.past).toHaveLength(2);
  });

  it('edits one in the stance form, prefilled, before accepting it', async () => {
    const user = userEvent.setup();
    render(<Harness run={done} />);
    await user.click(screen.getByRole('button', { name: /^Edit, then accept: Turkey condemns/ }));
    const form = within(screen.getByRole('form', { name: 'Edit the suggested stance' }));
    expect(form.getByLabelText('To (toward whom or what)')).toHaveValue('northern-front');
    expect(form.getByLabelText('Type')).toHaveValue('condemns');
    // The new actor is offered, not yet created.
    expect(latest.present.actors).toHaveLength(1);
    await user.selectOptions(form.getByLabelText('Type'), 'criticizes');
    await user.click(form.getByRole('button', { name: 'Accept stance' }));
    expect(latest.present.stances[0]).toMatchObject({ type: 'criticizes', to: 'northern-front' });
    expect(latest.present.stances[0]!.evidence[0]!.quote).toBe(SUGGESTIONS[0]!.quote);
    // Accepted after editing: no longer suggested, though its type differs from the proposal.
    expect(cards()).toHaveLength(2);
  });

  it('shows progress while running and the error when the extractor fails', () => {
    const { rerender } = render(<Harness run={{ kind: 'running', documentId: 'doc-1' }} />);
    expect(screen.getByRole('progressbar', { name: 'Suggesting stances' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suggest stances' })).toBeDisabled();
    rerender(
      <Harness
        run={{ kind: 'failed', documentId: 'doc-1', message: 'Suggestions failed: boom' }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Suggestions failed: boom');
  });
});
