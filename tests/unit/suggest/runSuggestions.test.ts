import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SuggestRequest, SuggestResponse } from '../../../src/suggest/protocol';
import { runSuggestions, stopSuggestionWorker } from '../../../src/suggest/runSuggestions';
import { suggestStances } from '../../../src/suggest';
import { ACTORS, TOPICS } from './helpers';

const TEXT = 'Iran condemned Israel. They called for a ceasefire in Gaza.';
const KNOWN = { actors: ACTORS, topics: TOPICS };

/** A stand-in for a module worker: answers like suggest.worker.ts, or fails as told. */
class FakeWorker extends EventTarget {
  static mode: 'answer' | 'crash' | 'throw-in-extractor' = 'answer';
  static started = 0;
  terminated = false;
  constructor() {
    super();
    FakeWorker.started++;
  }
  postMessage(request: SuggestRequest) {
    setTimeout(() => {
      if (FakeWorker.mode === 'crash') {
        this.dispatchEvent(
          Object.assign(new Event('error', { cancelable: true }), { message: 'load failed' }),
        );
        return;
      }
      const response: SuggestResponse =
        FakeWorker.mode === 'answer'
          ? {
              id: request.id,
              ok: true,
              suggestions: suggestStances(request.text, request.known),
              milliseconds: 1,
            }
          : { id: request.id, ok: false, error: 'extractor broke' };
      this.dispatchEvent(Object.assign(new Event('message'), { data: response }));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  stopSuggestionWorker();
  vi.unstubAllGlobals();
  FakeWorker.mode = 'answer';
  FakeWorker.started = 0;
});

describe('runSuggestions', () => {
  it('runs on the main thread where there is no Worker (Node), with the same result', async () => {
    vi.stubGlobal('Worker', undefined);
    const run = await runSuggestions(TEXT, KNOWN);
    expect(run.ranIn).toBe('main');
    expect(run.suggestions).toEqual(suggestStances(TEXT, KNOWN));
  });

  it('runs in the worker when it answers, and keeps one worker for the next request', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const createWorker = () => new FakeWorker() as unknown as Worker;
    const first = await runSuggestions(TEXT, KNOWN, { createWorker });
    const second = await runSuggestions('Russia supported Syria.', KNOWN, { createWorker });
    expect([first.ranIn, second.ranIn]).toEqual(['worker', 'worker']);
    expect(first.suggestions).toEqual(suggestStances(TEXT, KNOWN));
    expect(second.suggestions.map((s) => s.type)).toEqual(['supports']);
    expect(FakeWorker.started).toBe(1);
  });

  it('falls back to the main thread when the worker cannot start or dies', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const cannotStart = await runSuggestions(TEXT, KNOWN, {
      createWorker: () => {
        throw new Error('SecurityError');
      },
    });
    expect(cannotStart.ranIn).toBe('main');
    stopSuggestionWorker();
    FakeWorker.mode = 'crash';
    const crashed = await runSuggestions(TEXT, KNOWN, {
      createWorker: () => new FakeWorker() as unknown as Worker,
    });
    expect(crashed.ranIn).toBe('main');
    expect(crashed.suggestions).toEqual(suggestStances(TEXT, KNOWN));
  });

  it('reports an error of the extractor itself instead of hiding it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.mode = 'throw-in-extractor';
    await expect(
      runSuggestions(TEXT, KNOWN, { createWorker: () => new FakeWorker() as unknown as Worker }),
    ).rejects.toThrow('extractor broke');
  });
});
