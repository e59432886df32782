/**
 * Suggestions off the main thread: the extractor runs in a module worker (started on
 * the first request and kept for the next); if the worker cannot start or fails, the
 * same pure function runs on the main thread instead, loaded on demand. Nothing in the
 * first view imports this module.
 */
import type { SuggestRequest, SuggestResponse } from './protocol';
import type { KnownContext, Suggestion } from './types';

export interface SuggestionRun {
  suggestions: Suggestion[];
  /** Where it ran: 'worker', or 'main' after the fallback. */
  ranIn: 'worker' | 'main';
  milliseconds: number;
}

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'suggest' });

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;

async function onMainThread(text: string, known?: KnownContext): Promise<SuggestionRun> {
  const { suggestStances } = await import('./suggestStances');
  const t0 = performance.now();
  const suggestions = suggestStances(text, known);
  return { suggestions, ranIn: 'main', milliseconds: performance.now() - t0 };
}

function inWorker(w: Worker, text: string, known?: KnownContext): Promise<SuggestionRun> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      w.removeEventListener('messageerror', onError);
    };
    const onMessage = (event: MessageEvent<SuggestResponse>) => {
      if (event.data?.id !== id) return;
      cleanUp();
      if (event.data.ok)
        resolve({
          suggestions: event.data.suggestions,
          ranIn: 'worker',
          milliseconds: event.data.milliseconds,
        });
      else reject(new ExtractorError(event.data.error));
    };
    const onError = (event: Event) => {
      cleanUp();
      event.preventDefault?.();
      reject(new Error((event as ErrorEvent).message || 'the suggest worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.addEventListener('messageerror', onError);
    const request: SuggestRequest = { id, text, ...(known ? { known } : {}) };
    w.postMessage(request);
  });
}

/** The extractor threw (in the worker): running it again on the main thread would too. */
export class ExtractorError extends Error {
  override name = 'ExtractorError';
}

/**
 * Propose stances for a text. Rejects only if the extractor itself throws (with its
 * message); a worker that cannot start or dies means the main thread does the work.
 */
export async function runSuggestions(
  text: string,
  known?: KnownContext,
  options: { createWorker?: WorkerFactory } = {},
): Promise<SuggestionRun> {
  if (workerBroken || typeof Worker === 'undefined') return onMainThread(text, known);
  let w: Worker;
  try {
    w = worker ??= (options.createWorker ?? defaultFactory)();
  } catch {
    workerBroken = true;
    return onMainThread(text, known);
  }
  try {
    return await inWorker(w, text, known);
  } catch (error) {
    if (error instanceof ExtractorError) throw error;
    workerBroken = true;
    w.terminate();
    worker = null;
    return onMainThread(text, known);
  }
}

/** Stop the worker (e.g. when the workspace closes) and forget a past failure. */
export function stopSuggestionWorker(): void {
  worker?.terminate();
  worker = null;
  workerBroken = false;
}
