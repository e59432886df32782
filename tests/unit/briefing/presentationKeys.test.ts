// @vitest-environment jsdom
import { presentationKeyAction } from '../../../src/briefing/presentationKeys';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
  presentationKeyAction({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: document.body,
    ...extra,
  });

describe('presentation keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
  ])('%s → %s', (k, move) => {
    expect(key(k)).toBe(move);
  });

  it('steps back with Shift+Space', () => {
    expect(key(' ', { shiftKey: true })).toBe('previous');
  });

  it('leaves Space to a focused button, and modified keys to the browser', () => {
    const button = document.createElement('button');
    expect(key(' ', { target: button })).toBeNull();
    expect(key('ArrowRight', { altKey: true })).toBeNull();
    expect(key('b')).toBeNull();
  });
});
