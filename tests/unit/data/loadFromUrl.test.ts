/** Datasets from another server: each way it can fail has its own sentence. */
import { describe, expect, it } from 'vitest';
import { loadDatasetFromUrl, URL_TIMEOUT_MS } from '../../../src/data/loadFromUrl';
import { DatasetError } from '../../../src/data/parseDataset';
import { baseDataset } from '../../fixtures/broken/base';

const URL_ = 'https://data.example.org/communique.json';

async function reason(
  fetchImpl: (url: string, init?: RequestInit) => Promise<Response>,
  timeoutMs?: number,
): Promise<string> {
  const error = await loadDatasetFromUrl(URL_, { fetchImpl, timeoutMs }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetError);
  expect((error as DatasetError).file).toBe(URL_);
  return (error as DatasetError).problems[0]!.reason;
}

const answer =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);

describe('loadDatasetFromUrl', () => {
  it('returns the checked dataset, asking without cookies', async () => {
    let asked: RequestInit | undefined;
    const dataset = await loadDatasetFromUrl(URL_, {
      fetchImpl: async (_url, init) => {
        asked = init;
        return new Response(JSON.stringify(baseDataset()), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    expect(dataset.id).toBe('base');
    expect(asked).toMatchObject({ credentials: 'omit', cache: 'no-cache' });
  });

  it('explains a refused (CORS) or unreachable address', async () => {
    expect(await reason(() => Promise.reject(new TypeError('Failed to fetch')))).toMatch(
      /did not allow other sites to read it .*Access-Control-Allow-Origin/,
    );
  });

  it('says 404, server errors and other refusals apart', async () => {
    expect(await reason(answer('no', { status: 404 }))).toBe(
      'the server has no file at this address (404 Not Found)',
    );
    expect(await reason(answer('boom', { status: 500, statusText: 'Internal Server Error' }))).toBe(
      'the server failed to answer (500 Internal Server Error); it may work if you retry later',
    );
    expect(await reason(answer('no', { status: 403, statusText: 'Forbidden' }))).toBe(
      'the server refused the file (403 Forbidden)',
    );
  });

  it('recognises a web page instead of JSON, by type or by content', async () => {
    const page = '<!doctype html><html><body>Sign in</body></html>';
    expect(await reason(answer(page, { headers: { 'content-type': 'text/html' } }))).toMatch(
      /sent a web page \(HTML\), not a dataset file in JSON/,
    );
    expect(await reason(answer(page, { headers: { 'content-type': 'text/plain' } }))).toMatch(
      /web page/,
    );
  });

  it('gives up after the time limit and states it', async () => {
    const never = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    expect(await reason(never, 30)).toMatch(/^no answer within 30 ms, the time limit/);
    expect(URL_TIMEOUT_MS).toBe(20_000);
  });

  it('passes a broken file’s problems through with their path', async () => {
    const broken = baseDataset();
    broken.stances[0]!.to = 'nobody';
    expect(await reason(answer(JSON.stringify(broken)))).toBe('unknown actor "nobody"');
  });
});
