import { getMapSnapshot, registerMapSnapshot } from '../../../src/map/mapSnapshot';

describe('mapSnapshot', () => {
  it('reports what the registered map draws, and nothing once it is gone', () => {
    expect(getMapSnapshot()).toBeNull();
    const snapshot = {
      positions: new Map([['a', { x: 1, y: 2 }]]),
      transform: { x: 0, y: 0, k: 1 },
      width: 800,
      height: 600,
    };
    const unregister = registerMapSnapshot(() => snapshot);
    expect(getMapSnapshot()).toBe(snapshot);
    // A newer map takes over; the old one unregistering must not remove it.
    const unregisterNewer = registerMapSnapshot(() => ({ ...snapshot, width: 1 }));
    unregister();
    expect(getMapSnapshot()?.width).toBe(1);
    unregisterNewer();
    expect(getMapSnapshot()).toBeNull();
  });
});
