/**
 * DNA (Discourse Network Analyzer) 3.0 databases in and out. A .dna file is SQLite:
 * documents with their full text, statement types and their variables, statements
 * as spans (DocumentId, Start, Stop: Java string indices, the same UTF-16 units as
 * ours) with values in DATASHORTTEXT (via ENTITIES), DATALONGTEXT, DATABOOLEAN and
 * DATAINTEGER. Reading turns statements into stances through a mapping of
 * variables (speaker, target, qualifier); writing makes the tables DNA's own
 * createTables makes. Pure apart from sql.js, which the caller passes in.
 */
import { slugify, uniqueIds } from '../data/slug';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { DatasetError, type DatasetProblem } from '../data/parseDataset';
import type {
  Actor,
  Dataset,
  Evidence,
  Scene,
  SourceDocument,
  Stance,
  Topic,
} from '../data/schema';
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
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
  epochSecondsFromIsoDate,
  fail,
  finishDataset,
  isoDateFromEpochSeconds,
  keepResolvableScenes,
  normalizeName,
  type ImportSummary,
  type SkippedItem,
} from './common';
import { exportPasswordHash } from './dnaPassword';
import { startsLikeSqlite } from './sqliteFile';
import { DNA_CREATE_TABLES, DNA_REQUIRED_TABLES, DNA_TABLES, DNA_VERSION } from './dnaSchema';

export type DnaDataType = 'short text' | 'long text' | 'boolean' | 'integer';

export interface DnaVariable {
  id: number;
  name: string;
  dataType: DnaDataType;
}

export interface DnaStatementType {
  id: number;
  label: string;
  variables: DnaVariable[];
  /** How many statements of this type the file holds. */
  statements: number;
}

/** Which variables of one statement type make a stance. Names are DNA variable names. */
export interface DnaTypeMapping {
  /** Short text: who takes the stance. */
  speaker: string;
  /** Short text: used as the speaker when `speaker` is empty (DNA's person/organization pair). */
  fallbackSpeaker?: string;
  /** Short text: a person speaking for the speaker, shown as a member of it. */
  member?: string;
  /** Short text: toward whom or what. */
  target: string;
  /** Boolean (1 supports, 0 opposes) or integer (+1 supports, −1 opposes, 0 neutral). */
  qualifier?: string;
  /** Stance type for a neutral qualifier (0); none means such statements are skipped and listed. */
  neutralType?: StanceTypeId | null;
  /** Short text holding a stance type id or label (files Stance Map wrote). */
  stanceType?: string;
  /** Short text: topic label. */
  topics?: string;
  /** Short text: stance id, grouping statements into one stance (files Stance Map wrote). */
  stance?: string;
  /** Long text: the stance's summary. */
  summary?: string;
  /** Short text: direct or reported. */
  attribution?: string;
}

/** Per statement type id: a mapping, or null to leave that type out (listed in the summary). */
export type DnaMapping = Record<number, DnaTypeMapping | null>;

export type DnaReadResult =
  | { kind: 'dataset'; dataset: Dataset; summary: ImportSummary }
  | {
      kind: 'needs-mapping';
      file: string;
      statementTypes: DnaStatementType[];
      /** The mapping found so far: known types mapped, unknown ones missing. */
      suggested: DnaMapping;
      /** Type ids the user must map (or leave out). */
      unmapped: number[];
    };

const SETTINGS_DATASET_KEY = 'stancemap.dataset';

function problem(path: string, reason: string): DatasetProblem {
  return { path, reason };
}

function rows(db: Database, sql: string): Record<string, SqlValue>[] {
  const result = db.exec(sql);
  const first = result[0];
  if (!first) return [];
  return first.values.map((values) =>
    Object.fromEntries(first.columns.map((column, i) => [column, values[i] ?? null])),
  );
}

const asText = (value: SqlValue | undefined): string =>
  value === null || value === undefined ? '' : String(value);
const asNumber = (value: SqlValue | undefined): number => Number(value ?? NaN);

/** An SQLite file: its header, and at least the 100 bytes of the database header. */
function isSqlite(bytes: Uint8Array): boolean {
  return bytes.length >= 100 && startsLikeSqlite(bytes);
}

function openDatabase(SQL: SqlJsStatic, bytes: Uint8Array, file: string): Database {
  if (!isSqlite(bytes)) {
    const start = Array.from(bytes.slice(0, 16), (b) =>
      b >= 32 && b < 127 ? String.fromCharCode(b) : '.',
    ).join('');
    fail(file, [
      problem(
        '',
        `not a SQLite database, so not a DNA file (it starts with “${start}”, a DNA 3.0 file with “SQLite format 3”)`,
      ),
    ]);
  }
  let db: Database;
  try {
    db = new SQL.Database(bytes);
    db.exec('SELECT name FROM sqlite_master LIMIT 1');
  } catch (error) {
    fail(file, [
      problem(
        '',
        `the SQLite file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      ),
    ]);
  }
  const tables = new Set(
    rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) =>
      asText(r.name).toUpperCase(),
    ),
  );
  const missing = DNA_REQUIRED_TABLES.filter((table) => !tables.has(table));
  if (missing.length) {
    db.close();
    fail(file, [
      problem(
        `table ${missing[0]}`,
        `missing (${missing.join(', ')}): not a DNA 3.0 database${tables.has('STATEMENTTYPE') || tables.has('DATAVARIABLES') ? ' (DNA 2 files must first be opened and saved in DNA 3)' : ''}`,
      ),
    ]);
  }
  return db;
}

export function readStatementTypes(db: Database): DnaStatementType[] {
  const counts = new Map(
    rows(
      db,
      'SELECT StatementTypeId AS t, COUNT(*) AS n FROM STATEMENTS GROUP BY StatementTypeId',
    ).map((r) => [asNumber(r.t), asNumber(r.n)]),
  );
  const variables = rows(
    db,
    'SELECT ID, Variable, DataType, StatementTypeId FROM VARIABLES ORDER BY ID',
  );
  return rows(db, 'SELECT ID, Label FROM STATEMENTTYPES ORDER BY ID').map((r) => {
    const id = asNumber(r.ID);
    return {
      id,
      label: asText(r.Label),
      statements: counts.get(id) ?? 0,
      variables: variables
        .filter((v) => asNumber(v.StatementTypeId) === id)
        .map((v) => ({
          id: asNumber(v.ID),
          name: asText(v.Variable),
          dataType: asText(v.DataType) as DnaDataType,
        })),
    };
  });
}

/** Known layouts: files Stance Map wrote, and DNA's default "DNA Statement". */
export function suggestMapping(type: DnaStatementType): DnaTypeMapping | null | undefined {
  const has = (name: string, dataType?: DnaDataType) =>
    type.variables.some((v) => v.name === name && (!dataType || v.dataType === dataType));
  if (has('speaker', 'short text') && has('target', 'short text')) {
    return {
      speaker: 'speaker',
      target: 'target',
      ...(has('qualifier') ? { qualifier: 'qualifier' } : {}),
      ...(has('stance type', 'short text') ? { stanceType: 'stance type' } : {}),
      ...(has('topics', 'short text') ? { topics: 'topics' } : {}),
      ...(has('stance', 'short text') ? { stance: 'stance' } : {}),
      ...(has('summary', 'long text') ? { summary: 'summary' } : {}),
      ...(has('attribution', 'short text') ? { attribution: 'attribution' } : {}),
    };
  }
  if (
    (has('organization', 'short text') || has('person', 'short text')) &&
    has('concept', 'short text')
  ) {
    const org = has('organization', 'short text');
    const person = has('person', 'short text');
    return {
      speaker: org ? 'organization' : 'person',
      ...(org && person ? { fallbackSpeaker: 'person', member: 'person' } : {}),
      target: 'concept',
      ...(has('agreement') ? { qualifier: 'agreement' } : {}),
    };
  }
  // A type without two short-text variables (DNA's "Annotation") cannot hold a stance.
  if (type.variables.filter((v) => v.dataType === 'short text').length < 2) return null;
  return undefined;
}

interface StatementRow {
  id: number;
  type: number;
  document: number;
  start: number;
  stop: number;
}

interface ValueTables {
  short: Map<number, Map<number, { value: string; entity: number }>>;
  long: Map<number, Map<number, string>>;
  numeric: Map<number, Map<number, number>>;
  attributes: Map<number, Map<string, string>>;
}

function readValues(db: Database, tables: Set<string>): ValueTables {
  const short = new Map<number, Map<number, { value: string; entity: number }>>();
  for (const r of rows(
    db,
    'SELECT d.StatementId AS s, d.VariableId AS v, e.ID AS e, e.Value AS value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity',
  )) {
    const s = asNumber(r.s);
    if (!short.has(s)) short.set(s, new Map());
    short.get(s)!.set(asNumber(r.v), { value: asText(r.value), entity: asNumber(r.e) });
  }
  const long = new Map<number, Map<number, string>>();
  if (tables.has('DATALONGTEXT'))
    for (const r of rows(
      db,
      'SELECT StatementId AS s, VariableId AS v, Value AS value FROM DATALONGTEXT',
    )) {
      const s = asNumber(r.s);
      if (!long.has(s)) long.set(s, new Map());
      long.get(s)!.set(asNumber(r.v), asText(r.value));
    }
  const numeric = new Map<number, Map<number, number>>();
  for (const table of ['DATABOOLEAN', 'DATAINTEGER'])
    if (tables.has(table))
      for (const r of rows(
        db,
        `SELECT StatementId AS s, VariableId AS v, Value AS value FROM ${table}`,
      )) {
        const s = asNumber(r.s);
        if (!numeric.has(s)) numeric.set(s, new Map());
        numeric.get(s)!.set(asNumber(r.v), asNumber(r.value));
      }
  const attributes = new Map<number, Map<string, string>>();
  if (tables.has('ATTRIBUTEVALUES') && tables.has('ATTRIBUTEVARIABLES'))
    for (const r of rows(
      db,
      'SELECT v.EntityId AS e, a.AttributeVariable AS name, v.AttributeValue AS value FROM ATTRIBUTEVALUES v JOIN ATTRIBUTEVARIABLES a ON a.ID = v.AttributeVariableId',
    )) {
      const e = asNumber(r.e);
      if (!attributes.has(e)) attributes.set(e, new Map());
      attributes.get(e)!.set(asText(r.name), asText(r.value));
    }
  return { short, long, numeric, attributes };
}

/** What Stance Map keeps in SETTINGS so its own files round-trip what DNA has no place for. */
interface KeptDataset {
  id?: string;
  title?: string;
  description?: string;
  event?: Dataset['event'];
  scenes?: Scene[];
  documents?: Record<string, Partial<SourceDocument>>;
  actors?: Record<string, Partial<Actor>>;
  topics?: Record<string, { description?: string }>;
}

function readKept(db: Database, tables: Set<string>): KeptDataset {
  if (!tables.has('SETTINGS')) return {};
  const value = rows(db, `SELECT Value FROM SETTINGS WHERE Property = '${SETTINGS_DATASET_KEY}'`)[0]
    ?.Value;
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as KeptDataset) : {};
  } catch {
    return {};
  }
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'dna';
}

const isValidId = (id: unknown): id is string =>
  typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id) && id.length <= 200;

export interface ReadDnaOptions {
  mapping?: DnaMapping;
}

/** Read a .dna file. Throws DatasetError for a file that is not DNA or holds bad spans. */
export function readDna(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  file: string,
  options: ReadDnaOptions = {},
): DnaReadResult {
  const db = openDatabase(SQL, bytes, file);
  try {
    return readOpenDna(db, file, options);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    // A table with other columns than DNA 3.0's, or values SQLite cannot read.
    fail(file, [
      {
        path: '',
        reason: `the DNA tables are not as DNA 3.0 makes them: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  } finally {
    db.close();
  }
}

function readOpenDna(db: Database, file: string, options: ReadDnaOptions): DnaReadResult {
  const tables = new Set(
    rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) =>
      asText(r.name).toUpperCase(),
    ),
  );
  const types = readStatementTypes(db);
  const mapping: DnaMapping = {};
  const unmapped: number[] = [];
  for (const type of types) {
    const given = options.mapping?.[type.id];
    if (given !== undefined) mapping[type.id] = given;
    else {
      const suggested = suggestMapping(type);
      if (suggested === undefined) {
        if (type.statements > 0) unmapped.push(type.id);
      } else mapping[type.id] = suggested;
    }
  }
  if (unmapped.length)
    return { kind: 'needs-mapping', file, statementTypes: types, suggested: mapping, unmapped };

  const kept = readKept(db, tables);
  const version = tables.has('SETTINGS')
    ? asText(rows(db, "SELECT Value FROM SETTINGS WHERE Property = 'version'")[0]?.Value)
    : '';
  const problems: DatasetProblem[] = [];
  const skipped: SkippedItem[] = [];

  // Documents
  const documentIds = uniqueIds();
  const documentsByDnaId = new Map<number, SourceDocument>();
  for (const r of rows(
    db,
    'SELECT ID, Title, Text, Author, Source, Section, Notes, Type, Date FROM DOCUMENTS ORDER BY ID',
  )) {
    const dnaId = asNumber(r.ID);
    const text = asText(r.Text);
    if (!text) {
      skipped.push({ where: `document ${dnaId}`, reason: 'the document has no text' });
      continue;
    }
    let notes: { id?: unknown } = {};
    try {
      const parsed: unknown = JSON.parse(asText(r.Notes));
      if (parsed && typeof parsed === 'object')
        notes = (parsed as { stanceMap?: object }).stanceMap ?? {};
    } catch {
      // DNA's notes are free text.
    }
    const id = documentIds(isValidId(notes.id) ? notes.id : `doc-${dnaId}`);
    const keptDoc = kept.documents?.[id] ?? {};
    const kind = slugify(asText(r.Type), '');
    const author = asText(r.Author);
    const source = asText(r.Source);
    const document: SourceDocument = {
      id,
      title: clip(asText(r.Title) || `Document ${dnaId}`, 500),
      kind: keptDoc.kind ?? (/^[a-z]/.test(kind) ? kind : 'document'),
      date: isoDateFromEpochSeconds(asNumber(r.Date)),
      place: keptDoc.place ?? 'Not stated in the DNA file',
      language: keptDoc.language ?? 'und',
      ...(source || author ? { publisher: clip(source || author, 200) } : {}),
      ...(keptDoc.url ? { url: keptDoc.url } : {}),
      text,
      participants: [],
    };
    documentsByDnaId.set(dnaId, document);
  }

  const values = readValues(db, tables);
  const statements: StatementRow[] = rows(
    db,
    'SELECT ID, StatementTypeId, DocumentId, Start, Stop FROM STATEMENTS ORDER BY ID',
  ).map((r) => ({
    id: asNumber(r.ID),
    type: asNumber(r.StatementTypeId),
    document: asNumber(r.DocumentId),
    start: asNumber(r.Start),
    stop: asNumber(r.Stop),
  }));
  const typesById = new Map(types.map((t) => [t.id, t]));

  // Actors, keyed by normalised name so a speaker and a target of the same name are one actor.
  const actorIds = uniqueIds();
  const actorsByName = new Map<string, Actor>();
  const members = new Map<string, Set<string>>();
  const actorFor = (name: string, defaultKind: ActorKind, entity: number): Actor => {
    const key = normalizeName(name);
    const existing = actorsByName.get(key);
    if (existing) return existing;
    const attributes = values.attributes.get(entity);
    const wantedId = attributes?.get('ID');
    const id = actorIds(isValidId(wantedId) ? wantedId : slugify(name, 'actor'));
    const kindAttribute = attributes?.get('Type') ?? '';
    const kind = (ACTOR_KINDS as readonly string[]).includes(kindAttribute)
      ? (kindAttribute as ActorKind)
      : defaultKind;
    const aliases = (attributes?.get('Alias') ?? '')
      .split(' | ')
      .map((alias) => alias.trim())
      .filter(Boolean)
      .map((alias) => clip(alias, 300));
    const shortName = attributes?.get('Short name');
    const keptActor = kept.actors?.[id] ?? {};
    const actor: Actor = {
      id,
      name: clip(attributes?.get('Name') || name, 200),
      ...(shortName ? { shortName: clip(shortName, 40) } : {}),
      aliases,
      ...(keptActor.inSentence ? { inSentence: keptActor.inSentence } : {}),
      kind,
      ...(keptActor.description ? { description: keptActor.description } : {}),
    };
    actorsByName.set(key, actor);
    return actor;
  };

  const topicIds = uniqueIds();
  const topicsByLabel = new Map<string, Topic>();
  const topicFor = (label: string, entity: number | null, description: string): Topic => {
    const key = normalizeName(label);
    const existing = topicsByLabel.get(key);
    if (existing) return existing;
    const attributes = entity === null ? undefined : values.attributes.get(entity);
    const wantedId = attributes?.get('ID');
    const id = topicIds(isValidId(wantedId) ? wantedId : slugify(label, 'topic'));
    const topic: Topic = {
      id,
      label: clip(label, 120),
      description: clip(
        kept.topics?.[id]?.description || attributes?.get('Notes') || description,
        1000,
      ),
    };
    topicsByLabel.set(key, topic);
    return topic;
  };

  // Every entity of a mapped speaker or target variable is an actor, in DNA's order,
  // whether or not a statement uses it (DNA keeps its entity lists apart from statements).
  for (const type of types) {
    const map = mapping[type.id];
    if (!map) continue;
    const roles: Array<[string | undefined, ActorKind]> = [
      [map.speaker, map.speaker === 'person' ? 'person' : 'organization'],
      [map.fallbackSpeaker, 'person'],
      [map.member, 'person'],
      [map.target, 'issue'],
    ];
    const topicsVariable = type.variables.find(
      (v) => v.name === map.topics && v.dataType === 'short text',
    );
    if (topicsVariable && Number.isInteger(topicsVariable.id))
      for (const r of rows(
        db,
        `SELECT ID, Value FROM ENTITIES WHERE VariableId = ${topicsVariable.id} ORDER BY ID`,
      )) {
        const value = asText(r.Value).trim();
        if (value) topicFor(value, asNumber(r.ID), `Topic “${value}” from the DNA file.`);
      }
    for (const [name, kind] of roles) {
      const variable = type.variables.find((v) => v.name === name && v.dataType === 'short text');
      if (!variable) continue;
      for (const r of rows(
        db,
        `SELECT ID, Value FROM ENTITIES WHERE VariableId = ${variable.id} ORDER BY ID`,
      )) {
        const value = asText(r.Value).trim();
        if (value) actorFor(value, kind, asNumber(r.ID));
      }
    }
  }

  interface Draft {
    key: string;
    wantedId: string;
    from: string[];
    to: string;
    type: StanceTypeId;
    topics: string[];
    summary: string;
    evidence: Evidence[];
  }
  const drafts = new Map<string, Draft>();

  for (const statement of statements) {
    const where = `statement ${statement.id}`;
    const type = typesById.get(statement.type);
    const map = mapping[statement.type];
    if (!type || !map) {
      skipped.push({
        where,
        reason: type
          ? `statement type “${type.label}” is not mapped to stances`
          : `unknown statement type ${statement.type}`,
      });
      continue;
    }
    const document = documentsByDnaId.get(statement.document);
    if (!document) {
      skipped.push({ where, reason: `its document ${statement.document} is missing or empty` });
      continue;
    }
    const { start, stop } = statement;
    if (!Number.isInteger(start) || !Number.isInteger(stop) || start < 0 || stop <= start) {
      problems.push(
        problem(
          `STATEMENTS ID ${statement.id}`,
          `span ${start}–${stop} is not a span (Start must be ≥ 0 and less than Stop)`,
        ),
      );
      continue;
    }
    if (stop > document.text.length) {
      problems.push(
        problem(
          `STATEMENTS ID ${statement.id}`,
          `span ${start}–${stop} runs past the end of document ${statement.document} (“${clip(document.title, 60)}”, ${document.text.length} characters)`,
        ),
      );
      continue;
    }
    const variable = (name: string | undefined) => type.variables.find((v) => v.name === name);
    const shortValue = (name: string | undefined) => {
      const v = variable(name);
      const value = v ? values.short.get(statement.id)?.get(v.id) : undefined;
      return value && value.value.trim() ? value : null;
    };
    const speakerVar = shortValue(map.speaker) ? map.speaker : map.fallbackSpeaker;
    const speaker = shortValue(speakerVar);
    const target = shortValue(map.target);
    if (!speaker) {
      skipped.push({
        where,
        reason: `no ${[map.speaker, map.fallbackSpeaker].filter(Boolean).join(' or ')} (empty value)`,
      });
      continue;
    }
    if (!target) {
      skipped.push({ where, reason: `no ${map.target} (empty value)` });
      continue;
    }
    // Stance type: an explicit one (Stance Map's files), else the qualifier.
    let stanceType: StanceTypeId | null = null;
    const explicit = shortValue(map.stanceType)?.value.trim();
    if (explicit) {
      stanceType = (STANCE_TYPE_IDS as readonly string[]).includes(explicit)
        ? (explicit as StanceTypeId)
        : (STANCE_TYPE_IDS.find(
            (id) => normalizeName(STANCE_TYPES[id].label) === normalizeName(explicit),
          ) ?? null);
      if (!stanceType) {
        skipped.push({ where, reason: `unknown stance type “${clip(explicit, 60)}”` });
        continue;
      }
    } else if (map.qualifier) {
      const qv = variable(map.qualifier);
      const q = qv ? values.numeric.get(statement.id)?.get(qv.id) : undefined;
      if (q === undefined || Number.isNaN(q)) {
        skipped.push({ where, reason: `no ${map.qualifier} value` });
        continue;
      }
      if (qv!.dataType === 'boolean') stanceType = q ? 'supports' : 'opposes';
      else if (q > 0) stanceType = 'supports';
      else if (q < 0) stanceType = 'opposes';
      else if (map.neutralType) stanceType = map.neutralType;
      else {
        skipped.push({
          where,
          reason: `${map.qualifier} 0 (neutral): no stance type was chosen for neutral statements`,
        });
        continue;
      }
    } else {
      stanceType = 'supports';
    }

    const speakerKind: ActorKind = speakerVar === 'person' ? 'person' : 'organization';
    const speakerActor = actorFor(speaker.value.trim(), speakerKind, speaker.entity);
    const targetActor = actorFor(target.value.trim(), 'issue', target.entity);
    if (map.member && speakerVar !== map.member) {
      const person = shortValue(map.member);
      if (person) {
        const personActor = actorFor(person.value.trim(), 'person', person.entity);
        if (personActor.id !== speakerActor.id) {
          if (!members.has(speakerActor.id)) members.set(speakerActor.id, new Set());
          members.get(speakerActor.id)!.add(personActor.id);
        }
      }
    }
    const topicValue = shortValue(map.topics);
    const topic = topicValue
      ? topicFor(
          topicValue.value.trim(),
          topicValue.entity,
          `Topic “${topicValue.value.trim()}” from the DNA file.`,
        )
      : topicFor(
          type.label || 'DNA statement',
          null,
          `Statements of the DNA statement type “${type.label}”.`,
        );
    const attributionValue = shortValue(map.attribution)?.value.trim();
    const attribution: Attribution = (ATTRIBUTIONS as readonly string[]).includes(
      attributionValue ?? '',
    )
      ? (attributionValue as Attribution)
      : 'direct';
    const summaryVar = variable(map.summary);
    const summary = summaryVar
      ? (values.long.get(statement.id)?.get(summaryVar.id) ?? '').trim()
      : '';
    const stanceKey = shortValue(map.stance)?.value.trim();
    const key = stanceKey ? `stance:${stanceKey}` : `statement:${statement.id}`;
    const evidence: Evidence = {
      document: document.id,
      start,
      end: stop,
      quote: document.text.slice(start, stop),
      attribution,
    };
    const draft = drafts.get(key);
    if (!draft) {
      drafts.set(key, {
        key,
        wantedId: stanceKey && isValidId(stanceKey) ? stanceKey : `dna-${statement.id}`,
        from: [speakerActor.id],
        to: targetActor.id,
        type: stanceType,
        topics: [topic.id],
        summary,
        evidence: [evidence],
      });
    } else {
      if (!draft.from.includes(speakerActor.id)) draft.from.push(speakerActor.id);
      if (!draft.topics.includes(topic.id)) draft.topics.push(topic.id);
      if (
        !draft.evidence.some(
          (e) => e.document === evidence.document && e.start === start && e.end === stop,
        )
      )
        draft.evidence.push(evidence);
      if (!draft.summary && summary) draft.summary = summary;
    }
  }
  if (problems.length) fail(file, problems);

  const known = new Set([...actorsByName.values()].map((a) => a.id));
  const actors = [...actorsByName.values()].map((actor) => {
    const keptMembers = (kept.actors?.[actor.id]?.members ?? []).filter(
      (id) => known.has(id) && id !== actor.id,
    );
    const own = [...new Set([...keptMembers, ...(members.get(actor.id) ?? [])])];
    return own.length ? { ...actor, members: own } : actor;
  });
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const stanceIds = uniqueIds();
  const stances: Stance[] = [...drafts.values()].map((draft) => {
    const type = stanceTypeOf(draft.type);
    const names = draft.from.map((id) => actorsById.get(id)?.name ?? id);
    const sentence = `${listNames(names)} ${names.length > 1 ? type.verb : type.verbSingular} ${actorsById.get(draft.to)?.name ?? draft.to}`;
    return {
      id: stanceIds(draft.wantedId),
      from: draft.from,
      to: draft.to,
      type: draft.type,
      topics: draft.topics,
      summary: clip(draft.summary || sentence, 500),
      evidence: draft.evidence,
    };
  });
  if (stances.length === 0 || actors.length === 0) {
    fail(file, [
      problem(
        '',
        `no statement could be read as a stance (${statements.length} statements${skipped[0] ? `; e.g. ${skipped[0].where}: ${skipped[0].reason}` : ''})`,
      ),
    ]);
  }

  // What Stance Map kept of its own: participants and scenes, only where every reference resolves.
  const documents = [...documentsByDnaId.values()].map((document) => {
    const participants = (kept.documents?.[document.id]?.participants ?? []).filter((p) =>
      actorsById.has(p.actor),
    );
    return { ...document, participants };
  });
  const stem = fileStem(file);
  const dataset: Dataset = {
    schemaVersion: 1,
    id: isValidId(kept.id) ? kept.id : `dna-${slugify(stem, 'file')}`,
    title: clip(kept.title || `DNA database “${stem}”`, 300),
    description: clip(
      kept.description ||
        `Imported from the DNA database “${file}”${version ? ` (DNA ${version})` : ''}: ${statements.length} statements in ${documents.length} documents.`,
      4000,
    ),
    ...(kept.event ? { event: kept.event } : {}),
    documents,
    actors,
    topics: [...topicsByLabel.values()],
    stances,
  };
  const scenes = keepResolvableScenes({ ...dataset, scenes: kept.scenes ?? [] });
  if (scenes) dataset.scenes = scenes;
  const checked = finishDataset(dataset, file);
  const mappedByHand = Object.keys(options.mapping ?? {}).length;
  return {
    kind: 'dataset',
    dataset: checked,
    summary: {
      format: 'DNA database',
      counts: countDataset(checked),
      skipped,
      newActors: [],
      notes: [
        `${statements.length} statements of ${types.filter((t) => t.statements > 0).length} statement types${mappedByHand ? ` (${mappedByHand} mapped by hand)` : ''}`,
        ...(version ? [`DNA version ${version}`] : []),
      ],
    },
  };
}

// ─── Writing ────────────────────────────────────────────────────────────────

const STANCE_TYPE_LABEL = 'Stance';
const SHORT_TEXT_LIMIT = 190;

export interface DnaExportReport {
  statements: number;
  /** What DNA had no room for (values over 190 characters), named. */
  lost: string[];
}

/** One statement per stance, signatory, quote and topic, so DNA's networks see each. */
export function writeDna(
  SQL: SqlJsStatic,
  dataset: Dataset,
  options: { now?: Date } = {},
): { bytes: Uint8Array; report: DnaExportReport } {
  const db = new SQL.Database();
  const lost: string[] = [];
  try {
    db.exec('BEGIN;');
    for (const statement of DNA_CREATE_TABLES) db.exec(statement);
    const run = (sql: string, params: SqlValue[]) => db.run(sql, params);
    const now = options.now ?? new Date();
    run('INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)', ['version', DNA_VERSION]);
    run('INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)', [
      'date',
      now.toISOString().slice(0, 10),
    ]);
    run('INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)', ['popupWidth', '300']);
    run('INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)', [
      'statementColor',
      'statementType',
    ]);
    // DNA asks for the coder's password on opening: it is DNA_EXPORT_PASSWORD ("stancemap").
    run(
      'INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password, PermissionEditStatementTypes, PermissionEditCoders, PermissionEditOthersDocuments, PermissionEditOthersStatements) VALUES (1, ?, 255, 255, 0, ?, 1, 1, 1, 1)',
      ['Stance Map', exportPasswordHash()],
    );
    run('INSERT INTO STATEMENTTYPES (ID, Label, Red, Green, Blue) VALUES (1, ?, 239, 208, 51)', [
      STANCE_TYPE_LABEL,
    ]);
    const variableList: Array<[string, DnaDataType]> = [
      ['speaker', 'short text'],
      ['target', 'short text'],
      ['stance type', 'short text'],
      ['topics', 'short text'],
      ['qualifier', 'integer'],
      ['stance', 'short text'],
      ['attribution', 'short text'],
      ['summary', 'long text'],
    ];
    const variableId = new Map<string, number>();
    variableList.forEach(([name, dataType], i) => {
      variableId.set(name, i + 1);
      run('INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES (?, ?, ?, 1)', [
        i + 1,
        name,
        dataType,
      ]);
    });
    const attributeVariable = new Map<string, number>();
    let attributeVariableCount = 0;
    const attributeNames: Record<string, string[]> = {
      speaker: ['Type', 'Alias', 'Notes', 'ID', 'Name', 'Short name'],
      target: ['Type', 'Alias', 'Notes', 'ID', 'Name', 'Short name'],
      topics: ['ID', 'Notes'],
    };
    for (const [variable, names] of Object.entries(attributeNames))
      for (const name of names) {
        attributeVariable.set(`${variable}\u0000${name}`, ++attributeVariableCount);
        run('INSERT INTO ATTRIBUTEVARIABLES (ID, VariableId, AttributeVariable) VALUES (?, ?, ?)', [
          attributeVariableCount,
          variableId.get(variable)!,
          name,
        ]);
      }

    // Entities: one per distinct value of each short-text variable.
    const entityIds = new Map<string, number>();
    let entityCount = 0;
    let attributeValueCount = 0;
    const entity = (
      variable: string,
      value: string,
      attributes: Record<string, string> = {},
    ): number => {
      const key = `${variable}\u0000${value}`;
      const known = entityIds.get(key);
      if (known) return known;
      const id = ++entityCount;
      entityIds.set(key, id);
      run('INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (?, ?, ?)', [
        id,
        variableId.get(variable)!,
        value,
      ]);
      for (const [name, attributeValue] of Object.entries(attributes)) {
        const av = attributeVariable.get(`${variable}\u0000${name}`);
        if (!av || !attributeValue) continue;
        if (attributeValue.length > SHORT_TEXT_LIMIT) {
          lost.push(
            `${variable} “${clip(value, 40)}”: ${name} (${attributeValue.length} characters; DNA keeps 190)`,
          );
          continue;
        }
        run(
          'INSERT INTO ATTRIBUTEVALUES (ID, EntityId, AttributeVariableId, AttributeValue) VALUES (?, ?, ?, ?)',
          [++attributeValueCount, id, av, attributeValue],
        );
      }
      return id;
    };
    const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
    const topicsById = new Map(dataset.topics.map((t) => [t.id, t]));
    // A name over DNA's limit is written as the actor's id, its name kept as an attribute only if it fits.
    const actorValue = (id: string) => {
      const actor = actorsById.get(id);
      const name = actor?.name ?? id;
      return name.length <= SHORT_TEXT_LIMIT ? name : id;
    };
    const actorEntity = (variable: 'speaker' | 'target', id: string) => {
      const actor = actorsById.get(id);
      return entity(variable, actorValue(id), {
        Type: actor?.kind ?? '',
        Alias: actor?.aliases.join(' | ') ?? '',
        ID: id,
        Name: actor?.name ?? '',
        'Short name': actor?.shortName ?? '',
        Notes: actor?.description ?? '',
      });
    };

    const topicEntity = (id: string) => {
      const topic = topicsById.get(id);
      return entity('topics', (topic?.label ?? id).slice(0, SHORT_TEXT_LIMIT), {
        ID: id,
        Notes: topic?.description ?? '',
      });
    };

    // Documents
    const documentDnaId = new Map<string, number>();
    dataset.documents.forEach((document, i) => {
      documentDnaId.set(document.id, i + 1);
      if (document.title.length > SHORT_TEXT_LIMIT)
        lost.push(`document “${document.id}”: title cut to 190 characters`);
      const notes = JSON.stringify({
        stanceMap: {
          id: document.id,
          kind: document.kind,
          place: document.place,
          language: document.language,
          url: document.url,
        },
      });
      run(
        'INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)',
        [
          i + 1,
          document.title.slice(0, SHORT_TEXT_LIMIT),
          document.text,
          '',
          (document.publisher ?? '').slice(0, SHORT_TEXT_LIMIT),
          '',
          notes,
          document.kind.slice(0, SHORT_TEXT_LIMIT),
          epochSecondsFromIsoDate(document.date),
        ],
      );
    });

    // Every actor is an entity, in the dataset's order, even one no stance names (a bloc).
    for (const actor of dataset.actors) actorEntity('speaker', actor.id);
    for (const topic of dataset.topics) topicEntity(topic.id);

    let statementCount = 0;
    let shortCount = 0;
    let otherCount = 0;
    const short = (statement: number, variable: string, entityId: number) =>
      run('INSERT INTO DATASHORTTEXT (ID, StatementId, VariableId, Entity) VALUES (?, ?, ?, ?)', [
        ++shortCount,
        statement,
        variableId.get(variable)!,
        entityId,
      ]);
    for (const stance of dataset.stances) {
      const type = stanceTypeOf(stance.type);
      const qualifier = type.polarity === 'positive' ? 1 : type.polarity === 'negative' ? -1 : 0;
      for (const evidence of stance.evidence)
        for (const signatory of stance.from)
          for (const topicId of stance.topics) {
            const statement = ++statementCount;
            run(
              'INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (?, 1, ?, ?, ?, 1)',
              [statement, documentDnaId.get(evidence.document)!, evidence.start, evidence.end],
            );
            short(statement, 'speaker', actorEntity('speaker', signatory));
            short(statement, 'target', actorEntity('target', stance.to));
            short(statement, 'stance type', entity('stance type', stance.type));
            short(statement, 'topics', topicEntity(topicId));
            short(statement, 'stance', entity('stance', stance.id.slice(0, SHORT_TEXT_LIMIT)));
            short(statement, 'attribution', entity('attribution', evidence.attribution));
            run(
              'INSERT INTO DATAINTEGER (ID, StatementId, VariableId, Value) VALUES (?, ?, ?, ?)',
              [++otherCount, statement, variableId.get('qualifier')!, qualifier],
            );
            run(
              'INSERT INTO DATALONGTEXT (ID, StatementId, VariableId, Value) VALUES (?, ?, ?, ?)',
              [++otherCount, statement, variableId.get('summary')!, stance.summary],
            );
          }
    }

    // What DNA has no place for, kept in SETTINGS for Stance Map to read back.
    const kept: KeptDataset = {
      id: dataset.id,
      title: dataset.title,
      description: dataset.description,
      ...(dataset.event ? { event: dataset.event } : {}),
      ...(dataset.scenes ? { scenes: dataset.scenes } : {}),
      documents: Object.fromEntries(
        dataset.documents.map((d) => [
          d.id,
          {
            kind: d.kind,
            place: d.place,
            language: d.language,
            url: d.url,
            participants: d.participants,
          },
        ]),
      ),
      actors: Object.fromEntries(
        dataset.actors.map((a) => [
          a.id,
          { inSentence: a.inSentence, description: a.description, members: a.members },
        ]),
      ),
      topics: Object.fromEntries(dataset.topics.map((t) => [t.id, { description: t.description }])),
    };
    run('INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)', [
      SETTINGS_DATASET_KEY,
      JSON.stringify(kept),
    ]);
    db.exec('COMMIT;');
    return { bytes: db.export(), report: { statements: statementCount, lost } };
  } finally {
    db.close();
  }
}

export { DNA_TABLES };
