/**
 * A dataset from the library (?data=local:ID), checked like any other: the stored JSON
 * goes through parseDataset, so a draft with problems shows them instead of a map.
 */
import { DatasetError, parseDataset } from '../data/parseDataset';
import type { Dataset } from '../data/schema';
import { getAppLibrary } from './appLibrary';

export async function loadLocalDataset(id: string): Promise<Dataset> {
  const library = getAppLibrary();
  const record = await library.get(id);
  const name = `local:${id}`;
  if (!record) {
    throw new DatasetError(name, [
      {
        path: '',
        reason:
          "this browser's library has no such dataset: it was deleted, or it was opened in another " +
          'browser or profile (a local: link opens only where the dataset was opened). Open the file again (Open a file…)',
      },
    ]);
  }
  const dataset = parseDataset(JSON.stringify(record.dataset), `${record.title} (${name})`);
  // Last opened, for the Library's list; a failure to note it must not stop the opening.
  library.touch(id).catch(() => undefined);
  return dataset;
}
