import {
  isPresenterMessage,
  openPresenterChannel,
  presenterChannelName,
  presenterUrl,
} from '../../../src/briefing/presenterChannel';

describe('the presenter channel', () => {
  it('is named per dataset', () => {
    expect(presenterChannelName('astana-22')).toBe('stance-map-presenter:astana-22');
  });

  it('accepts only well-formed messages', () => {
    expect(isPresenterMessage({ type: 'step', step: 3 })).toBe(true);
    expect(isPresenterMessage({ type: 'hello' })).toBe(true);
    expect(isPresenterMessage({ type: 'end' })).toBe(true);
    for (const bad of [
      null,
      'step',
      { type: 'step' },
      { type: 'step', step: -1 },
      { type: 'step', step: 1.5 },
      { type: 'go' },
    ])
      expect(isPresenterMessage(bad)).toBe(false);
  });

  it('opens the same app and dataset with presenter=1, nothing else', () => {
    expect(presenterUrl('http://127.0.0.1:4173/?data=astana-22&scene=gaza&topics=gaza#x')).toBe(
      'http://127.0.0.1:4173/?data=astana-22&presenter=1',
    );
    expect(presenterUrl('file:///media/usb/briefing.html')).toBe(
      'file:///media/usb/briefing.html?presenter=1',
    );
  });

  it('carries steps between two windows of one dataset, not another', async () => {
    const received: unknown[] = [];
    const other: unknown[] = [];
    const a = openPresenterChannel('astana-22', () => undefined)!;
    const b = openPresenterChannel('astana-22', (message) => received.push(message))!;
    const c = openPresenterChannel('another', (message) => other.push(message))!;
    a.post({ type: 'step', step: 2 });
    await vi.waitFor(() => expect(received).toEqual([{ type: 'step', step: 2 }]));
    expect(other).toEqual([]);
    [a, b, c].forEach((channel) => channel.close());
  });
});
