export { suggestStances } from './suggestStances';
export type { ActorRef, AddresseeRef, KnownContext, SpeakerRef, Suggestion } from './types';
