/**
 * Dataset format, version 1: the one schema for every communiqué Stance Map reads.
 * Objects are strict: a misspelt field is an error, not silently dropped.
 * zod/mini keeps the first-view bundle small; `scripts/generate-json-schema.ts`
 * publishes the same schema as JSON Schema at public/data/dataset.schema.json.
 */
import * as z from 'zod/mini';
import { CALENDAR_DATE, CALENDAR_DATE_MESSAGE } from './calendarDate';
import { ACTOR_KINDS, ATTRIBUTIONS, POLARITIES, ROLES, STANCE_TYPE_IDS } from './vocabulary';

const id = () =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(200),
      z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'ids are letters, digits, ".", "_", ":" and "-"'),
    );
const text = (max = 2000) => z.string().check(z.minLength(1), z.maxLength(max));
/** A real calendar day: 2024-02-29 passes, 2024-02-30 and 2024-13-01 do not. */
const isoDate = () => z.string().check(z.regex(CALENDAR_DATE, CALENDAR_DATE_MESSAGE));
const httpUrl = () =>
  z
    .string()
    .check(z.regex(/^[hH][tT][tT][pP][sS]?:\/\/\S+$/, 'only http(s) addresses are allowed'));

export const participantSchema = z.strictObject({
  actor: id(),
  role: z.enum(ROLES),
  note: z.optional(text(500)),
});

export const documentSchema = z.strictObject({
  id: id(),
  title: text(500),
  kind: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'kinds are lower-case words joined by "-"')),
  date: isoDate(),
  place: text(200),
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag')),
  publisher: z.optional(text(200)),
  url: z.optional(httpUrl()),
  /** The full source, verbatim. Evidence offsets index into this string. */
  text: z.string().check(z.minLength(1)),
  participants: z.array(participantSchema),
});

export const actorSchema = z.strictObject({
  id: id(),
  name: text(200),
  /** Optional short form for map labels, e.g. "UNSC". */
  shortName: z.optional(text(40)),
  aliases: z.array(text(300)),
  /** How the name reads inside a sentence when it differs, e.g. "the UN Security Council". */
  inSentence: z.optional(text(200)),
  kind: z.enum(ACTOR_KINDS),
  /** Actor ids of a bloc's members. */
  members: z.optional(z.array(id())),
  description: z.optional(text(1000)),
});

export const topicSchema = z.strictObject({
  id: id(),
  label: text(120),
  description: text(1000),
});

export const evidenceSchema = z.strictObject({
  document: id(),
  /** JavaScript string index (UTF-16 code units) of the first character. */
  start: z.int().check(z.minimum(0)),
  /** Index one past the last character: text.slice(start, end) === quote. */
  end: z.int().check(z.minimum(1)),
  quote: text(5000),
  attribution: z.enum(ATTRIBUTIONS),
});

export const stanceSchema = z.strictObject({
  id: id(),
  from: z.array(id()).check(z.minLength(1)),
  to: id(),
  type: z.enum(STANCE_TYPE_IDS),
  topics: z.array(id()).check(z.minLength(1)),
  summary: text(500),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
});

export const jointModeSchema = z.enum(['bloc', 'separate']);

/** A saved view of the map. Every field is optional: absent means "as by default". */
export const sceneViewSchema = z.strictObject({
  topics: z.optional(z.array(id())),
  polarities: z.optional(z.array(z.enum(POLARITIES))),
  types: z.optional(z.array(z.enum(STANCE_TYPE_IDS))),
  roles: z.optional(z.array(z.enum(ROLES))),
  /** Document filter: stances with a quote from one of these source documents. */
  documents: z.optional(z.array(id())),
  selection: z.optional(
    z.nullable(
      z.strictObject({
        kind: z.enum(['actor', 'stance']),
        id: id(),
      }),
    ),
  ),
  joint: z.optional(jointModeSchema),
  /** Actor ids the camera frames; absent frames everything visible. */
  focus: z.optional(z.array(id())),
  /** Zoom multiplier on top of the framing (1 = framed exactly). */
  zoom: z.optional(z.number().check(z.minimum(0.1), z.maximum(10))),
});

export const sceneSchema = z.strictObject({
  id: id(),
  title: text(200),
  caption: z.string().check(z.maxLength(600)),
  view: sceneViewSchema,
  /** Stances whose quotes the scene shows on screen; absent shows the selection's. */
  quotes: z.optional(z.array(id())),
  /** The presenter's notes: shown in the presenter view and the PowerPoint's speaker notes. */
  notes: z.optional(z.string().check(z.maxLength(4000))),
});

export const datasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  id: id(),
  title: text(300),
  description: text(4000),
  /** The meeting or event the dataset covers, where the source states it. */
  event: z.optional(
    z.strictObject({
      name: text(300),
      startDate: isoDate(),
      endDate: z.optional(isoDate()),
      place: text(200),
      dateSource: z.optional(text(500)),
    }),
  ),
  documents: z.array(documentSchema).check(z.minLength(1)),
  actors: z.array(actorSchema).check(z.minLength(1)),
  topics: z.array(topicSchema),
  stances: z.array(stanceSchema),
  /** A default briefing: scenes in presentation order. */
  scenes: z.optional(z.array(sceneSchema)),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Scene = z.infer<typeof sceneSchema>;
export type SceneView = z.infer<typeof sceneViewSchema>;
export type JointMode = z.infer<typeof jointModeSchema>;
