/**
 * The one place that names stance types, polarities, actor kinds and meeting roles,
 * with the words, colours and line styles the UI uses for them.
 *
 * CAMEO codes and labels are from the CAMEO codebook (v0.7b5 code list); PLOVER
 * categories from the CAMEO→PLOVER table of PLOVER draft 0.8 (2021), where
 * CAMEO 110–116 map to ACCUSE, 120 to REJECT, 03x to AGREE and 05x to SUPPORT.
 * CAMEO's 01 (public statement) root has no PLOVER category (PLOVER dropped it);
 * appeals (CAMEO 02) are PLOVER REQUEST.
 */

export const POLARITIES = ['negative', 'directive', 'positive', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export interface PolarityStyle {
  label: string;
  /** Okabe–Ito colour-blind-safe palette. */
  color: string;
  /** SVG stroke-dasharray; '' for solid. Line style repeats the colour's meaning for grey print. */
  dash: string;
  width: number;
  description: string;
}

export const POLARITY_STYLES: Record<Polarity, PolarityStyle> = {
  negative: {
    label: 'Negative',
    color: '#D55E00',
    dash: '',
    width: 2,
    description: 'condemns, rejects, expresses concern',
  },
  directive: {
    label: 'Directive',
    color: '#0072B2',
    dash: '7 4',
    width: 2,
    description: 'calls on, calls for, emphasizes',
  },
  positive: {
    label: 'Positive',
    color: '#009E73',
    dash: '',
    width: 3.5,
    description: 'reaffirms, supports, commits',
  },
  neutral: {
    label: 'Neutral',
    color: '#6B6B6B',
    dash: '2 3',
    width: 2,
    description: 'decides, agrees',
  },
};

export interface StanceType {
  id: string;
  label: string;
  /** Plural verb phrase that reads after the actors and before the addressee: "condemn". */
  verb: string;
  /** The same for a single actor: "condemns". */
  verbSingular: string;
  polarity: Polarity;
  cameo: { code: string; label: string };
  /** PLOVER event category, or null where PLOVER has none (CAMEO 01 statements). */
  plover: string | null;
}

const stanceTypeList = [
  {
    id: 'condemns',
    label: 'condemns',
    verb: 'condemn',
    verbSingular: 'condemns',
    polarity: 'negative',
    cameo: { code: '111', label: 'Criticize or denounce' },
    plover: 'ACCUSE',
  },
  {
    id: 'accuses',
    label: 'accuses',
    verb: 'accuse',
    verbSingular: 'accuses',
    polarity: 'negative',
    cameo: { code: '112', label: 'Accuse' },
    plover: 'ACCUSE',
  },
  {
    id: 'criticizes',
    label: 'criticizes',
    verb: 'criticize',
    verbSingular: 'criticizes',
    polarity: 'negative',
    cameo: { code: '110', label: 'Disapprove' },
    plover: 'ACCUSE',
  },
  {
    id: 'opposes',
    label: 'opposes',
    verb: 'oppose',
    verbSingular: 'opposes',
    polarity: 'negative',
    cameo: { code: '110', label: 'Disapprove' },
    plover: 'ACCUSE',
  },
  {
    id: 'rejects',
    label: 'rejects',
    verb: 'reject',
    verbSingular: 'rejects',
    polarity: 'negative',
    cameo: { code: '120', label: 'Reject' },
    plover: 'REJECT',
  },
  {
    id: 'expresses-concern',
    label: 'expresses concern',
    verb: 'express concern about',
    verbSingular: 'expresses concern about',
    polarity: 'negative',
    cameo: { code: '012', label: 'Make pessimistic comment' },
    plover: null,
  },
  {
    id: 'calls-on',
    label: 'calls on',
    verb: 'call on',
    verbSingular: 'calls on',
    polarity: 'directive',
    cameo: { code: '020', label: 'Make an appeal or request' },
    plover: 'REQUEST',
  },
  {
    id: 'calls-for',
    label: 'calls for',
    verb: 'call for action on',
    verbSingular: 'calls for action on',
    polarity: 'directive',
    cameo: { code: '020', label: 'Make an appeal or request' },
    plover: 'REQUEST',
  },
  {
    id: 'emphasizes',
    label: 'emphasizes',
    verb: 'place emphasis on',
    verbSingular: 'places emphasis on',
    polarity: 'directive',
    cameo: { code: '010', label: 'Make statement' },
    plover: null,
  },
  {
    id: 'reaffirms-commitment',
    label: 'reaffirms commitment to',
    verb: 'reaffirm their commitment to',
    verbSingular: 'reaffirms its commitment to',
    polarity: 'positive',
    cameo: { code: '050', label: 'Engage in diplomatic cooperation' },
    plover: 'SUPPORT',
  },
  {
    id: 'supports',
    label: 'supports',
    verb: 'support',
    verbSingular: 'supports',
    polarity: 'positive',
    cameo: { code: '051', label: 'Praise or endorse' },
    plover: 'SUPPORT',
  },
  {
    id: 'commits-to',
    label: 'commits to',
    verb: 'commit to',
    verbSingular: 'commits to',
    polarity: 'positive',
    cameo: { code: '030', label: 'Express intent to cooperate' },
    plover: 'AGREE',
  },
  {
    id: 'agrees',
    label: 'agrees',
    verb: 'agree a position on',
    verbSingular: 'agrees a position on',
    polarity: 'neutral',
    cameo: { code: '019', label: 'Express accord' },
    plover: null,
  },
  {
    id: 'decides',
    label: 'decides',
    verb: 'take a decision on',
    verbSingular: 'takes a decision on',
    polarity: 'neutral',
    cameo: { code: '036', label: 'Express intent to meet or negotiate' },
    plover: 'AGREE',
  },
] as const satisfies readonly StanceType[];

export type StanceTypeId = (typeof stanceTypeList)[number]['id'];
export const STANCE_TYPE_IDS = stanceTypeList.map((t) => t.id) as [StanceTypeId, ...StanceTypeId[]];
export const STANCE_TYPES: Record<StanceTypeId, StanceType> = Object.fromEntries(
  stanceTypeList.map((t) => [t.id, t]),
) as Record<StanceTypeId, StanceType>;

export const ACTOR_KINDS = [
  'state',
  'bloc',
  'organization',
  'un-body',
  'armed-group',
  'unnamed',
  'place',
  'principle',
  'issue',
  'process',
  'event',
  'person',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export type Glyph =
  | 'circle'
  | 'ringed-circle'
  | 'rounded-square'
  | 'triangle'
  | 'dashed-circle'
  | 'diamond'
  | 'hexagon'
  | 'square'
  | 'star';

export const ACTOR_KIND_STYLES: Record<ActorKind, { label: string; plural: string; glyph: Glyph }> =
  {
    state: { label: 'State', plural: 'States', glyph: 'circle' },
    bloc: { label: 'Bloc', plural: 'Blocs', glyph: 'ringed-circle' },
    organization: { label: 'Organization', plural: 'Organizations', glyph: 'rounded-square' },
    'un-body': { label: 'UN body', plural: 'UN bodies', glyph: 'rounded-square' },
    'armed-group': { label: 'Armed group', plural: 'Armed groups', glyph: 'triangle' },
    unnamed: { label: 'Unnamed actor', plural: 'Unnamed actors', glyph: 'dashed-circle' },
    place: { label: 'Place', plural: 'Places', glyph: 'diamond' },
    principle: { label: 'Principle or text', plural: 'Principles and texts', glyph: 'hexagon' },
    issue: { label: 'Issue', plural: 'Issues', glyph: 'square' },
    process: { label: 'Process', plural: 'Processes', glyph: 'square' },
    event: { label: 'Event', plural: 'Events', glyph: 'star' },
    person: { label: 'Person', plural: 'People', glyph: 'circle' },
  };

export const ROLES = ['guarantor', 'host', 'party', 'observer', 'mediator', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_STYLES: Record<
  Role,
  { label: string; plural: string; color: string; badge: string }
> = {
  guarantor: { label: 'Guarantor', plural: 'Guarantors', color: '#000000', badge: 'G' },
  host: { label: 'Host', plural: 'Hosts', color: '#E69F00', badge: 'H' },
  party: { label: 'Party', plural: 'Parties', color: '#CC79A7', badge: 'P' },
  observer: { label: 'Observer', plural: 'Observers', color: '#56B4E9', badge: 'O' },
  mediator: { label: 'Mediator', plural: 'Mediators', color: '#F0E442', badge: 'M' },
  other: { label: 'Other participant', plural: 'Other participants', color: '#999999', badge: '·' },
};

export const ATTRIBUTIONS = ['direct', 'reported'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const ATTRIBUTION_LABELS: Record<Attribution, { badge: string; description: string }> = {
  direct: { badge: 'communiqué', description: "The communiqué's own words, quoted in the report" },
  reported: { badge: 'report', description: "The reporter's paraphrase of the communiqué" },
};

export function stanceTypeOf(id: string): StanceType {
  const type = (STANCE_TYPES as Record<string, StanceType | undefined>)[id];
  if (!type) throw new Error(`Unknown stance type "${id}"`);
  return type;
}
