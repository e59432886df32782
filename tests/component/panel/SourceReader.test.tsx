import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { smallDataset } from '../../fixtures/small-dataset';
import { DetailsPanel } from '../../../src/panel/DetailsPanel';
import SourceReader from '../../../src/panel/SourceReader';

const astana = loadAstana22();
const stance = (id: string) => astana.stances.find((s) => s.id === id)!;

function renderApp(state: Parameters<typeof renderWithProviders>[1]) {
  return renderWithProviders(
    <>
      <DetailsPanel />
      <SourceReader />
    </>,
    state,
  );
}

/** The strong highlight of the current quote. */
function currentMark(dialog: HTMLElement): HTMLElement {
  const marks = dialog.querySelectorAll<HTMLElement>('mark[data-current]');
  expect(marks).toHaveLength(1);
  return marks[0]!;
}

describe('SourceReader', () => {
  it('renders nothing until a quote is shown in source', () => {
    renderApp({ dataset: astana });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from "Show in source" with the exact span highlighted, and lets the source select stances', async () => {
    const first = stance('condemns-israel-syria');
    const { store } = renderApp({
      dataset: astana,
      state: { selection: { kind: 'stance', id: first.id } },
    });
    // The stance's details load after the overview.
    const opener = await screen.findByRole('button', { name: 'Show in source' });
    await userEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: `Source: ${astana.documents[0]!.title}` });
    expect(currentMark(dialog).textContent).toBe(first.evidence[0]!.quote);
    // The whole document is there, verbatim, one paragraph per line.
    const paragraphs = [...dialog.querySelectorAll('.reader__text p')].map((p) => p.textContent);
    expect(paragraphs.join('\n')).toBe(astana.documents[0]!.text);

    // Another coded passage, evidence for one stance only: clicking selects that stance.
    const next = stance('calls-for-end-israeli-attacks');
    const passage = within(dialog).getByRole('button', {
      name: /call for action on Israel: “called for an end/,
    });
    expect(passage.textContent).toBe(next.evidence[0]!.quote);
    await userEvent.click(passage);
    expect(store.getState().selection).toEqual({ kind: 'stance', id: next.id });
    expect(store.getState().source).toEqual({ stanceId: next.id, evidence: 0 });
    const moved = currentMark(dialog);
    expect(moved.textContent).toBe(next.evidence[0]!.quote);
    expect(moved).toHaveFocus();
    // The panel follows: it now shows the new stance.
    expect(
      within(screen.getByRole('complementary', { name: 'Details' })).getByRole('heading', {
        level: 2,
        name: /call for action on Israel$/,
      }),
    ).toBeInTheDocument();

    // Escape closes the reader and gives focus back to the opener.
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(store.getState().source).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show in source' })).toHaveFocus();
  });

  it('lists every stance on a passage several stances share, and selects the one chosen', async () => {
    const shown = stance('condemns-israel-syria');
    const { store } = renderApp({
      dataset: astana,
      state: {
        selection: { kind: 'stance', id: shown.id },
        source: { stanceId: shown.id, evidence: 0 },
      },
    });
    const dialog = screen.getByRole('dialog');
    // One passage is evidence for three stances (terrorist groups, the TUSAŞ attack, groups in Syria).
    const shared = stance('condemns-tusas-attack').evidence[0]!;
    const passage = within(dialog)
      .getAllByRole('button')
      .find((button) => button.textContent === shared.quote)!;
    expect(passage).toHaveAccessibleName(
      /^Evidence for 3 stances \(.*condemn terrorist groups; .*condemn the attack on the TUSAŞ building; /i,
    );
    await userEvent.click(passage);
    const chooser = within(dialog).getByRole('heading', {
      name: 'This passage is evidence for 3 stances',
    });
    expect(chooser).toHaveFocus();
    await userEvent.click(
      within(dialog).getByRole('button', { name: /condemn the attack on the TUSAŞ building$/i }),
    );
    expect(store.getState().selection).toEqual({ kind: 'stance', id: 'condemns-tusas-attack' });
    expect(currentMark(dialog).textContent).toBe(shared.quote);
  });

  it('names a passage shared by many stances by its count and its first five', () => {
    const shared = stance('condemns-tusas-attack');
    const copies = Array.from({ length: 12 }, (_, i) => ({ ...shared, id: `copy-${i}` }));
    const dataset = { ...astana, stances: [...astana.stances, ...copies] };
    renderApp({
      dataset,
      state: {
        selection: { kind: 'stance', id: 'condemns-israel-syria' },
        source: { stanceId: 'condemns-israel-syria', evidence: 0 },
      },
    });
    const passage = within(screen.getByRole('dialog'))
      .getAllByRole('button')
      .find((button) => button.textContent === shared.evidence[0]!.quote)!;
    const name = passage.getAttribute('aria-label')!;
    expect(name).toMatch(/^Evidence for 15 stances \(.*; and 10 more\): “/);
    expect(name.split('; ')).toHaveLength(6);
    expect(passage.title.split('\n')).toHaveLength(7);
  });

  it('marks nested spans inside the highlight and steps between a stance’s quotes', async () => {
    const { store } = renderApp({
      dataset: smallDataset(),
      state: {
        selection: { kind: 'stance', id: 'calls-on-unsc' },
        source: { stanceId: 'calls-on-unsc', evidence: 0 },
      },
    });
    const dialog = screen.getByRole('dialog', { name: 'Source: Test report' });
    const mark = currentMark(dialog);
    expect(mark.textContent).toBe(
      'They called on the UN Security Council to implement Resolution 1701 (2006).',
    );
    // The nested span (another stance) stays clickable inside the highlight.
    const inner = within(mark).getByRole('button', { name: /place emphasis on Resolution 1701/ });
    expect(inner.textContent).toBe('implement Resolution 1701 (2006)');

    store.getState().showInSource('condemns-israel', 0);
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Next quote' }));
    expect(store.getState().source).toEqual({ stanceId: 'condemns-israel', evidence: 1 });
    expect(currentMark(dialog).textContent).toBe('The guarantors again condemned Israel.');
    expect(within(dialog).getByRole('button', { name: 'Next quote' })).toBeDisabled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(store.getState().source).toBeNull();
  });

  it('shows the document without a highlight when the quote is unknown', () => {
    renderApp({
      dataset: smallDataset(),
      state: { source: { stanceId: 'gone', evidence: 3 } },
    });
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('mark[data-current]')).toBeNull();
    expect(dialog).toHaveTextContent('The quote to show was not found');
  });
});
