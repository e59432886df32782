// @vitest-environment jsdom
/**
 * Fetching a dataset by name: the file under data/, the index of what exists when the
 * name is wrong, and every failure turned into a DatasetError naming the file.
 */
import { DEFAULT_DATASET, fetchDatasetIndex, loadDataset } from '../../../src/data/loadDataset';
import { DatasetError } from '../../../src/data/parseDataset';
import { baseDataset, brokenJson } from '../../fixtures/broken/base';

const INDEX = {
  datasets: [
    { id: 'astana-22', file: 'astana-22.json', title: 'Astana 22', default: true },
    { id: 'astana-21', file: 'astana-21.json', title: 'Astana 21' },
  ],
};

type Route = Response | (() => Response | Promise<Response>);

/** A fetch that answers by file name and records what was asked for. */
function mockFetch(routes: Record<string, Route>) {
  const calls: string[] = [];
  const fetchImpl = vi.fn(async (url: string) => {
    calls.push(url);
    const file = new URL(url).pathname.split('/data/')[1] ?? '';
    const route = routes[file];
    if (!route) return new Response('Not found', { status: 404, statusText: 'Not Found' });
    return typeof route === 'function' ? route() : route.clone();
  });
  return { fetchImpl, calls };
}

const json = (body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
const html = () =>
  new Response('<!doctype html><html><body><div id="root"></div></body></html>', {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });

async function loadError(
  name: string,
  fetchImpl: (url: string) => Promise<Response>,
): Promise<DatasetError> {
  const error: unknown = await loadDataset(name, fetchImpl).then(
    () => new Error('expected loadDataset to reject'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('loadDataset', () => {
  it('fetches data/NAME.json relative to the page and returns the checked dataset', async () => {
    const { fetchImpl, calls } = mockFetch({ 'base.json': json(baseDataset()) });
    const dataset = await loadDataset('base', fetchImpl);
    expect(dataset.id).toBe('base');
    expect(dataset.stances).toHaveLength(5);
    expect(calls).toEqual([new URL('data/base.json', document.baseURI).toString()]);
  });

  it('on a 404, names the missing dataset and lists the available ones from index.json', async () => {
    const { fetchImpl, calls } = mockFetch({ 'index.json': json(INDEX) });
    const error = await loadError('x', fetchImpl);
    expect(error.file).toBe('x.json');
    expect(error.problems).toEqual([
      { path: '', reason: 'no dataset named "x". Available: astana-22, astana-21' },
    ]);
    expect(error.message).toBe('x.json: no dataset named "x". Available: astana-22, astana-21');
    expect(calls.map((url) => url.split('/').pop())).toEqual(['x.json', 'index.json']);
  });

  it('treats an HTML page (a dev server’s fallback) like a 404', async () => {
    const { fetchImpl } = mockFetch({ 'x.json': html, 'index.json': json(INDEX) });
    expect((await loadError('x', fetchImpl)).message).toBe(
      'x.json: no dataset named "x". Available: astana-22, astana-21',
    );
  });

  it('says "none listed" when the index is missing or malformed', async () => {
    expect((await loadError('x', mockFetch({}).fetchImpl)).problems[0]!.reason).toBe(
      'no dataset named "x". Available: none listed',
    );
    const malformed = mockFetch({ 'index.json': json('{"datasets": "astana-22"}') });
    expect((await loadError('x', malformed.fetchImpl)).problems[0]!.reason).toBe(
      'no dataset named "x". Available: none listed',
    );
    const notJson = mockFetch({ 'index.json': json('{oops') });
    expect((await loadError('x', notJson.fetchImpl)).problems[0]!.reason).toBe(
      'no dataset named "x". Available: none listed',
    );
  });

  it('reports a network failure', async () => {
    const fetchImpl = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await loadError('base', fetchImpl)).message).toBe(
      'base.json: could not be fetched: Failed to fetch',
    );
  });

  it('reports another server error with its status', async () => {
    const { fetchImpl } = mockFetch({
      'base.json': () => new Response('boom', { status: 500, statusText: 'Internal Server Error' }),
    });
    expect((await loadError('base', fetchImpl)).message).toBe(
      'base.json: the server answered 500 Internal Server Error',
    );
  });

  it('passes a broken file’s own error through, naming the file', async () => {
    const { fetchImpl } = mockFetch({
      'base.json': json(
        brokenJson((d) => {
          d.stances[2]!.to = 'isreal';
        }),
      ),
    });
    expect((await loadError('base', fetchImpl)).message).toBe(
      'base.json: stances[2].to: unknown actor "isreal"',
    );
  });

  it('uses index.json’s file for an entry whose id differs from its file', async () => {
    const { fetchImpl, calls } = mockFetch({
      'index.json': json({ datasets: [{ id: 'alias-x', file: 'base.json', title: 'Base' }] }),
      'base.json': json(baseDataset()),
    });
    expect((await loadDataset('alias-x', fetchImpl)).id).toBe('base');
    expect(calls.map((url) => url.split('/').pop())).toEqual([
      'alias-x.json',
      'index.json',
      'base.json',
    ]);
  });

  it('says when a listed dataset’s file is missing, and refuses a listed path', async () => {
    const listed = mockFetch({
      'index.json': json({
        datasets: [
          { id: 'gone', file: 'gone.json', title: 'Gone' },
          { id: 'moved', file: 'elsewhere.json', title: 'Moved' },
          { id: 'sneaky', file: '../secret.json', title: 'Sneaky' },
        ],
      }),
    });
    expect((await loadError('gone', listed.fetchImpl)).message).toBe(
      'gone.json: "gone" is listed in index.json but the file is missing',
    );
    expect((await loadError('moved', listed.fetchImpl)).message).toBe(
      'elsewhere.json: "moved" is listed in index.json but the file is missing',
    );
    expect((await loadError('sneaky', listed.fetchImpl)).message).toBe(
      'index.json: datasets[2].file: "../secret.json" is not a file name in public/data/ ending ".json"',
    );
  });

  it('shortens a long list of available datasets', async () => {
    const datasets = Array.from({ length: 12 }, (_, i) => ({
      id: `d-${i}`,
      file: `d-${i}.json`,
      title: `D ${i}`,
    }));
    const { fetchImpl } = mockFetch({ 'index.json': json({ datasets }) });
    expect((await loadError('x', fetchImpl)).problems[0]!.reason).toBe(
      'no dataset named "x". Available: d-0, d-1, d-2, d-3, d-4, d-5, d-6, d-7 and 4 more',
    );
  });

  it('defaults to the embedded dataset', () => {
    expect(DEFAULT_DATASET).toBe('astana-22');
  });
});

describe('fetchDatasetIndex', () => {
  it('keeps only listings with an id', async () => {
    const { fetchImpl } = mockFetch({
      'index.json': json({
        datasets: [{ id: 'a', file: 'a.json', title: 'A' }, { title: 'no id' }, null],
      }),
    });
    expect(await fetchDatasetIndex(fetchImpl)).toEqual([{ id: 'a', file: 'a.json', title: 'A' }]);
  });
});
