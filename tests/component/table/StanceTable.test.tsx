import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { smallDataset } from '../../fixtures/small-dataset';
import StanceTable from '../../../src/table/StanceTable';

const astana = loadAstana22();
const table = () => screen.getByRole('table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** Text of one column (0 = From … 4 = Quote) for every body row. */
const column = (i: number) =>
  bodyRows().map((row) => within(row).getAllByRole('cell')[i]!.textContent);

describe('StanceTable', () => {
  it('shows every visible stance with its quotes and attribution badges', () => {
    renderWithProviders(<StanceTable />, { dataset: astana });
    expect(table()).toHaveAccessibleName(`${astana.stances.length} stances`);
    expect(bodyRows()).toHaveLength(astana.stances.length);
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.map((h) => h!.replace(/[▲▼↕]/g, ''))).toEqual([
      'From',
      'Stance',
      'To',
      'Topics',
      'Quote',
    ]);
    const quotes = [...table().querySelectorAll('blockquote')].map((b) => b.textContent);
    expect(quotes).toEqual(astana.stances.flatMap((s) => s.evidence.map((e) => e.quote)));
    expect(within(bodyRows()[0]!).getByText('report')).toHaveAttribute('title');
  });

  it('sorts by a column with aria-sort, both ways', async () => {
    renderWithProviders(<StanceTable />, { dataset: smallDataset() });
    const header = screen.getByRole('columnheader', { name: 'To' });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button', { name: 'To' }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(column(2)).toEqual([
      'Israel',
      'Resolution 1701 (2006)',
      'The talks',
      'The talks',
      'UN Security Council',
    ]);
    expect(table()).toHaveAccessibleName('5 stances, sorted by to (ascending)');
    await userEvent.click(within(header).getByRole('button', { name: 'To' }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(column(2)[0]).toBe('UN Security Council');
    // Ties keep dataset order whichever way the column is sorted.
    expect(column(0).slice(1, 3)).toEqual(['Türkiye', 'United Nations']);

    const stanceHeader = screen.getByRole('columnheader', { name: 'Stance' });
    await userEvent.click(within(stanceHeader).getByRole('button'));
    expect(stanceHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(
      column(1).map((text) => text!.split('Negative')[0]!.split(/Directive|Positive|Neutral/)[0]),
    ).toEqual(['condemns', 'calls on', 'emphasizes', 'supports', 'agrees']);
  });

  it('selects stances and actors from a row and highlights the selected row', async () => {
    const { store } = renderWithProviders(<StanceTable />, { dataset: smallDataset() });
    const row = bodyRows()[1]!;
    await userEvent.click(
      within(row).getByRole('button', {
        name: 'calls on: The guarantors call on UN Security Council',
      }),
    );
    expect(store.getState().selection).toEqual({ kind: 'stance', id: 'calls-on-unsc' });
    expect(bodyRows()[1]).toHaveAttribute('aria-current', 'true');
    expect(bodyRows()[0]).not.toHaveAttribute('aria-current');

    await userEvent.click(within(bodyRows()[0]!).getByRole('button', { name: 'Israel' }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    expect(bodyRows()[0]).toHaveClass('is-related');

    // Bloc mode names the bloc; separate mode names each signatory.
    expect(
      within(bodyRows()[0]!).getByRole('button', { name: 'Astana guarantors' }),
    ).toBeInTheDocument();
    store.getState().setJoint('separate');
    expect(
      await within(bodyRows()[0]!).findByRole('button', { name: 'Russia' }),
    ).toBeInTheDocument();
  });

  it('follows the filters and says when nothing matches', async () => {
    const { store } = renderWithProviders(<StanceTable />, { dataset: smallDataset() });
    store.getState().toggleTopic('process');
    expect(
      await screen.findByRole('table', { name: '2 stances matching the filters' }),
    ).toBeInTheDocument();
    store.getState().togglePolarity('negative');
    expect(
      await screen.findByRole('cell', { name: /No stances match the filters/ }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyRows()).toHaveLength(5);
  });
});
