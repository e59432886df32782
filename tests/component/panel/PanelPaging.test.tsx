import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { denseDataset } from '../../fixtures/hostile/dense';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { DetailsPanel } from '../../../src/panel/DetailsPanel';
import SourceReader from '../../../src/panel/SourceReader';
import { PAGE, SHOWN_FIRST } from '../../../src/panel/usePaging';

function panel() {
  return screen.getByRole('complementary', { name: 'Details' });
}

const items = () => panel().querySelectorAll('li.position');

// "Bloc A (2)" (a1) takes the stances toward a2 and receives those from a0.
async function openHub(perPair: number) {
  renderWithProviders(<DetailsPanel />, {
    dataset: denseDataset(perPair),
    state: { selection: { kind: 'actor', id: 'a1' } },
  });
  await within(panel()).findByRole('heading', { level: 2, name: 'Bloc A (2)' });
}

describe('ActorDetails of an actor with hundreds of stances', () => {
  it('renders the first few of 1,202, says the total, and "Show more" adds a page and moves focus to it', async () => {
    await openHub(601);
    expect(items()).toHaveLength(SHOWN_FIRST);
    expect(panel()).toHaveTextContent('Takes 601 stances; 601 stances toward it.');
    expect(within(panel()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Topic · 1,202 stances',
    );
    expect(panel()).toHaveTextContent(`Showing ${SHOWN_FIRST} of 1,202 stances.`);

    await userEvent.click(within(panel()).getByRole('button', { name: `Show ${PAGE} more` }));
    expect(items()).toHaveLength(SHOWN_FIRST + PAGE);
    // Focus is on the first new stance, not lost with the clicked button.
    const firstNew = items()[SHOWN_FIRST]!.querySelector('button')!;
    expect(firstNew).toHaveFocus();
    expect(firstNew).toHaveTextContent('Bloc A (2) condemns Actor 2');
    expect(panel()).toHaveTextContent(`Showing ${SHOWN_FIRST + PAGE} of 1,202 stances.`);
    expect(within(panel()).getByRole('button', { name: 'Show all 1,202 stances' })).toBeVisible();
  });

  it('"Show all" fills in the rest a page at a time and then drops the control', async () => {
    await openHub(100);
    expect(items()).toHaveLength(SHOWN_FIRST);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Show all 200 stances' }));
    // The first page arrives with the click; the rest in later tasks.
    expect(items()).toHaveLength(SHOWN_FIRST + PAGE);
    expect(items()[SHOWN_FIRST]!.querySelector('button')).toHaveFocus();
    expect(panel()).toHaveTextContent(`Showing ${SHOWN_FIRST + PAGE} of 200 stances…`);
    await waitFor(() => expect(items()).toHaveLength(200));
    expect(panel()).not.toHaveTextContent('Showing');
    expect(within(panel()).queryByRole('button', { name: /^Show (all|\d)/ })).toBeNull();
  });

  it('starts over for another actor, and again on coming back', async () => {
    const { store } = renderWithProviders(<DetailsPanel />, {
      dataset: denseDataset(100),
      state: { selection: { kind: 'actor', id: 'a1' } },
    });
    await within(panel()).findByRole('heading', { level: 2, name: 'Bloc A (2)' });
    await userEvent.click(within(panel()).getByRole('button', { name: `Show ${PAGE} more` }));
    expect(items()).toHaveLength(SHOWN_FIRST + PAGE);
    act(() => store.getState().selectActor('a2'));
    await within(panel()).findByRole('heading', { level: 2, name: /^Actor 2 / });
    expect(items()).toHaveLength(SHOWN_FIRST);
    act(() => store.getState().selectActor('a1'));
    await within(panel()).findByRole('heading', { level: 2, name: 'Bloc A (2)' });
    expect(items()).toHaveLength(SHOWN_FIRST);
  });

  it('shows a short list whole, with no control and no counts in the headings', async () => {
    await openHub(20);
    expect(items()).toHaveLength(SHOWN_FIRST);
    expect(panel()).not.toHaveTextContent('Showing');
    expect(within(panel()).getByRole('heading', { level: 3 }).textContent).toBe('Topic');
    expect(within(panel()).queryByRole('button', { name: /^Show (all|\d)/ })).toBeNull();
  });
});

describe('Panel lists that grow with the dataset', () => {
  /** 300 actors, every one an observer of the meeting and a member of one bloc. */
  function crowded() {
    const dataset = generateSyntheticDataset({ actors: 300, stances: 20 });
    const actors = dataset.actors.filter((actor) => actor.kind !== 'bloc');
    dataset.documents[0]!.participants = actors.map((actor) => ({
      actor: actor.id,
      role: 'observer' as const,
    }));
    dataset.actors.find((actor) => actor.id === 'bloc-0')!.members = actors.map((a) => a.id);
    return dataset;
  }

  it('lists the first 40 of 300 observers in the overview, the count in the heading, and pages on', async () => {
    renderWithProviders(<DetailsPanel />, { dataset: crowded() });
    const heading = await within(panel()).findByRole('heading', { level: 4, name: /^Observers/ });
    expect(heading).toHaveTextContent('Observers · 300');
    const list = panel().querySelector('.details__participants')!;
    expect(within(list as HTMLElement).getAllByRole('button')).toHaveLength(SHOWN_FIRST);
    expect(panel()).toHaveTextContent(`Showing ${SHOWN_FIRST} of 300 observers.`);
    await userEvent.click(within(panel()).getByRole('button', { name: `Show ${PAGE} more` }));
    const buttons = within(list as HTMLElement).getAllByRole('button');
    expect(buttons).toHaveLength(SHOWN_FIRST + PAGE);
    expect(buttons[SHOWN_FIRST]).toHaveFocus();
    expect(buttons[SHOWN_FIRST]).toHaveTextContent(`Actor ${SHOWN_FIRST}`);
  });

  it('lists the first 40 of a bloc’s 300 members, and "Show all" the rest', async () => {
    renderWithProviders(<DetailsPanel />, {
      dataset: crowded(),
      state: { selection: { kind: 'actor', id: 'bloc-0' } },
    });
    await within(panel()).findByRole('heading', { level: 2, name: 'Synthetic bloc' });
    const members = () =>
      within(panel().querySelector<HTMLElement>('.details__relations')!).getAllByRole('button');
    expect(members()).toHaveLength(SHOWN_FIRST);
    expect(panel()).toHaveTextContent(`Showing ${SHOWN_FIRST} of 300 members.`);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Show all 300 members' }));
    await waitFor(() => expect(members()).toHaveLength(300));
    expect(members()[SHOWN_FIRST]).toHaveFocus();
    expect(panel()).not.toHaveTextContent('of 300 members');
  });
});

describe('A stance quoted in many passages, and a passage many stances share', () => {
  /** 60 stances a0 → a1, every one quoting the first one's words; the first quoted by all. */
  function shared() {
    const dataset = denseDataset(60);
    const pair = dataset.stances.filter((s) => s.from[0] === 'a0' && s.to === 'a1');
    const passage = pair[0]!.evidence[0]!;
    pair[0]!.evidence = pair.map((s) => s.evidence[0]!);
    for (const s of pair.slice(1)) s.evidence = [{ ...passage }];
    return { dataset, first: pair[0]!, passage };
  }

  it('lists the first 40 of 60 passages, and "Show more" moves focus to the first new quote', async () => {
    const { dataset, first } = shared();
    renderWithProviders(<DetailsPanel />, {
      dataset,
      state: { selection: { kind: 'stance', id: first.id } },
    });
    await within(panel()).findByRole('heading', { name: 'The source’s words (60 passages)' });
    const quotes = () => panel().querySelectorAll('.evidence-list blockquote');
    expect(quotes()).toHaveLength(SHOWN_FIRST);
    expect(panel()).toHaveTextContent(`Showing ${SHOWN_FIRST} of 60 passages.`);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Show 20 more' }));
    expect(quotes()).toHaveLength(60);
    expect(quotes()[SHOWN_FIRST]).toHaveFocus();
    expect(quotes()[SHOWN_FIRST]).toHaveTextContent(first.evidence[SHOWN_FIRST]!.quote);
  });

  it('offers the first 40 of the 60 stances on one passage in the source reader', async () => {
    const { dataset, passage } = shared();
    const other = dataset.stances.find((s) => s.from[0] === 'a1')!;
    renderWithProviders(
      <>
        <DetailsPanel />
        <SourceReader />
      </>,
      {
        dataset,
        state: {
          selection: { kind: 'stance', id: other.id },
          source: { stanceId: other.id, evidence: 0 },
        },
      },
    );
    const dialog = screen.getByRole('dialog');
    // (Found by text: the accessible names of hundreds of passages are slow to compute.)
    const button = [...dialog.querySelectorAll<HTMLElement>('[role="button"]')].find(
      (candidate) => candidate.textContent === passage.quote,
    )!;
    await userEvent.click(button);
    expect(
      within(dialog).getByRole('heading', { name: 'This passage is evidence for 60 stances' }),
    ).toHaveFocus();
    const choices = () => dialog.querySelectorAll('.reader__choices li');
    expect(choices()).toHaveLength(SHOWN_FIRST);
    await userEvent.click(within(dialog).getByText('Show 20 more'));
    expect(choices()).toHaveLength(60);
    expect(choices()[SHOWN_FIRST]!.querySelector('button')).toHaveFocus();
  });
});
