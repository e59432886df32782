import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HelpDialog from '../../../src/app/HelpDialog';
import { APP_ACTIONS } from '../../../src/app/actions';
import { CONTEXT_SHORTCUTS } from '../../../src/app/contextShortcuts';
import { useKeyboardShortcuts } from '../../../src/app/useKeyboardShortcuts';
import { renderWithProviders } from '../../helpers/renderWithProviders';

function WithShortcuts() {
  useKeyboardShortcuts();
  return <HelpDialog />;
}

describe('Help', () => {
  it('opens with "?" and lists every action and shortcut', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<WithShortcuts />);
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
    await user.keyboard('?');
    expect(store.getState().helpOpen).toBe(true);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog)
      .getAllByRole('row')
      .filter((row) => within(row).queryAllByRole('cell').length);
    expect(rows).toHaveLength(APP_ACTIONS.length + CONTEXT_SHORTCUTS.length);
    for (const item of [...APP_ACTIONS, ...CONTEXT_SHORTCUTS])
      expect(within(dialog).getByRole('cell', { name: item.label })).toBeInTheDocument();
    for (const heading of ['Anywhere', 'On the map', 'While presenting'])
      expect(within(dialog).getByRole('heading', { name: heading })).toBeInTheDocument();
  });

  it('shows keys as keycaps, including "+" and Shift combinations', () => {
    renderWithProviders(<HelpDialog />, { state: { helpOpen: true } });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const caps = [...dialog.querySelectorAll('kbd')].map((kbd) => kbd.textContent);
    expect(caps).toEqual(
      expect.arrayContaining(['?', 'Esc', '+', '-', 'PageDown', 'Shift', 'Space', '→', 'Home']),
    );
  });

  it('closes with its button and with Escape', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<HelpDialog />, { state: { helpOpen: true } });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().helpOpen).toBe(false);
    act(() => store.getState().setHelpOpen(true));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(store.getState().helpOpen).toBe(false);
  });
});
