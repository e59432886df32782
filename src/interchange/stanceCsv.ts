/**
 * Stance spreadsheets in: CSV or TSV with columns from, to, type, topics, quote and
 * optional document, start, end, attribution, coded against an open dataset whose
 * documents the quotes come from. Names resolve to actors whatever their case or
 * accents; each quote must be found in its document exactly (once, or at the given
 * offsets); every error names the spreadsheet row (row 1 is the header). The app's
 * own CSV export (src/export/csv.ts: From, Stance, To, Topics, Quote, Attribution,
 * Start, End) reads back through it unchanged. Pure apart from papaparse.
 */
import { slugify, uniqueIds } from '../data/slug';
import { decodeUtf8 } from '../data/textEncoding';
import Papa from 'papaparse';
import type { DatasetProblem } from '../data/parseDataset';
import type { Actor, Dataset, Evidence, Stance, Topic } from '../data/schema';
import {
  STANCE_TYPES,
  STANCE_TYPE_IDS,
  stanceTypeOf,
  type ActorKind,
  type Attribution,
  type StanceTypeId,
} from '../data/vocabulary';
import { listNames } from '../graph/sentences';
import {
  clip,
  countDataset,
  fail,
  finishDataset,
  keepResolvableScenes,
  normalizeName,
  type ImportSummary,
} from './common';

const REQUIRED = ['from', 'to', 'type', 'topics', 'quote'] as const;
type Column = (typeof REQUIRED)[number] | 'document' | 'start' | 'end' | 'attribution';
const HEADER_ALIASES: Record<string, Column> = {
  from: 'from',
  to: 'to',
  type: 'type',
  stance: 'type',
  'stance type': 'type',
  topics: 'topics',
  topic: 'topics',
  quote: 'quote',
  document: 'document',
  start: 'start',
  end: 'end',
  attribution: 'attribution',
};

export interface NewActor {
  name: string;
  kind: ActorKind;
  /** Spreadsheet rows that name it. */
  rows: number[];
}

export type CsvReadResult =
  | { kind: 'dataset'; dataset: Dataset; summary: ImportSummary }
  | { kind: 'confirm-actors'; newActors: NewActor[]; summary: ImportSummary };

export interface CsvReadOptions {
  /** The dataset whose documents the quotes come from (the one open). */
  base: Dataset;
  /** Create the names that match no actor (after the user said yes). */
  confirmNewActors?: boolean;
}

/** The export protects cells from spreadsheet formulas with a leading apostrophe; undo it. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const LIST_SEPARATORS = /, | and /g;

interface NameIndex {
  find(name: string): string | undefined;
}

function nameIndex(actors: readonly Actor[]): NameIndex {
  const byName = new Map<string, string>();
  const add = (name: string | undefined, id: string) => {
    if (!name) return;
    const key = normalizeName(name);
    if (key && !byName.has(key)) byName.set(key, id);
  };
  for (const actor of actors) {
    add(actor.name, actor.id);
    add(actor.id, actor.id);
  }
  for (const actor of actors) {
    add(actor.shortName, actor.id);
    add(actor.inSentence, actor.id);
    actor.aliases.forEach((alias) => add(alias, actor.id));
  }
  return { find: (name) => byName.get(normalizeName(name)) };
}

/**
 * "Türkiye, Russia and Iran" → three names. Names may themselves hold "and" or commas
 * ("Appropriation and transfer of Syria’s oil and resources"), so the cell is cut only
 * where every piece is a known name; ";" always separates.
 */
export function splitNames(cell: string, index: NameIndex): string[] {
  if (cell.includes(';'))
    return cell
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean);
  const text = cell.trim();
  if (index.find(text)) return [text];
  const cuts: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(LIST_SEPARATORS))
    cuts.push({ start: match.index, end: match.index + match[0].length });
  // best[i]: a split of text up to boundary i into known names (boundary 0 = start).
  const bounds = [{ start: 0, end: 0 }, ...cuts];
  const best: Array<string[] | null> = bounds.map(() => null);
  best[0] = [];
  for (let i = 0; i < bounds.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i + 1; j <= bounds.length; j++) {
      const end = j === bounds.length ? text.length : bounds[j]!.start;
      const piece = text.slice(bounds[i]!.end, end);
      if (!index.find(piece)) continue;
      if (j === bounds.length) return [...before, piece];
      if (!best[j]) best[j] = [...before, piece];
    }
  }
  // Not all known: cut everywhere, so the unknown names can be listed one by one.
  return text
    .split(LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
}

function resolveType(cell: string): StanceTypeId | null {
  const wanted = normalizeName(cell);
  return (
    STANCE_TYPE_IDS.find(
      (id) =>
        id === wanted ||
        normalizeName(STANCE_TYPES[id].label) === wanted ||
        normalizeName(STANCE_TYPES[id].verbSingular) === wanted,
    ) ?? null
  );
}

function resolveAttribution(cell: string): Attribution | null {
  const value = normalizeName(cell);
  if (value === '' || value === 'direct' || value === 'communique') return 'direct';
  if (value === 'reported' || value === 'report') return 'reported';
  return null;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < 5; at = text.indexOf(quote, at + 1))
    found.push(at);
  return found;
}

export function readStanceCsv(
  bytes: Uint8Array,
  file: string,
  options: CsvReadOptions,
): CsvReadResult {
  const { base } = options;
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    fail(file, [{ path: '', reason: 'not UTF-8 text: save the spreadsheet as “CSV UTF-8”' }]);
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken)
    fail(file, [
      {
        path: `row ${(broken.row ?? 0) + 1}`,
        reason: `${broken.message.replace(/\.$/, '')}: a quote mark opens a cell that never closes`,
      },
    ]);
  const table = parsed.data;
  const header = table[0];
  if (!header || header.length < 2)
    fail(file, [
      {
        path: '',
        reason: 'not a spreadsheet: no header row with columns from, to, type, topics, quote',
      },
    ]);
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = HEADER_ALIASES[normalizeName(name)];
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length)
    fail(file, [
      {
        path: 'row 1',
        reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (columns are from, to, type, topics, quote; optional document, start, end, attribution)`,
      },
    ]);

  const actors = nameIndex(base.actors);
  const topicsByKey = new Map<string, Topic>();
  base.topics.forEach((topic) => {
    topicsByKey.set(normalizeName(topic.label), topic);
    topicsByKey.set(normalizeName(topic.id), topic);
  });
  const newTopics: Topic[] = [];
  const topicIds = uniqueIds(base.topics.map((t) => t.id));
  const documents = base.documents;
  const problems: DatasetProblem[] = [];
  const unknownNames = new Map<string, NewActor>();
  const newActorIds = new Map<string, string>();
  const actorIds = uniqueIds(base.actors.map((a) => a.id));

  const resolveActor = (name: string, row: number, side: 'from' | 'to'): string => {
    const known = actors.find(name);
    if (known) return known;
    const key = normalizeName(name);
    const entry = unknownNames.get(key) ?? {
      name: name.trim(),
      kind: side === 'from' ? 'organization' : 'issue',
      rows: [],
    };
    if (!entry.rows.includes(row)) entry.rows.push(row);
    if (side === 'from') entry.kind = 'organization';
    unknownNames.set(key, entry);
    let id = newActorIds.get(key);
    if (!id) newActorIds.set(key, (id = actorIds(slugify(name, 'actor'))));
    return id;
  };

  interface Draft {
    key: string;
    row: number;
    from: string[];
    to: string;
    type: StanceTypeId;
    topics: string[];
    evidence: Evidence[];
  }
  const drafts: Draft[] = [];

  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const at = `row ${row}`;
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : unguard(cells[index] ?? '');
    };
    const rowProblems: DatasetProblem[] = [];
    const type = resolveType(cell('type'));
    if (!type)
      rowProblems.push({
        path: `${at}, type`,
        reason: `unknown stance type “${clip(cell('type'), 60)}” (types are ${STANCE_TYPE_IDS.join(', ')})`,
      });
    const fromNames = splitNames(cell('from'), actors);
    if (!fromNames.length)
      rowProblems.push({ path: `${at}, from`, reason: 'empty: who takes the stance?' });
    const toName = cell('to').trim();
    if (!toName) rowProblems.push({ path: `${at}, to`, reason: 'empty: toward whom or what?' });
    const topicNames = cell('topics')
      .split(/[;|]/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (!topicNames.length)
      rowProblems.push({ path: `${at}, topics`, reason: 'empty: every stance needs a topic' });
    const quote = cell('quote');
    if (!quote.trim())
      rowProblems.push({
        path: `${at}, quote`,
        reason: 'empty: every stance needs the source’s words',
      });
    const attribution = resolveAttribution(cell('attribution'));
    if (!attribution)
      rowProblems.push({
        path: `${at}, attribution`,
        reason: `“${clip(cell('attribution'), 40)}” is neither direct (communiqué) nor reported (report)`,
      });

    // Which document, and where in it.
    let evidence: Evidence | null = null;
    if (quote.trim()) {
      const documentCell = cell('document').trim();
      const candidates = documentCell
        ? documents.filter(
            (d) => d.id === documentCell || normalizeName(d.title) === normalizeName(documentCell),
          )
        : documents;
      if (documentCell && !candidates.length)
        rowProblems.push({
          path: `${at}, document`,
          reason: `no document “${clip(documentCell, 80)}” in ${base.id}`,
        });
      const startCell = cell('start').trim();
      const endCell = cell('end').trim();
      const hasSpan = startCell !== '' || endCell !== '';
      const start = Number(startCell);
      const end = Number(endCell);
      if (
        hasSpan &&
        !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)
      )
        rowProblems.push({
          path: `${at}, start/end`,
          reason: `“${startCell}”–“${endCell}” is not a span of character offsets`,
        });
      else if (candidates.length) {
        const found = candidates.flatMap((document) =>
          (hasSpan
            ? document.text.slice(start, end) === quote
              ? [start]
              : []
            : occurrences(document.text, quote)
          ).map((offset) => ({ document, offset })),
        );
        if (found.length === 1) {
          const { document, offset } = found[0]!;
          evidence = {
            document: document.id,
            start: offset,
            end: offset + quote.length,
            quote,
            attribution: attribution ?? 'direct',
          };
        } else if (found.length === 0) {
          const elsewhere = candidates
            .flatMap((document) =>
              occurrences(document.text, quote).map(
                (offset) => `${offset}–${offset + quote.length}`,
              ),
            )
            .slice(0, 3);
          rowProblems.push({
            path: `${at}, quote`,
            reason: hasSpan
              ? `quote does not match the text at ${start}–${end}${elsewhere.length ? ` (it appears at ${elsewhere.join(', ')})` : ' (and is not found anywhere in the document)'}`
              : `quote not found in ${candidates.length === 1 ? `document “${candidates[0]!.id}”` : 'any document'}: it must be copied exactly (curly quotes and dashes included)`,
          });
        } else {
          rowProblems.push({
            path: `${at}, quote`,
            reason: `quote is ambiguous: it appears ${found.length} times (${found
              .slice(0, 3)
              .map((f) => `${f.document.id} ${f.offset}–${f.offset + quote.length}`)
              .join(', ')}); give start and end${documents.length > 1 ? ' and the document' : ''}`,
          });
        }
      }
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      return;
    }
    const from = [...new Set(fromNames.map((name) => resolveActor(name, row, 'from')))];
    const to = resolveActor(toName, row, 'to');
    const topics = [
      ...new Set(
        topicNames.map((name) => {
          const key = normalizeName(name);
          let topic = topicsByKey.get(key);
          if (!topic) {
            topic = {
              id: topicIds(slugify(name, 'topic')),
              label: clip(name, 120),
              description: `Topic “${clip(name, 200)}” from ${file}.`,
            };
            topicsByKey.set(key, topic);
            newTopics.push(topic);
          }
          return topic.id;
        }),
      ),
    ];
    const key = JSON.stringify([from, to, type, topics]);
    const last = drafts[drafts.length - 1];
    // Consecutive rows of one stance (the export writes one row per quote) become one stance again.
    if (last && last.key === key) {
      if (
        !last.evidence.some(
          (e) =>
            e.document === evidence!.document &&
            e.start === evidence!.start &&
            e.end === evidence!.end,
        )
      )
        last.evidence.push(evidence!);
    } else drafts.push({ key, row, from, to, type: type!, topics, evidence: [evidence!] });
  });
  if (problems.length) fail(file, problems);
  if (!drafts.length)
    fail(file, [{ path: '', reason: 'no stances: the spreadsheet has a header but no rows' }]);

  const newActors = [...unknownNames.values()];
  const summaryBase = (dataset: Dataset): ImportSummary => ({
    format: 'stance spreadsheet',
    counts: countDataset(dataset),
    skipped: [],
    newActors: newActors.map((a) => a.name),
    notes: [
      `${table.length - 1} rows → ${drafts.length} stances`,
      ...(newTopics.length ? [`new topics: ${newTopics.map((t) => t.label).join(', ')}`] : []),
    ],
  });

  const createdActors: Actor[] = newActors.map((entry) => ({
    id: newActorIds.get(normalizeName(entry.name))!,
    name: clip(entry.name, 200),
    aliases: [],
    kind: entry.kind,
  }));
  const allActors = [...base.actors, ...createdActors];
  const actorName = new Map(allActors.map((a) => [a.id, a.name]));
  const stanceIds = uniqueIds();
  const baseStances = base.stances;
  const stances: Stance[] = drafts.map((draft) => {
    // The same stance as in the open dataset keeps its id and summary.
    const same = baseStances.find(
      (s) =>
        s.to === draft.to &&
        s.type === draft.type &&
        s.from.length === draft.from.length &&
        s.from.every((id) => draft.from.includes(id)) &&
        s.evidence.some(
          (e) =>
            e.document === draft.evidence[0]!.document &&
            e.start === draft.evidence[0]!.start &&
            e.end === draft.evidence[0]!.end,
        ),
    );
    const type = stanceTypeOf(draft.type);
    const names = draft.from.map((id) => actorName.get(id) ?? id);
    return {
      id: stanceIds(same?.id ?? `csv-row-${draft.row}`),
      from: draft.from,
      to: draft.to,
      type: draft.type,
      topics: draft.topics,
      summary:
        same?.summary ??
        clip(
          `${listNames(names)} ${names.length > 1 ? type.verb : type.verbSingular} ${actorName.get(draft.to) ?? draft.to}`,
          500,
        ),
      evidence: draft.evidence,
    };
  });
  const draftDataset: Dataset = {
    ...base,
    actors: allActors,
    topics: [...base.topics, ...newTopics],
    stances,
  };
  const scenes = keepResolvableScenes(draftDataset);
  const dataset: Dataset = { ...draftDataset, ...(scenes ? { scenes } : {}) };
  if (!scenes) delete dataset.scenes;
  if (newActors.length && !options.confirmNewActors)
    return { kind: 'confirm-actors', newActors, summary: summaryBase(dataset) };
  const checked = finishDataset(dataset, file);
  return { kind: 'dataset', dataset: checked, summary: summaryBase(checked) };
}
