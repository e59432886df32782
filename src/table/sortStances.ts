/**
 * Rows of the Table view and their sort order. Pure: the table shows exactly the
 * graph's visible stances, only reordered.
 */
import type { JointMode, Stance } from '../data/schema';
import { POLARITIES, STANCE_TYPE_IDS, STANCE_TYPES } from '../data/vocabulary';
import { blocFor, type DatasetIndex } from '../graph/datasetIndex';
import { actorName, listNames } from '../graph/sentences';

export type SortKey = 'from' | 'stance' | 'to' | 'topics';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** Who a row shows as speaking: the bloc in bloc mode when the signatories are one, else each. */
export function speakersOf(index: DatasetIndex, stance: Stance, joint: JointMode): string[] {
  const bloc = joint === 'bloc' ? blocFor(index, stance) : undefined;
  return bloc ? [bloc.id] : stance.from;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sortText(index: DatasetIndex, stance: Stance, key: SortKey, joint: JointMode): string {
  switch (key) {
    case 'from':
      return listNames(speakersOf(index, stance, joint).map((id) => actorName(index, id)));
    case 'to':
      return actorName(index, stance.to);
    case 'topics':
      return stance.topics.map((id) => index.topicsById.get(id)?.label ?? id).join(', ');
    case 'stance': {
      // Polarity first (as the legend groups types), then the type's place in the vocabulary.
      const type = STANCE_TYPES[stance.type];
      const p = POLARITIES.indexOf(type.polarity);
      const t = STANCE_TYPE_IDS.indexOf(stance.type);
      return `${String(p).padStart(2, '0')}${String(t).padStart(3, '0')}`;
    }
  }
}

/** A new array sorted by `order`; ties keep dataset order, in both directions. */
export function sortStances(
  index: DatasetIndex,
  stances: readonly Stance[],
  order: SortOrder | null,
  joint: JointMode,
): Stance[] {
  if (!order) return [...stances];
  const sign = order.direction === 'ascending' ? 1 : -1;
  const keyed = stances.map((stance, position) => ({
    stance,
    position,
    text: sortText(index, stance, order.key, joint),
  }));
  keyed.sort((a, b) => sign * collator.compare(a.text, b.text) || a.position - b.position);
  return keyed.map((item) => item.stance);
}

/** Click on a column: sort ascending, then descending, then ascending again. */
export function nextOrder(current: SortOrder | null, key: SortKey): SortOrder {
  if (current?.key === key && current.direction === 'ascending')
    return { key, direction: 'descending' };
  return { key, direction: 'ascending' };
}
