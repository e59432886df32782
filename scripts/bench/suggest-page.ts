/**
 * Bench page: times runSuggestions (the extractor in its Web Worker) on the embedded
 * dataset's source, request → answer on the main thread, first call (worker start-up
 * and the tagger's loading included) and then warm calls. Results in window.suggestBench.
 */
import type { Dataset } from '../../src/data/schema';
import { runSuggestions } from '../../src/suggest/runSuggestions';

declare global {
  interface Window {
    suggestBench?:
      { first: number; warm: number[]; ranIn: string; count: number } | { error: string };
  }
}

async function main() {
  const dataset = (await (await fetch('/data/astana-22.json')).json()) as Dataset;
  const text = dataset.documents[0]!.text;
  const known = { actors: dataset.actors, topics: dataset.topics };
  let t0 = performance.now();
  const first = await runSuggestions(text, known);
  const firstMs = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) {
    t0 = performance.now();
    await runSuggestions(text, known);
    warm.push(performance.now() - t0);
  }
  window.suggestBench = {
    first: firstMs,
    warm,
    ranIn: first.ranIn,
    count: first.suggestions.length,
  };
}

main().catch((error: unknown) => {
  window.suggestBench = { error: String(error) };
});
