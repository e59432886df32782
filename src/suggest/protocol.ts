/** Messages between runSuggestions and the suggest worker. */
import type { KnownContext, Suggestion } from './types';

export interface SuggestRequest {
  id: number;
  text: string;
  known?: KnownContext;
}

export type SuggestResponse =
  | { id: number; ok: true; suggestions: Suggestion[]; milliseconds: number }
  | { id: number; ok: false; error: string };
