import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SOURCE,
  datasetSourceFromSearch,
  sourceKey,
  sourceParams,
} from '../../../src/data/datasetSource';
import { NAME_RULE, describeSource, invalidSourceReason } from '../../../src/data/sourceMessages';
import { parseUrlState, serializeUrlState } from '../../../src/url/urlState';

const reasonFor = (search: string) => {
  const source = datasetSourceFromSearch(search);
  return source.kind === 'invalid' ? invalidSourceReason(source) : `valid: ${source.kind}`;
};

describe('dataset sources in the address', () => {
  it('reads bundled names, library ids and http(s) addresses', () => {
    expect(datasetSourceFromSearch('')).toEqual(DEFAULT_SOURCE);
    expect(datasetSourceFromSearch('?data=')).toEqual(DEFAULT_SOURCE);
    expect(datasetSourceFromSearch('?src=&data=a')).toEqual({ kind: 'bundled', name: 'a' });
    expect(datasetSourceFromSearch('?data=astana-21')).toEqual({
      kind: 'bundled',
      name: 'astana-21',
    });
    expect(datasetSourceFromSearch('?data=local:mine-k3x9')).toEqual({
      kind: 'local',
      id: 'mine-k3x9',
    });
    expect(datasetSourceFromSearch('?src=https://example.org/d/x.json?v=1')).toEqual({
      kind: 'url',
      url: 'https://example.org/d/x.json?v=1',
    });
    // An address wins over a name: it is what the link's author pointed at.
    expect(datasetSourceFromSearch('?data=a&src=http://h.test/x.json').kind).toBe('url');
  });

  it('refuses names that break the rule and says what the rule is', () => {
    for (const bad of ['Mine-Caps', 'my_data', 'x.json', '../x', '-a']) {
      const source = datasetSourceFromSearch(`?data=${encodeURIComponent(bad)}`);
      expect(source, bad).toMatchObject({ kind: 'invalid', param: 'data', value: bad });
      expect(reasonFor(`?data=${encodeURIComponent(bad)}`), bad).toContain(NAME_RULE);
    }
    expect(reasonFor('?data=x.json')).toContain('leave out ".json" (?data=x)');
    expect(reasonFor('?data=Mine-Caps')).toContain('lower-case (?data=mine-caps)');
    expect(datasetSourceFromSearch('?data=%E0%A4%A')).toMatchObject({ kind: 'invalid' });
    expect(reasonFor('?data=%E0%A4%A')).toContain('broken "%" escape');
    expect(reasonFor('?data=local:Bad_Id')).toContain('is not a library id');
  });

  it('accepts only http and https addresses', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:,{}', 'x.json']) {
      const source = datasetSourceFromSearch(`?src=${encodeURIComponent(bad)}`);
      expect(source, bad).toMatchObject({ kind: 'invalid', param: 'src' });
    }
    expect(reasonFor('?src=ftp://h.test/x.json')).toBe(
      'only http and https addresses can be opened, not "ftp:"',
    );
    expect(reasonFor('?src=x.json')).toContain('is not a web address');
  });

  it('writes back the parameters it read, and keys each source apart', () => {
    for (const search of [
      '?data=astana-21',
      '?data=local:mine-k3x9',
      '?src=https://h.test/x.json',
    ]) {
      const source = datasetSourceFromSearch(search);
      const written = serializeUrlState({ ...parseUrlState(''), ...sourceParams(source) });
      expect(written).toBe(search);
      expect(datasetSourceFromSearch(written)).toEqual(source);
    }
    expect(sourceParams(DEFAULT_SOURCE)).toEqual({ data: null, src: null });
    const keys = ['?data=a', '?data=local:a', '?src=https://a.test/'].map((s) =>
      sourceKey(datasetSourceFromSearch(s)),
    );
    expect(new Set(keys).size).toBe(3);
  });

  it('keeps every view parameter next to a local or address dataset', () => {
    const search = '?data=local:mine-k3x9&select=actor:a-1&topics=t-1&view=table&embed=1';
    const state = parseUrlState(search);
    expect(state).toMatchObject({
      data: 'local:mine-k3x9',
      selection: { kind: 'actor', id: 'a-1' },
      filters: { topics: ['t-1'] },
      view: 'table',
      embed: true,
    });
    expect(serializeUrlState(state)).toBe(search);
    expect(parseUrlState('?src=https://h.test/x.json&select=stance:s').src).toBe(
      'https://h.test/x.json',
    );
    expect(parseUrlState('?src=javascript:alert(1)').src).toBeUndefined();
  });

  it('names the source for the error screen', () => {
    expect(describeSource(datasetSourceFromSearch('?data=a'))).toEqual({
      label: 'File',
      value: 'data/a.json',
    });
    expect(describeSource(datasetSourceFromSearch('?src=https://h.test/x.json')).label).toBe(
      'Address',
    );
  });
});
