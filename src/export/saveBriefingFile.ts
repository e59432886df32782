/**
 * Fetch the offline build this app was built with and write the briefing file (see
 * offlineFile.ts). The only part of that export that needs a browser and a server.
 */
import type { Dataset, Scene } from '../data/schema';
import { downloadText } from './download';
import {
  OFFLINE_APP_FILES,
  briefingDataset,
  buildOfflineHtml,
  scriptForInline,
  sha256Base64,
} from './offlineFile';
import { fileStem } from './sourceLine';

async function fetchText(path: string): Promise<string> {
  const url = new URL(path, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`${path} could not be fetched (is the app's server still running?)`);
  }
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status}`);
  return response.text();
}

/** Writes the file; resolves to its size and the embedded dataset's, in bytes. */
export async function saveBriefingFile(
  dataset: Dataset,
  userScenes: readonly Scene[],
): Promise<{ fileBytes: number; datasetBytes: number; scenes: number }> {
  const [rawScript, styles] = await Promise.all([
    fetchText(OFFLINE_APP_FILES.script),
    fetchText(OFFLINE_APP_FILES.styles),
  ]);
  const script = scriptForInline(rawScript);
  const withScenes = briefingDataset(dataset, userScenes);
  const { html, datasetBytes } = buildOfflineHtml({
    script,
    styles,
    dataset: withScenes,
    scriptHash: sha256Base64(script),
  });
  downloadText(html, `${fileStem(dataset.id, 'briefing')}.html`, 'text/html;charset=utf-8');
  return {
    fileBytes: new TextEncoder().encode(html).length,
    datasetBytes,
    scenes: withScenes.scenes?.length ?? 0,
  };
}
