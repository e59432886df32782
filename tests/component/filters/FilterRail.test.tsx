import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { FilterRail } from '../../../src/filters/FilterRail';
import StanceTable from '../../../src/table/StanceTable';

const astana = loadAstana22();

/** Renders the rail and waits for its facets, which fill in after the first paint. */
async function renderRail() {
  const rendered = renderWithProviders(
    <>
      <FilterRail />
      <StanceTable />
    </>,
    { dataset: astana },
  );
  await screen.findByRole('group', { name: 'Topics' });
  return rendered;
}

const rail = () => screen.getByRole('navigation', { name: 'Filters' });
const group = (name: string) => within(rail()).getByRole('group', { name });
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
/** The count shown on a toggle (its accessible name is "Label, N stances"). */
function countOn(button: HTMLElement): number {
  return Number(button.querySelector('.facet__count')!.textContent);
}
function statusCount(): number {
  return Number(/Showing (\d+) stances?/.exec(screen.getByRole('status').textContent!)![1]);
}

describe('FilterRail', () => {
  it('keeps the topic counts, the status line and the table rows in step', async () => {
    const { store } = await renderRail();
    const total = astana.stances.length;
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${total} stances among`);
    expect(bodyRows()).toHaveLength(total);
    expect(screen.getByRole('table', { name: `${total} stances` })).toBeInTheDocument();

    const topics = group('Topics');
    const idlib = within(topics).getByRole('button', { name: /^Idlib, \d+ stances?$/ });
    const idlibCount = countOn(idlib);
    expect(idlibCount).toBe(astana.stances.filter((s) => s.topics.includes('idlib')).length);
    expect(idlib).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(idlib);
    expect(idlib).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().filters.topics).toEqual(['idlib']);
    expect(bodyRows()).toHaveLength(idlibCount);
    expect(statusCount()).toBe(idlibCount);
    expect(
      screen.getByRole('table', { name: `${idlibCount} stances matching the filters` }),
    ).toBeInTheDocument();

    // Another facet changes the topic counts too, and all three agree.
    const gaza = within(topics).getByRole('button', { name: /^Gaza, / });
    const gazaBefore = countOn(gaza);
    await userEvent.click(within(topics).getByRole('button', { name: /^Idlib, / }));
    await userEvent.click(within(group('Polarity')).getByRole('button', { name: /^Directive, / }));
    const gazaDirective = countOn(within(topics).getByRole('button', { name: /^Gaza, / }));
    expect(gazaDirective).toBeLessThan(gazaBefore);
    await userEvent.click(within(topics).getByRole('button', { name: /^Gaza, / }));
    expect(bodyRows()).toHaveLength(gazaDirective);
    expect(statusCount()).toBe(gazaDirective);

    // Clear filters is enabled only while something is active.
    const clear = within(rail()).getByRole('button', { name: 'Clear filters' });
    expect(clear).toBeEnabled();
    await userEvent.click(clear);
    expect(clear).toBeDisabled();
    expect(bodyRows()).toHaveLength(total);
  });

  it('finds Türkiye by "turkey" and selects it with the keyboard', async () => {
    const { store } = await renderRail();
    const box = within(rail()).getByRole('combobox', { name: 'Find an actor' });
    await userEvent.type(box, 'turkey');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    const option = within(listbox).getByRole('option', { name: 'Türkiye (Turkey)' });
    await userEvent.keyboard('{ArrowDown}');
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'turkiye' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Türkiye');
  });

  it('finds an actor without diacritics and by click; Escape closes the list, then clears', async () => {
    const { store } = await renderRail();
    const box = within(rail()).getByRole('combobox', { name: 'Find an actor' });
    await userEvent.type(box, 'TUSAS');
    await userEvent.click(screen.getByRole('option', { name: /TUSAŞ/ }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'tusas-attack' });

    await userEvent.clear(box);
    await userEvent.type(box, 'qqq');
    expect(rail()).toHaveTextContent('No actor matches “qqq”.');
    await userEvent.clear(box);
    await userEvent.type(box, 'iran');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('offers only the stance types and roles present, and switches joint statements', async () => {
    const { store } = await renderRail();
    const types = within(group('Stance type')).getAllByRole('button');
    const present = new Set(astana.stances.map((s) => s.type));
    expect(types).toHaveLength(present.size);
    const roles = within(group('Role')).getAllByRole('button');
    expect(roles).toHaveLength(4);
    ['Guarantor', 'Host', 'Party', 'Observer'].forEach((role, i) =>
      expect(roles[i]).toHaveAccessibleName(new RegExp(`^${role}, \\d+ stances?$`)),
    );

    await userEvent.click(within(group('Role')).getByRole('button', { name: /^Host, / }));
    expect(store.getState().filters.roles).toEqual(['host']);
    expect(statusCount()).toBe(0);
    expect(screen.getByRole('cell', { name: /No stances match the filters/ })).toBeInTheDocument();

    const joint = group('Joint statements');
    expect(within(joint).getByRole('button', { name: 'Bloc' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(joint).getByRole('button', { name: 'Separate' }));
    expect(store.getState().joint).toBe('separate');
    expect(within(joint).getByRole('button', { name: 'Separate' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('folds behind a Filters button on phones', async () => {
    await renderRail();
    const toggle = within(rail()).getByRole('button', { name: /^Filters/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(within(group('Topics')).getByRole('button', { name: /^Gaza, / }));
    expect(toggle).toHaveAccessibleName('Filters (1)');
  });
});
