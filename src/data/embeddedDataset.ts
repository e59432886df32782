/**
 * The dataset a saved briefing file carries in the page itself, as
 * `<script type="application/json" id="stance-map-dataset">`: the offline build reads it
 * there instead of fetching (see src/export/offlineFile.ts). Checked like a fetched one.
 */
import { DatasetError, parseDataset } from './parseDataset';
import type { Dataset } from './schema';

export const EMBEDDED_DATASET_ELEMENT_ID = 'stance-map-dataset';
const FILE_LABEL = 'the dataset inside this file';

export function readEmbeddedDataset(doc: Document = document): Dataset {
  const element = doc.getElementById(EMBEDDED_DATASET_ELEMENT_ID);
  if (!element?.textContent)
    throw new DatasetError(FILE_LABEL, [{ path: '', reason: 'this page carries no dataset' }]);
  return parseDataset(element.textContent, FILE_LABEL);
}
