/** The URL is the shareable view: parse and serialise are one schema and round-trip. */
import {
  DATASET_NAME,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../../src/url/urlState';

const DEFAULT: UrlState = {
  data: null,
  selection: null,
  filters: { topics: [], polarities: [], types: [], roles: [] },
  view: 'map',
  joint: 'bloc',
  scene: null,
  embed: false,
  focus: null,
  zoom: null,
  handout: false,
};

const FULL: UrlState = {
  data: 'astana-21',
  selection: { kind: 'actor', id: 'israel' },
  filters: {
    topics: ['gaza', 'lebanon'],
    polarities: ['negative', 'directive'],
    types: ['condemns'],
    roles: ['guarantor'],
  },
  view: 'table',
  joint: 'separate',
  scene: 'gaza',
  embed: true,
  focus: ['israel', 'unifil'],
  zoom: 1.5,
  handout: false,
};

describe('parseUrlState', () => {
  it('reads an empty query as the default view', () => {
    expect(parseUrlState('')).toEqual(DEFAULT);
    expect(parseUrlState('?')).toEqual(DEFAULT);
  });

  it('reads every parameter', () => {
    expect(
      parseUrlState(
        '?data=astana-21&select=actor:israel&topics=gaza,lebanon&polarity=negative,directive' +
          '&types=condemns&roles=guarantor&view=table&joint=separate&scene=gaza' +
          '&focus=israel,unifil&zoom=1.5&embed=1',
      ),
    ).toEqual(FULL);
  });

  it('reads a stance selection, and ids with ":" in them', () => {
    expect(parseUrlState('?select=stance:condemns-israel').selection).toEqual({
      kind: 'stance',
      id: 'condemns-israel',
    });
    expect(parseUrlState('?select=actor:un:unsc').selection).toEqual({
      kind: 'actor',
      id: 'un:unsc',
    });
  });

  it('reads encoded separators as a browser may write them', () => {
    expect(parseUrlState('?topics=gaza%2Clebanon&select=actor%3Aisrael')).toMatchObject({
      selection: { kind: 'actor', id: 'israel' },
      filters: { topics: ['gaza', 'lebanon'] },
    });
  });

  it('drops malformed or unknown values instead of trusting them', () => {
    const state = parseUrlState(
      '?data=../../etc/passwd&select=place:israel&topics=gaza,<script>,,gaza' +
        '&polarity=angry,negative&types=praises&roles=king&view=globe&joint=merged&scene=a%20b&embed=yes' +
        '&focus=-x&zoom=100&handout=yes',
    );
    expect(state).toEqual({
      ...DEFAULT,
      filters: { topics: ['gaza'], polarities: ['negative'], types: [], roles: [] },
    });
  });

  it('drops a selection whose id is not an id', () => {
    expect(parseUrlState('?select=actor:').selection).toBeNull();
    expect(parseUrlState('?select=actor:-israel').selection).toBeNull();
    expect(parseUrlState('?select=actor:is rael').selection).toBeNull();
    expect(parseUrlState(`?select=actor:${'a'.repeat(201)}`).selection).toBeNull();
  });

  it('accepts only lower-case dataset names that are safe as a file name', () => {
    expect(parseUrlState('?data=my-dataset-2').data).toBe('my-dataset-2');
    for (const bad of ['Astana', 'a.json', 'a/b', '-a', 'a_b', 'a'.repeat(81)]) {
      expect(DATASET_NAME.test(bad), bad).toBe(false);
      expect(parseUrlState(`?data=${encodeURIComponent(bad)}`).data, bad).toBeNull();
    }
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrlState(DEFAULT)).toBe('');
  });

  it('writes every non-default field, with readable separators', () => {
    expect(serializeUrlState(FULL)).toBe(
      '?data=astana-21&select=actor:israel&topics=gaza,lebanon&polarity=negative,directive' +
        '&types=condemns&roles=guarantor&view=table&joint=separate&scene=gaza' +
        '&focus=israel,unifil&zoom=1.5&embed=1',
    );
  });

  it('keeps parameters it does not own and replaces the ones it does', () => {
    expect(
      serializeUrlState(
        { ...DEFAULT, selection: { kind: 'actor', id: 'iran' } },
        '?handout=1&select=actor:israel&topics=gaza',
      ),
    ).toBe('?handout=1&select=actor:iran');
  });

  it('reads the handout flag and a camera, and refuses a zoom out of range', () => {
    expect(parseUrlState('?handout=1').handout).toBe(true);
    expect(parseUrlState('?zoom=0.05').zoom).toBeNull();
    expect(parseUrlState('?zoom=abc').zoom).toBeNull();
    expect(parseUrlState('?zoom=10').zoom).toBe(10);
  });

  it('drops a camera the view no longer holds (a stale focus must not outlive the view)', () => {
    expect(
      serializeUrlState(
        { ...DEFAULT, selection: { kind: 'actor', id: 'iran' } },
        '?select=actor:israel&focus=israel&zoom=2',
      ),
    ).toBe('?select=actor:iran');
  });

  it('leaves out the default joint mode and view', () => {
    expect(serializeUrlState({ ...DEFAULT, joint: 'bloc', view: 'map' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT, joint: 'separate' })).toBe('?joint=separate');
  });
});

describe('round trip', () => {
  const states: Array<[string, UrlState]> = [
    ['default', DEFAULT],
    ['everything', FULL],
    [
      'a stance in the table',
      { ...DEFAULT, view: 'table', selection: { kind: 'stance', id: 's.1_a:b' } },
    ],
    ['filters only', { ...DEFAULT, filters: { ...DEFAULT.filters, roles: ['host', 'observer'] } }],
    ['a scene in an embed', { ...DEFAULT, scene: 'intro', embed: true }],
  ];

  it.each(states)('state → URL → state keeps %s', (_name, state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it.each([
    '?select=actor:israel&topics=gaza',
    '?data=astana-21&view=table&joint=separate',
    '?polarity=positive&types=supports,commits-to&roles=host',
  ])('URL → state → URL keeps %s', (search) => {
    expect(serializeUrlState(parseUrlState(search))).toBe(search);
  });
});
