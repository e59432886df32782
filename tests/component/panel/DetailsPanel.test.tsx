import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { smallDataset } from '../../fixtures/small-dataset';
import { DetailsPanel } from '../../../src/panel/DetailsPanel';

const astana = loadAstana22();

function panel() {
  return screen.getByRole('complementary', { name: 'Details' });
}

describe('DetailsPanel with nothing selected', () => {
  it('shows the dataset, participants by role, visible counts and a legend of what is present', async () => {
    const { store } = renderWithProviders(<DetailsPanel />, { dataset: astana });
    const aside = panel();
    // The overview fills in once the map has had its first paint.
    expect(
      await within(aside).findByRole('heading', { level: 2, name: astana.title }),
    ).toBeInTheDocument();
    expect(aside).toHaveTextContent('11–12 November 2024 · Astana, Kazakhstan');
    expect(within(aside).getByRole('heading', { name: 'Guarantors' })).toBeInTheDocument();
    expect(within(aside).getByRole('heading', { name: 'Observers' })).toBeInTheDocument();
    expect(within(aside).queryByRole('heading', { name: 'Mediators' })).not.toBeInTheDocument();
    expect(aside).toHaveTextContent(`Stances${astana.stances.length}`);
    // Legend: only kinds and types that occur.
    expect(aside).toHaveTextContent('Armed group');
    expect(aside).not.toHaveTextContent('Person');
    expect(aside).toHaveTextContent(
      'condemns, accuses, criticizes, opposes, rejects, expresses concern',
    );

    await userEvent.click(within(aside).getByRole('button', { name: 'Kazakhstan' }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'kazakhstan' });
    // The panel made the selection, so focus moves to the new heading (once its view has loaded).
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: 'Kazakhstan' }),
    ).toHaveFocus();
  });

  it('counts only what the filters leave visible', async () => {
    renderWithProviders(<DetailsPanel />, {
      dataset: astana,
      state: { filters: { topics: ['idlib'], polarities: [], types: [], roles: [] } },
    });
    await within(panel()).findByRole('heading', { level: 2, name: astana.title });
    const idlib = astana.stances.filter((s) => s.topics.includes('idlib')).length;
    expect(panel()).toHaveTextContent(`Stances${idlib}`);
  });
});

describe('DetailsPanel with an actor selected', () => {
  it('shows Israel’s positions by topic, each quote in a blockquote with its attribution', async () => {
    const { store } = renderWithProviders(<DetailsPanel />, {
      dataset: astana,
      state: { selection: { kind: 'actor', id: 'israel' } },
    });
    const aside = panel();
    // An actor's details load after the overview.
    expect(
      await within(aside).findByRole('heading', { level: 2, name: 'Israel' }),
    ).toBeInTheDocument();
    expect(aside).toHaveTextContent('Also called: Israeli; Israeli armed forces');
    expect(
      within(aside).getByRole('heading', { level: 3, name: 'Israeli strikes on Syria' }),
    ).toBeInTheDocument();

    const toward = astana.stances.filter((s) => s.to === 'israel');
    const quotes = [...aside.querySelectorAll('blockquote')].map((b) => b.textContent);
    for (const stance of toward)
      for (const evidence of stance.evidence) expect(quotes).toContain(evidence.quote);
    expect(within(aside).getAllByText('communiqué').length).toBeGreaterThan(0);
    expect(within(aside).getAllByText('report').length).toBeGreaterThan(0);

    await userEvent.click(within(aside).getAllByRole('button', { name: /condemn Israel$/ })[0]!);
    expect(store.getState().selection).toEqual({
      kind: 'stance',
      id: 'condemns-israel-gaza-lebanon-west-bank',
    });
  });

  it('shows a bloc member the bloc’s stances, and says how many filters hide', async () => {
    renderWithProviders(<DetailsPanel />, {
      dataset: astana,
      state: {
        selection: { kind: 'actor', id: 'russia' },
        filters: { topics: ['gaza'], polarities: [], types: [], roles: [] },
      },
    });
    const aside = panel();
    expect(
      await within(aside).findByRole('button', { name: 'Astana guarantors' }),
    ).toBeInTheDocument();
    const gaza = astana.stances.filter((s) => s.topics.includes('gaza')).length;
    expect(aside).toHaveTextContent(`Takes ${gaza} stances.`);
    expect(aside).toHaveTextContent(
      `${astana.stances.length - gaza} more are hidden by the filters`,
    );
  });
});

describe('DetailsPanel with a stance selected', () => {
  it('shows who toward whom, topics as filter toggles, codes, and each quote marked in its sentence', async () => {
    const stance = astana.stances.find((s) => s.id === 'concern-israel-unifil')!;
    const { store } = renderWithProviders(<DetailsPanel />, {
      dataset: astana,
      state: { selection: { kind: 'stance', id: stance.id } },
    });
    const aside = panel();
    expect(
      await within(aside).findByRole('heading', {
        level: 2,
        name: /guarantors express concern about Israel$/,
      }),
    ).toBeInTheDocument();
    const mark = aside.querySelector('blockquote mark')!;
    expect(mark.textContent).toBe(stance.evidence[0]!.quote);
    expect(mark.closest('blockquote')!.textContent).toBe(
      'They expressed serious concerns regarding the intentional targeting of UNIFIL by Israeli armed forces.”',
    );
    expect(aside).toHaveTextContent('CAMEO 012 Make pessimistic comment');
    expect(aside).toHaveTextContent(stance.summary);

    const topic = within(aside).getByRole('button', { name: 'Lebanon and UNIFIL' });
    expect(topic).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(topic);
    expect(store.getState().filters.topics).toEqual(['lebanon']);
    expect(topic).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(within(aside).getByRole('button', { name: 'Show in source' }));
    expect(store.getState().source).toEqual({ stanceId: stance.id, evidence: 0 });

    await userEvent.click(within(aside).getByRole('button', { name: 'Israel' }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    expect(await within(panel()).findByRole('heading', { level: 2, name: 'Israel' })).toHaveFocus();
  });

  it('notes when the filters hide the selected stance', async () => {
    renderWithProviders(<DetailsPanel />, {
      dataset: smallDataset(),
      state: {
        selection: { kind: 'stance', id: 'condemns-israel' },
        filters: { topics: ['process'], polarities: [], types: [], roles: [] },
      },
    });
    // Two quotes, each with its own way into the source.
    expect(await within(panel()).findAllByRole('button', { name: 'Show in source' })).toHaveLength(
      2,
    );
    expect(panel()).toHaveTextContent('The current filters hide this stance on the map.');
  });
});

describe('DetailsPanel with a stale selection', () => {
  it.each([
    ['actor', 'no-such-actor'],
    ['stance', 'no-such-stance'],
  ] as const)('shows "Not found" for an unknown %s and offers a way back', async (kind, id) => {
    const { store } = renderWithProviders(<DetailsPanel />, {
      dataset: smallDataset(),
      state: { selection: { kind, id } },
    });
    expect(within(panel()).getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(id);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Back to the overview' }));
    expect(store.getState().selection).toBeNull();
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'Small test communiqué' }),
    ).toHaveFocus();
  });
});

describe('DetailsPanel as a phone bottom sheet', () => {
  it('has a Details handle that expands and collapses, and opens on a new selection', async () => {
    const { store } = renderWithProviders(<DetailsPanel />, { dataset: smallDataset() });
    const handle = within(panel()).getByRole('button', { name: /^Details/ });
    expect(handle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(handle);
    expect(handle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(handle);
    expect(handle).toHaveAttribute('aria-expanded', 'false');
    store.getState().selectActor('israel');
    expect(
      await within(panel()).findByRole('button', { name: /^Details/, expanded: true }),
    ).toBeInTheDocument();
    // A selection made elsewhere (the map) leaves focus where it was.
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: 'Israel' }),
    ).not.toHaveFocus();
  });
});

describe('DetailsPanel on first render', () => {
  it('leaves its body for after the first paint, so the map paints first', async () => {
    renderWithProviders(<DetailsPanel />, { dataset: astana });
    // The landmark is there at once; the overview follows once a frame has been painted.
    expect(
      within(panel()).queryByRole('heading', { level: 2, name: astana.title }),
    ).not.toBeInTheDocument();
    expect(
      await within(panel()).findByRole('heading', { level: 2, name: astana.title }),
    ).toBeInTheDocument();
  });

  it('fills an open sheet (a linked selection) at once: its height sizes the map on phones', () => {
    renderWithProviders(<DetailsPanel />, {
      dataset: astana,
      state: { selection: { kind: 'actor', id: 'kazakhstan' } },
    });
    // Its view (or the line saying it is loading) is there in the very first render.
    const body = panel().querySelector('.details__body')!;
    expect(body.textContent).toMatch(/Kazakhstan|Loading details…/);
  });
});
