/**
 * The extractor in a Web Worker, so a long communiqué never blocks the page. One
 * request in, one response out, matched by id; an exception becomes an error response.
 */
import type { SuggestRequest, SuggestResponse } from './protocol';
import { suggestStances } from './suggestStances';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SuggestRequest>) => void) | null;
  postMessage(message: SuggestResponse): void;
};

scope.onmessage = (event) => {
  const { id, text, known } = event.data;
  try {
    const t0 = performance.now();
    const suggestions = suggestStances(text, known);
    scope.postMessage({ id, ok: true, suggestions, milliseconds: performance.now() - t0 });
  } catch (error) {
    scope.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
