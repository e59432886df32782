/**
 * The URL is the shareable view: one schema for parse and serialise.
 *   ?data=astana-22 | ?data=local:ID | ?src=https://…   (the dataset: see data/datasetSource.ts)
 *   &documents=ID,ID                (stances quoted from these source documents)
 *   &select=actor:israel&topics=gaza,lebanon&polarity=negative
 *   &types=condemns&roles=guarantor&view=table&joint=separate&scene=gaza&embed=1
 *   &focus=israel,unifil&zoom=1.5   (camera: actors framed, zoom on top; "Copy link" writes them)
 *   &handout=1                      (the printable handout; read only, never written)
 *   &presenter=1                    (the presenter view; read only, never written)
 * Unknown or malformed values are dropped, never trusted.
 */
import {
  POLARITIES,
  ROLES,
  STANCE_TYPE_IDS,
  type Polarity,
  type Role,
  type StanceTypeId,
} from '../data/vocabulary';
import type { JointMode } from '../data/schema';
import { DEFAULT_VIEW, type Selection, type ViewMode, type ViewState } from '../state/uiStore';

export interface UrlState extends ViewState {
  /** Dataset name in public/data/, or local:ID (the library), or null for the default. */
  data: string | null;
  /** The http(s) address of a dataset on another server; absent or null for none. */
  src?: string | null;
  scene: string | null;
  embed: boolean;
  /** Actors the camera frames; absent or null frames everything visible. */
  focus?: string[] | null;
  /** Zoom multiplier on top of the framing; absent or null is 1. */
  zoom?: number | null;
  /** Show the printable handout of the briefing. */
  handout?: boolean;
  /** This window is the presenter view of a presentation in another window. */
  presenter?: boolean;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
/** Bundled dataset names (public/data/NAME.json); the boot script in index.html uses the same. */
export const DATASET_NAME = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** A library dataset, local:ID (ids as in src/library/types.ts). */
export const LOCAL_DATASET = /^local:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_ADDRESS = /^https?:\/\/\S+$/i;

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((item) => ID.test(item)))];
}

function only<T extends string>(values: readonly T[], items: string[]): T[] {
  return items.filter((item): item is T => (values as readonly string[]).includes(item));
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  let selection: Selection | null = null;
  const select = params.get('select');
  const match = select ? /^(actor|stance):(.+)$/.exec(select) : null;
  if (match && ID.test(match[2]!))
    selection = { kind: match[1] as Selection['kind'], id: match[2]! };
  const data = params.get('data');
  const scene = params.get('scene');
  const view = params.get('view');
  const joint = params.get('joint');
  const focus = list(params, 'focus');
  const zoom = Number(params.get('zoom'));
  const src = params.get('src');
  const documents = list(params, 'documents');
  return {
    data: data && (DATASET_NAME.test(data) || LOCAL_DATASET.test(data)) ? data : null,
    ...(src && HTTP_ADDRESS.test(src) ? { src } : {}),
    selection,
    filters: {
      topics: list(params, 'topics'),
      polarities: only<Polarity>(POLARITIES, list(params, 'polarity')),
      types: only<StanceTypeId>(STANCE_TYPE_IDS, list(params, 'types')),
      roles: only<Role>(ROLES, list(params, 'roles')),
      ...(documents.length ? { documents } : {}),
    },
    view: view === 'table' ? 'table' : ('map' satisfies ViewMode),
    joint: joint === 'separate' || joint === 'bloc' ? (joint as JointMode) : DEFAULT_VIEW.joint,
    scene: scene && ID.test(scene) ? scene : null,
    embed: params.get('embed') === '1',
    focus: focus.length ? focus : null,
    zoom: params.has('zoom') && zoom >= 0.1 && zoom <= 10 ? zoom : null,
    handout: params.get('handout') === '1',
    // Only when asked for: a presenter view's address is never written, so most states lack it.
    ...(params.get('presenter') === '1' ? { presenter: true } : {}),
  };
}

/** The parameters serializeUrlState writes (and so replaces). */
export const URL_STATE_PARAMS = [
  'data',
  'src',
  'select',
  'topics',
  'polarity',
  'types',
  'roles',
  'documents',
  'view',
  'joint',
  'scene',
  'focus',
  'zoom',
  'embed',
] as const;

/** Serialise, leaving out defaults so links stay short. Keeps params it does not own. */
export function serializeUrlState(state: UrlState, keep = ''): string {
  const params = new URLSearchParams(keep);
  for (const key of URL_STATE_PARAMS) params.delete(key);
  if (state.data) params.set('data', state.data);
  else if (state.src) params.set('src', state.src);
  if (state.selection) params.set('select', `${state.selection.kind}:${state.selection.id}`);
  if (state.filters.topics.length) params.set('topics', state.filters.topics.join(','));
  if (state.filters.polarities.length) params.set('polarity', state.filters.polarities.join(','));
  if (state.filters.types.length) params.set('types', state.filters.types.join(','));
  if (state.filters.roles.length) params.set('roles', state.filters.roles.join(','));
  if (state.filters.documents?.length) params.set('documents', state.filters.documents.join(','));
  if (state.view !== DEFAULT_VIEW.view) params.set('view', state.view);
  if (state.joint !== DEFAULT_VIEW.joint) params.set('joint', state.joint);
  if (state.scene) params.set('scene', state.scene);
  if (state.focus?.length) params.set('focus', state.focus.join(','));
  if (state.zoom && state.zoom !== 1)
    params.set('zoom', String(Math.round(state.zoom * 100) / 100));
  if (state.embed) params.set('embed', '1');
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
  return text ? `?${text}` : '';
}

/** The URL state for what the store shows, plus what only the URL knows. */
export function urlStateFrom(
  state: ViewState & { sceneId: string | null },
  extra: {
    data: string | null;
    src?: string | null;
    embed: boolean;
    focus?: string[] | null;
    zoom?: number | null;
  },
): UrlState {
  return {
    data: extra.data,
    src: extra.src ?? null,
    selection: state.selection,
    filters: state.filters,
    view: state.view,
    joint: state.joint,
    scene: state.sceneId,
    embed: extra.embed,
    focus: extra.focus,
    zoom: extra.zoom,
  };
}
