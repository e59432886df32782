/**
 * Scenes: saved views with a title and a caption. Pure — applying a scene (applyScene.ts)
 * talks to the store only through its actions; capturing, quoting and the scene file
 * format need neither React nor a store.
 *
 * Scene file, version 1 (what "Export scenes" writes and "Import scenes" reads):
 *   { "stanceMapScenes": 1, "dataset": "astana-22", "scenes": [Scene, …] }
 * Each scene is checked with the dataset format's own `sceneSchema` and
 * `checkSceneReferences`, so a file that imports is a file the dataset could ship.
 */
import { slugify, uniqueId } from '../data/slug';
import { describeIssue, describeValue, shorten } from '../data/describeIssue';
import {
  checkSceneReferences,
  formatPath,
  MAX_REPORTED_PROBLEMS,
  formatProblem,
  type DatasetProblem,
  type KnownIds,
} from '../data/parseDataset';
import {
  sceneSchema,
  type Evidence,
  type Scene,
  type SceneView,
  type Stance,
} from '../data/schema';
import type { DatasetIndex } from '../graph/datasetIndex';
import { buildGraph, neighbourhood, stancePassesFilters } from '../graph/buildGraph';
import type { UiState } from '../state/uiStore';
import { sceneFraming, sceneViewState, type Framing } from './applyScene';

export const SCENE_FILE_VERSION = 1;
/** Larger files are refused before parsing; a briefing is a few kilobytes. */
export const MAX_SCENE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_SCENES = 200;
/** Titles stay one line long: 80 characters at most. */
const shortTitle = (title: string) => shorten(title, 80);

/* ------------------------------------------------------------------ applying */

// Applying a scene is needed at start (a `?scene=` link), so it lives apart, in the first view.
export { applyScene, sceneFraming, sceneViewState, type Framing } from './applyScene';

/**
 * For presenting and printing: a scene without a focus frames its selection and the
 * actors around it, else all of its actors, by id. Framing by id lets the map zoom a
 * small scene up further than "fit all" does (room-sized type).
 */
export function presentationFraming(index: DatasetIndex, scene: Scene): Framing {
  if (scene.view.focus?.length) return sceneFraming(scene);
  const { filters, joint, selection } = sceneViewState(scene.view);
  const graph = buildGraph(index, { filters, joint });
  const near = neighbourhood(graph, selection);
  const focus = near?.size ? [...near] : graph.nodes.map((node) => node.id);
  return { focus, zoom: scene.view.zoom ?? 1 };
}

/* ----------------------------------------------------------------- capturing */

export type CapturableState = Pick<UiState, 'selection' | 'filters' | 'joint' | 'camera'>;

/** The current view as a scene view, leaving out what is default so files stay short. */
export function captureSceneView(
  state: CapturableState,
  camera: { focus: string[] | null; zoom: number } = state.camera,
): SceneView {
  const view: SceneView = {};
  const { filters } = state;
  if (filters.topics.length) view.topics = [...filters.topics];
  if (filters.polarities.length) view.polarities = [...filters.polarities];
  if (filters.types.length) view.types = [...filters.types];
  if (filters.roles.length) view.roles = [...filters.roles];
  if (filters.documents?.length) view.documents = [...filters.documents];
  if (state.selection) view.selection = { ...state.selection };
  view.joint = state.joint;
  if (camera.focus?.length) view.focus = [...camera.focus];
  const zoom = Math.round(camera.zoom * 100) / 100;
  if (zoom !== 1) view.zoom = Math.min(10, Math.max(0.1, zoom));
  return view;
}

export function captureScene(
  state: CapturableState,
  {
    id,
    title,
    caption = '',
    camera,
  }: {
    id: string;
    title: string;
    caption?: string;
    camera?: { focus: string[] | null; zoom: number };
  },
): Scene {
  const view = captureSceneView(state, camera);
  const scene: Scene = { id, title, caption, view };
  if (state.selection?.kind === 'stance') scene.quotes = [state.selection.id];
  return scene;
}

/** A readable, unique id for a new scene: "gaza-close-up", "gaza-close-up-2", … */
export function uniqueSceneId(title: string, taken: ReadonlySet<string>): string {
  return uniqueId(slugify(title, 'scene'), taken);
}

/** A short default title for a captured view, in the analyst's words where we have them. */
export function suggestSceneTitle(index: DatasetIndex, state: CapturableState): string {
  const selection = state.selection;
  if (selection?.kind === 'actor') {
    const actor = index.actorsById.get(selection.id);
    if (actor) return actor.name;
  }
  if (selection?.kind === 'stance') {
    const stance = index.stancesById.get(selection.id);
    if (stance) return shortTitle(stance.summary);
  }
  const topics = state.filters.topics
    .map((id) => index.topicsById.get(id)?.label)
    .filter((label): label is string => !!label)
    .join(' · ');
  const documents = (state.filters.documents ?? [])
    .map((id) => index.dataset.documents.find((document) => document.id === id)?.title)
    .filter((title): title is string => !!title)
    .join(', ');
  if (topics && documents) return shortTitle(`${topics}, from ${documents}`);
  if (topics) return topics;
  if (documents) return shortTitle(`From ${documents}`);
  return 'Whole map';
}

/* ------------------------------------------------------------------- quoting */

export interface SceneQuote {
  /** document:start-end; identical spans backing several stances show once. */
  key: string;
  evidence: Evidence;
  stanceIds: string[];
}

/** The stances whose quotes a scene shows: its `quotes`, else its selection's. */
export function sceneQuoteStances(
  index: DatasetIndex,
  scene: Pick<Scene, 'view' | 'quotes'>,
): Stance[] {
  if (scene.quotes) {
    return scene.quotes
      .map((id) => index.stancesById.get(id))
      .filter((stance): stance is Stance => !!stance);
  }
  const selection = scene.view.selection;
  if (!selection) return [];
  if (selection.kind === 'stance') {
    const stance = index.stancesById.get(selection.id);
    return stance ? [stance] : [];
  }
  const filters = sceneViewState(scene.view).filters;
  return index.dataset.stances.filter(
    (stance) =>
      (stance.to === selection.id ||
        stance.from.includes(selection.id) ||
        index.actorsById.get(selection.id)?.members?.every((m) => stance.from.includes(m))) &&
      stancePassesFilters(index, stance, filters),
  );
}

/** Distinct evidence spans behind a scene, in the order its stances give them. */
export function sceneQuotes(
  index: DatasetIndex,
  scene: Pick<Scene, 'view' | 'quotes'>,
): SceneQuote[] {
  const byKey = new Map<string, SceneQuote>();
  for (const stance of sceneQuoteStances(index, scene)) {
    for (const evidence of stance.evidence) {
      const key = `${evidence.document}:${evidence.start}-${evidence.end}`;
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.stanceIds.includes(stance.id)) seen.stanceIds.push(stance.id);
      } else byKey.set(key, { key, evidence, stanceIds: [stance.id] });
    }
  }
  // A span that lies inside another shown span adds nothing on screen.
  const all = [...byKey.values()];
  return all.filter(
    (quote) =>
      !all.some(
        (other) =>
          other !== quote &&
          other.evidence.document === quote.evidence.document &&
          other.evidence.start <= quote.evidence.start &&
          other.evidence.end >= quote.evidence.end,
      ),
  );
}

/* ---------------------------------------------------------------- scene file */

export interface SceneFile {
  stanceMapScenes: typeof SCENE_FILE_VERSION;
  dataset: string;
  scenes: Scene[];
}

export function serializeSceneFile(datasetId: string, scenes: readonly Scene[]): string {
  const file: SceneFile = {
    stanceMapScenes: SCENE_FILE_VERSION,
    dataset: datasetId,
    scenes: [...scenes],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export class SceneFileError extends Error {
  readonly problems: DatasetProblem[];
  readonly total: number;

  constructor(problems: DatasetProblem[], total = problems.length) {
    const first = problems[0];
    super(
      (first ? formatProblem(first) : 'not a valid scene file') +
        (total > 1 ? ` (and ${total - 1} more)` : ''),
    );
    this.name = 'SceneFileError';
    this.problems = problems;
    this.total = total;
  }
}

export function knownIdsOf(index: DatasetIndex): KnownIds {
  return {
    actorIds: new Set(index.actorsById.keys()),
    topicIds: new Set(index.topicsById.keys()),
    stanceIds: new Set(index.stancesById.keys()),
    documentIds: new Set(index.dataset.documents.map((document) => document.id)),
  };
}

/**
 * Check scenes already parsed from JSON: shape (zod), unique ids, references into the
 * dataset. Returns every problem with its path, prefixed by `prefix`.
 */
export function checkScenes(
  raw: unknown,
  known: KnownIds,
  prefix = 'scenes',
): { scenes: Scene[]; problems: DatasetProblem[] } {
  if (!Array.isArray(raw)) {
    return {
      scenes: [],
      problems: [
        { path: prefix, reason: `expected an array of scenes, got ${describeValue(raw)}` },
      ],
    };
  }
  const problems: DatasetProblem[] = [];
  if (raw.length > MAX_SCENES) {
    problems.push({
      path: prefix,
      reason: `holds ${raw.length} scenes; at most ${MAX_SCENES} are allowed`,
    });
    return { scenes: [], problems };
  }
  const scenes: Scene[] = [];
  raw.forEach((item: unknown, i) => {
    const parsed = sceneSchema.safeParse(item);
    if (parsed.success) scenes.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({
          path: formatPath([prefix, i, ...issue.path]),
          reason: describeIssue(issue, item),
        });
  });
  if (problems.length) return { scenes: [], problems };
  const seen = new Set<string>();
  scenes.forEach((scene, i) => {
    if (seen.has(scene.id))
      problems.push({ path: `${prefix}[${i}].id`, reason: `duplicate id "${scene.id}"` });
    seen.add(scene.id);
  });
  problems.push(...checkSceneReferences(scenes, known, prefix));
  return { scenes: problems.length ? [] : scenes, problems };
}

/**
 * Read a scene file for this dataset. Returns its scenes, or throws a SceneFileError
 * whose problems name the path and the reason (`scenes[2].view.topics[0]: unknown topic "x"`,
 * `scenes[0].view.documents[1]: unknown document "y"`).
 */
export function parseSceneFile(
  json: string,
  { datasetId, known }: { datasetId: string; known: KnownIds },
): Scene[] {
  const fail = (path: string, reason: string): never => {
    throw new SceneFileError([{ path, reason }]);
  };
  if (json.length > MAX_SCENE_FILE_BYTES)
    fail(
      '',
      `the file is ${(json.length / 1024 / 1024).toFixed(1)} MB; scene files larger than 2 MB are refused`,
    );
  if (!json.trim()) fail('', 'the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail('', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    fail(
      '',
      `expected a JSON object with "stanceMapScenes", "dataset" and "scenes", got ${describeValue(raw)}`,
    );
  const file = raw as Record<string, unknown>;
  const version = file.stanceMapScenes;
  if (version === undefined)
    fail('stanceMapScenes', 'missing; this is not a Stance Map scene file');
  if (version !== SCENE_FILE_VERSION)
    fail(
      'stanceMapScenes',
      `unsupported version ${describeValue(version)}; this app reads version ${SCENE_FILE_VERSION}`,
    );
  if (typeof file.dataset !== 'string' || !file.dataset)
    fail(
      'dataset',
      `expected the id of the dataset the scenes belong to, got ${describeValue(file.dataset)}`,
    );
  if (file.dataset !== datasetId)
    fail(
      'dataset',
      `these scenes are for the dataset "${String(file.dataset)}", not "${datasetId}"`,
    );
  const { scenes, problems } = checkScenes(file.scenes, known);
  if (problems.length)
    throw new SceneFileError(problems.slice(0, MAX_REPORTED_PROBLEMS), problems.length);
  return scenes;
}

/**
 * Add imported scenes after the existing ones. An id already in use (by a default or a
 * user scene) gets a suffix, so importing the same file twice never overwrites.
 */
export function mergeScenes(
  existing: readonly Scene[],
  incoming: readonly Scene[],
  reserved: ReadonlySet<string> = new Set(),
): { scenes: Scene[]; renamed: Array<{ from: string; to: string }> } {
  const taken = new Set([...reserved, ...existing.map((scene) => scene.id)]);
  const renamed: Array<{ from: string; to: string }> = [];
  const added = incoming.map((scene) => {
    if (!taken.has(scene.id)) {
      taken.add(scene.id);
      return scene;
    }
    // "gaza-2" taken becomes "gaza-3", not "gaza-2-2".
    const id = uniqueSceneId(scene.id.replace(/-\d+$/, ''), taken);
    taken.add(id);
    renamed.push({ from: scene.id, to: id });
    return { ...scene, id };
  });
  return { scenes: [...existing, ...added], renamed };
}

/** Move the item at `from` by `delta` places, clamped to the list. */
export function moveItem<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + delta));
  if (to === from || from < 0 || from >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
