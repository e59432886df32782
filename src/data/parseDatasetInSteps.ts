/**
 * parseDataset for big files (about 1 MB of JSON and more), in stages (JSON, limits and
 * shape, cross-checks) with the main thread free between them, so no single task of a
 * load under the limits runs long. Loaded only when such a file comes (see loadDataset).
 */
import type { core } from 'zod/mini';
import { describeIssue } from './describeIssue';
import {
  checkShape,
  checkShapePreamble,
  crossChecked,
  DatasetError,
  formatPath,
  MAX_REPORTED_PROBLEMS,
  readJson,
  type DatasetProblem,
} from './parseDataset';
import {
  actorSchema,
  datasetSchema,
  documentSchema,
  sceneSchema,
  stanceSchema,
  topicSchema,
  type Dataset,
} from './schema';

/** Let the browser paint and handle input between stages of a big load. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseDatasetInSteps(json: string, file: string): Promise<Dataset> {
  const raw = readJson(json, file);
  await yieldToBrowser();
  const dataset = await checkShapeInChunks(raw, file);
  await yieldToBrowser();
  return crossChecked(dataset, file);
}

const LISTS = {
  documents: documentSchema,
  actors: actorSchema,
  topics: topicSchema,
  stances: stanceSchema,
  scenes: sceneSchema,
} as const;
type ListKey = keyof typeof LISTS;
const CHUNK = 1000;

/**
 * checkShape with the long lists checked a chunk at a time between yields: the object
 * with each list cut to its first item (so the lists' own rules still apply), then the
 * other items with the item schema. The same problems as checkShape, the same order
 * within a list.
 */
async function checkShapeInChunks(raw: unknown, file: string): Promise<Dataset> {
  const top = raw as Record<string, unknown>;
  const long = (Object.keys(LISTS) as ListKey[]).filter(
    (key) => Array.isArray(top?.[key]) && (top[key] as unknown[]).length > CHUNK,
  );
  if (!long.length) return checkShape(raw, file);
  const cut: Record<string, unknown> = { ...top };
  for (const key of long) cut[key] = (top[key] as unknown[]).slice(0, 1);
  checkShapePreamble(raw, file);
  const problems: DatasetProblem[] = [];
  let total = 0;
  const report = (issues: readonly core.$ZodIssue[], root: unknown, prefix: PropertyKey[]) => {
    total += issues.length;
    for (const issue of issues) {
      if (problems.length >= MAX_REPORTED_PROBLEMS) break;
      problems.push({
        path: formatPath([...prefix, ...issue.path]),
        reason: describeIssue(issue, root),
      });
    }
  };
  const head = datasetSchema.safeParse(cut);
  if (!head.success) report(head.error.issues, cut, []);
  const rest: Partial<Record<ListKey, unknown[]>> = {};
  for (const key of long) {
    const items = top[key] as unknown[];
    const schema = LISTS[key];
    const out: unknown[] = [];
    for (let from = 1; from < items.length; from += CHUNK) {
      await yieldToBrowser();
      for (let i = from; i < Math.min(items.length, from + CHUNK); i++) {
        const parsed = schema.safeParse(items[i]);
        if (parsed.success) out.push(parsed.data);
        else report(parsed.error.issues, items[i], [key, i]);
      }
    }
    rest[key] = out;
  }
  if (total > 0 || !head.success) throw new DatasetError(file, problems, total);
  const dataset = head.data as Record<string, unknown>;
  for (const key of long) dataset[key] = [...(dataset[key] as unknown[]), ...rest[key]!];
  return dataset as Dataset;
}
