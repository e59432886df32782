/** What the embedded dataset should look like on screen, computed by the app's own pure core. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDataset } from '../../src/data/parseDataset';
import { buildGraph } from '../../src/graph/buildGraph';
import { indexDataset } from '../../src/graph/datasetIndex';
import { NO_FILTERS, type Filters } from '../../src/graph/filters';

const file = path.resolve(__dirname, '../../public/data/astana-22.json');
export const astana = checkDataset(JSON.parse(readFileSync(file, 'utf8')), 'astana-22.json');
export const astanaIndex = indexDataset(astana);

/** Number of stance links the map should draw (bloc mode) for these filters. */
export function expectedStanceLinks(filters: Partial<Filters> = {}): number {
  return buildGraph(astanaIndex, { filters: { ...NO_FILTERS, ...filters }, joint: 'bloc' }).counts
    .links;
}

export function actorName(id: string): string {
  const actor = astanaIndex.actorsById.get(id);
  if (!actor) throw new Error(`no actor ${id} in astana-22`);
  return actor.name;
}

export function topicLabel(id: string): string {
  const topic = astanaIndex.topicsById.get(id);
  if (!topic) throw new Error(`no topic ${id} in astana-22`);
  return topic.label;
}
