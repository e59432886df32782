import type { ActorKind, Attribution, StanceTypeId } from '../data/vocabulary';
import type { Actor, Topic } from '../data/schema';

/** An actor the dataset already has, or one the extractor proposes (created only on acceptance). */
export type ActorRef =
  { known: true; id: string; name: string } | { known: false; name: string; kind: ActorKind };

export type SpeakerRef = ActorRef;
export type AddresseeRef = ActorRef;

export interface Suggestion {
  /** Who takes the stance; empty when no speaker could be found anywhere in the text. */
  from: SpeakerRef[];
  to: AddresseeRef;
  type: StanceTypeId;
  /** UTF-16 offsets into the text; `quote === text.slice(start, end)` always. */
  start: number;
  end: number;
  quote: string;
  attribution: Attribution;
  topics: string[];
  /** Index of the paragraph (non-empty line) the span is in. */
  paragraph: number;
  /** Which rules proposed it: the trigger rule, then how the addressee was found. */
  rule: string;
}

export interface KnownContext {
  actors: Actor[];
  topics: Topic[];
}
