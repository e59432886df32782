import { fireEvent } from '@testing-library/react';
import KeyboardShortcuts from '../../../src/app/KeyboardShortcuts';
import { keepEarlyKeys, takeEarlyKey } from '../../../src/app/earlyKeys';
import { renderWithProviders } from '../../helpers/renderWithProviders';

describe('keys pressed before the shortcuts have loaded', () => {
  it('are kept, the last one only, until the shortcuts take it', () => {
    keepEarlyKeys();
    fireEvent.keyDown(window, { key: 't' });
    fireEvent.keyDown(window, { key: '?' });
    expect(takeEarlyKey()?.key).toBe('?');
    expect(takeEarlyKey()).toBeNull();
    // Once taken, no more are kept.
    fireEvent.keyDown(window, { key: 'm' });
    expect(takeEarlyKey()).toBeNull();
  });

  it('count as pressed once the shortcuts start', () => {
    keepEarlyKeys();
    fireEvent.keyDown(window, { key: '?' });
    const { store } = renderWithProviders(<KeyboardShortcuts embed={false} />);
    expect(store.getState().helpOpen).toBe(true);
  });
});
