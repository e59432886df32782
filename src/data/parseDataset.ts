/**
 * The boundary: raw text in, a checked Dataset out, or a DatasetError that names the
 * file, the path inside the data and the reason. Past this point nothing re-checks.
 */
import { describeIssue, describeValue, shorten } from './describeIssue';
import { limitProblems } from './limits';
import { encodingProblem } from './textEncoding';
import { spanCutProblems } from './graphemes';
import { datasetSchema, type Dataset } from './schema';
import { DatasetError, type DatasetProblem } from './datasetError';

/** Larger files are refused before parsing so a bad upload cannot hang the tab. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;
export const MAX_REPORTED_PROBLEMS = 20;

// The error type lives on its own, so that code which only reports errors need not load
// the checks (see loadDataset); re-exported here for everything that checks.
export { DatasetError, formatProblem, type DatasetProblem } from './datasetError';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${shorten(String(key))}` : shorten(String(key));
  }
  return out;
}

function byteLength(text: string): number {
  // Exact UTF-8 length only matters near the limit; avoid encoding megabytes needlessly.
  return text.length * 3 < MAX_DATASET_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file of `bytes` is refused, or null when it is within the limit. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_DATASET_BYTES
    ? `the file is ${formatMB(bytes)}; files larger than ${formatMB(MAX_DATASET_BYTES)} are refused`
    : null;
}

/** Size, encoding and JSON: the text to a raw value, or a DatasetError. */
export function readJson(json: string, file: string): unknown {
  const tooLarge = sizeProblem(byteLength(json));
  if (tooLarge) throw new DatasetError(file, [{ path: '', reason: tooLarge }]);
  const encoding = encodingProblem(json);
  if (encoding) throw new DatasetError(file, [{ path: '', reason: encoding }]);
  // A UTF-8 byte-order mark survives some readers; it is not part of the JSON.
  if (json.charCodeAt(0) === 0xfeff) json = json.slice(1);
  try {
    return JSON.parse(json);
  } catch (error) {
    const detail = shorten(error instanceof Error ? error.message : String(error), 200);
    const looksLikeHtml = /^\s*</.test(json);
    throw new DatasetError(file, [
      {
        path: '',
        reason: looksLikeHtml
          ? 'not JSON: the server sent an HTML page (is the file name right?)'
          : `not JSON: ${detail}`,
      },
    ]);
  }
}

/** Parse and fully check a dataset given as JSON text. Throws DatasetError. */
export function parseDataset(json: string, file: string): Dataset {
  return checkDataset(readJson(json, file), file);
}

/** Check an already-parsed value: schema first, then references and quotes. */
export function checkDataset(raw: unknown, file: string): Dataset {
  return crossChecked(checkShape(raw, file), file);
}

/** The dataset, once its references and quotes hold; else a DatasetError listing them. */
export function crossChecked(dataset: Dataset, file: string): Dataset {
  const problems = crossCheck(dataset);
  if (problems.length > 0) {
    throw new DatasetError(file, problems.slice(0, MAX_REPORTED_PROBLEMS), problems.length);
  }
  return dataset;
}

/** Top-level type, version and the size limits (cheap counts): before any schema work. */
export function checkShapePreamble(raw: unknown, file: string): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DatasetError(file, [
      { path: '', reason: `expected a JSON object at the top level, got ${describeValue(raw)}` },
    ]);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 1) {
    throw new DatasetError(file, [
      {
        path: 'schemaVersion',
        reason:
          version === undefined
            ? 'missing; this app reads schemaVersion 1'
            : `unsupported version ${describeValue(version)}; this app reads schemaVersion 1`,
      },
    ]);
  }
  const overLimits = limitProblems(raw);
  if (overLimits.length) throw new DatasetError(file, overLimits);
}

/** Top-level type, version, the size limits, then the zod schema. */
export function checkShape(raw: unknown, file: string): Dataset {
  checkShapePreamble(raw, file);
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    throw new DatasetError(
      file,
      issues
        .slice(0, MAX_REPORTED_PROBLEMS)
        .map((issue) => ({ path: formatPath(issue.path), reason: describeIssue(issue, raw) })),
      issues.length,
    );
  }
  return parsed.data;
}

function ids<T extends { id: string }>(
  items: readonly T[],
  path: string,
  problems: DatasetProblem[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      problems.push({ path: `${path}[${index}].id`, reason: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

/** Everything zod cannot see: unique ids, references that resolve, quotes that match. */
function crossCheck(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  ids(dataset.documents, 'documents', problems);
  const actorIds = ids(dataset.actors, 'actors', problems);
  const topicIds = ids(dataset.topics, 'topics', problems);
  const stanceIds = ids(dataset.stances, 'stances', problems);
  const event = dataset.event;
  if (event?.endDate && event.endDate < event.startDate) {
    problems.push({
      path: 'event.endDate',
      reason: `${event.endDate} is before the start date ${event.startDate}`,
    });
  }
  const unknown = (kind: string, value: string, known: Set<string>) =>
    known.has(value) ? null : `unknown ${kind} "${shorten(value)}"`;

  dataset.documents.forEach((document, d) => {
    document.participants.forEach((participant, p) => {
      const reason = unknown('actor', participant.actor, actorIds);
      if (reason) problems.push({ path: `documents[${d}].participants[${p}].actor`, reason });
    });
  });
  dataset.actors.forEach((actor, a) => {
    actor.members?.forEach((member, m) => {
      const reason =
        member === actor.id
          ? 'a bloc cannot be its own member'
          : actor.members!.indexOf(member) !== m
            ? `actor "${member}" is listed twice`
            : unknown('actor', member, actorIds);
      if (reason) problems.push({ path: `actors[${a}].members[${m}]`, reason });
    });
  });

  const texts = new Map(dataset.documents.map((document) => [document.id, document.text]));
  dataset.stances.forEach((stance, s) => {
    const at = `stances[${s}]`;
    const from = new Set<string>();
    stance.from.forEach((actor, f) => {
      const reason = from.has(actor)
        ? `actor "${actor}" is listed twice`
        : unknown('actor', actor, actorIds);
      if (reason) problems.push({ path: `${at}.from[${f}]`, reason });
      from.add(actor);
    });
    // `to` may also be a signatory: the guarantors, Türkiye among them, can address Türkiye.
    const toReason = unknown('actor', stance.to, actorIds);
    if (toReason) problems.push({ path: `${at}.to`, reason: toReason });
    stance.topics.forEach((topic, t) => {
      const reason =
        stance.topics.indexOf(topic) !== t
          ? `topic "${topic}" is listed twice`
          : unknown('topic', topic, topicIds);
      if (reason) problems.push({ path: `${at}.topics[${t}]`, reason });
    });
    stance.evidence.forEach((evidence, e) => {
      const path = `${at}.evidence[${e}]`;
      const text = texts.get(evidence.document);
      if (text === undefined) {
        problems.push({
          path: `${path}.document`,
          reason: `unknown document "${evidence.document}"`,
        });
        return;
      }
      if (evidence.end <= evidence.start) {
        problems.push({
          path,
          reason: `end (${evidence.end}) must be greater than start (${evidence.start})`,
        });
      } else if (evidence.end > text.length) {
        problems.push({
          path,
          reason: `span ${evidence.start}–${evidence.end} runs past the end of document "${evidence.document}" (${text.length} characters)`,
        });
      } else if (text.slice(evidence.start, evidence.end) !== evidence.quote) {
        const elsewhere = text.indexOf(evidence.quote);
        problems.push({
          path,
          reason:
            `quote does not match the text at ${evidence.start}–${evidence.end}` +
            (elsewhere >= 0
              ? ` (it appears at ${elsewhere}–${elsewhere + evidence.quote.length})`
              : ' (and is not found anywhere in the document)'),
        });
      } else {
        for (const cut of spanCutProblems(text, evidence.start, evidence.end))
          problems.push({ path: `${path}.${cut.field}`, reason: cut.reason });
      }
    });
  });

  if (dataset.scenes) {
    ids(dataset.scenes, 'scenes', problems);
    problems.push(
      ...checkSceneReferences(dataset.scenes, {
        actorIds,
        topicIds,
        stanceIds,
        documentIds: new Set(texts.keys()),
      }),
    );
  }
  return problems;
}

export interface KnownIds {
  actorIds: Set<string>;
  topicIds: Set<string>;
  stanceIds: Set<string>;
  documentIds: Set<string>;
}

/** Scenes name topics, documents, actors and stances; each must exist. Shared with scene import. */
export function checkSceneReferences(
  scenes: Dataset['scenes'] & object,
  known: KnownIds,
  prefix = 'scenes',
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  scenes.forEach((scene, i) => {
    const at = `${prefix}[${i}]`;
    scene.view.topics?.forEach((topic, t) => {
      if (!known.topicIds.has(topic))
        problems.push({ path: `${at}.view.topics[${t}]`, reason: `unknown topic "${topic}"` });
    });
    scene.view.documents?.forEach((document, d) => {
      if (!known.documentIds.has(document))
        problems.push({
          path: `${at}.view.documents[${d}]`,
          reason: `unknown document "${document}"`,
        });
    });
    scene.view.focus?.forEach((actor, f) => {
      if (!known.actorIds.has(actor))
        problems.push({ path: `${at}.view.focus[${f}]`, reason: `unknown actor "${actor}"` });
    });
    const selection = scene.view.selection;
    if (selection) {
      const set = selection.kind === 'actor' ? known.actorIds : known.stanceIds;
      if (!set.has(selection.id))
        problems.push({
          path: `${at}.view.selection.id`,
          reason: `unknown ${selection.kind} "${selection.id}"`,
        });
    }
    scene.quotes?.forEach((stance, q) => {
      if (!known.stanceIds.has(stance))
        problems.push({ path: `${at}.quotes[${q}]`, reason: `unknown stance "${stance}"` });
    });
  });
  return problems;
}
