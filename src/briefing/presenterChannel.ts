/**
 * The presenter view and the presentation keep in step over a BroadcastChannel named for
 * the dataset: stepping in either window sends the scene's index, the other follows.
 * Messages from elsewhere are checked before use; a browser without BroadcastChannel
 * gets no channel (each window then steps on its own).
 */

export type PresenterMessage =
  /** Show the scene at this index. */
  | { type: 'step'; step: number }
  /** A presenter view opened and asks where the presentation is. */
  | { type: 'hello' }
  /** The presentation ended. */
  | { type: 'end' };

export function presenterChannelName(datasetId: string): string {
  return `stance-map-presenter:${datasetId}`;
}

export function isPresenterMessage(data: unknown): data is PresenterMessage {
  if (data === null || typeof data !== 'object') return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello' || message.type === 'end') return true;
  return (
    message.type === 'step' &&
    typeof message.step === 'number' &&
    Number.isInteger(message.step) &&
    message.step >= 0
  );
}

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  close(): void;
}

export function openPresenterChannel(
  datasetId: string,
  onMessage: (message: PresenterMessage) => void,
): PresenterChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(presenterChannelName(datasetId));
  } catch {
    // Some pages (opaque origins) may not open one.
    return null;
  }
  channel.onmessage = (event: MessageEvent) => {
    if (isPresenterMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/** The address of the presenter view for this page: the same app and dataset, `presenter=1`. */
export function presenterUrl(href: string): string {
  const url = new URL(href);
  const data = url.searchParams.get('data');
  url.search = '';
  if (data) url.searchParams.set('data', data);
  url.searchParams.set('presenter', '1');
  url.hash = '';
  return url.toString();
}
