/** Stances as readable sentences: "Türkiye, Russia and Iran condemn Israel". */
import type { Actor, Stance } from '../data/schema';
import type { JointMode } from '../data/schema';
import { stanceTypeOf } from '../data/vocabulary';
import { blocFor, type DatasetIndex } from './datasetIndex';

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function nameInSentence(actor: Actor | undefined, fallbackId: string): string {
  if (!actor) return fallbackId;
  return actor.inSentence ?? actor.name;
}

export function actorName(index: DatasetIndex, id: string): string {
  return index.actorsById.get(id)?.name ?? id;
}

/** The sentence for a whole stance; in bloc mode a bloc's signatories read as the bloc. */
export function stanceSentence(
  index: DatasetIndex,
  stance: Stance,
  joint: JointMode = 'separate',
): string {
  const type = stanceTypeOf(stance.type);
  const to = nameInSentence(index.actorsById.get(stance.to), stance.to);
  const bloc = joint === 'bloc' ? blocFor(index, stance) : undefined;
  if (bloc) return `${capitalise(nameInSentence(bloc, bloc.id))} ${type.verb} ${to}`;
  const names = stance.from.map((id) => nameInSentence(index.actorsById.get(id), id));
  const verb = names.length === 1 ? type.verbSingular : type.verb;
  return `${capitalise(listNames(names))} ${verb} ${to}`;
}

/** The sentence for one signatory's link in separate mode: "Türkiye condemns Israel (with Russia and Iran)". */
export function signatorySentence(index: DatasetIndex, stance: Stance, signatory: string): string {
  const type = stanceTypeOf(stance.type);
  const to = nameInSentence(index.actorsById.get(stance.to), stance.to);
  const others = stance.from
    .filter((id) => id !== signatory)
    .map((id) => nameInSentence(index.actorsById.get(id), id));
  const self = capitalise(nameInSentence(index.actorsById.get(signatory), signatory));
  return `${self} ${type.verbSingular} ${to}${others.length ? ` (with ${listNames(others)})` : ''}`;
}
