import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../../src/data/parseDataset';
import type { Dataset } from '../../src/data/schema';

export const repoRoot = resolve(__dirname, '../..');

export function readRepoFile(path: string): string {
  return readFileSync(resolve(repoRoot, path), 'utf8');
}

/** The real embedded dataset, parsed and checked as the app does. */
export function loadAstana22(): Dataset {
  return parseDataset(readRepoFile('public/data/astana-22.json'), 'astana-22.json');
}
