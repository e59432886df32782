/**
 * A dataset opened from an address (?src=) is kept in the library too, so it is in the
 * Library's list and opens offline later. One entry per address: opening it again
 * replaces that entry's copy rather than adding another.
 */
import type { Dataset } from '../data/schema';
import { getAppLibrary } from './appLibrary';

export async function rememberUrlDataset(url: string, dataset: Dataset): Promise<void> {
  const library = getAppLibrary();
  const known = (await library.list()).find(
    (entry) => entry.origin.kind === 'url' && entry.origin.url === url,
  );
  if (!known) {
    await library.add(dataset, { kind: 'url', url });
    return;
  }
  await library.save(known.id, dataset, { expectedRevision: known.revision, draft: false });
  await library.touch(known.id);
}
