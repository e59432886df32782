/**
 * Fetch a dataset from another server (`?src=https://…`), with the same checks as a
 * bundled one. Each way a foreign server can fail gets its own sentence: the browser
 * refusing it for want of CORS headers (or no answer at all), 404, a server error, a web
 * page instead of JSON, and no answer within the time limit.
 */
import { DatasetError, parseDataset } from './parseDataset';
import type { Dataset } from './schema';
import type { Fetch } from './loadDataset';

/** How long an address may take to send the whole file. */
export const URL_TIMEOUT_MS = 20_000;

/**
 * Browser tests shorten the limit by setting this on window before the app loads
 * (a server that never answers would otherwise hold a test for 20 s). Nothing else sets it.
 */
const TEST_TIMEOUT_HOOK = '__stanceMapUrlTimeoutMs';

export function urlTimeoutMs(): number {
  const hook =
    typeof window === 'undefined'
      ? undefined
      : (window as unknown as Record<string, unknown>)[TEST_TIMEOUT_HOOK];
  return typeof hook === 'number' && hook > 0 ? hook : URL_TIMEOUT_MS;
}

function fail(url: string, reason: string): DatasetError {
  return new DatasetError(url, [{ path: '', reason }]);
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function timedOut(url: string, ms: number): DatasetError {
  return fail(
    url,
    `no answer within ${seconds(ms)}, the time limit: the server may be down or very slow. ` +
      'Retry, or download the file and open it with Open…',
  );
}

export async function loadDatasetFromUrl(
  url: string,
  { fetchImpl = fetch, timeoutMs = urlTimeoutMs() }: { fetchImpl?: Fetch; timeoutMs?: number } = {},
): Promise<Dataset> {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        signal: controller.signal,
        cache: 'no-cache',
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch {
      if (expired) throw timedOut(url, timeoutMs);
      // The browser hides why (CORS refused, DNS, offline, TLS) and says only TypeError.
      throw fail(
        url,
        'the browser could not read this address: the server did not allow other sites to read it ' +
          '(it must send the header "Access-Control-Allow-Origin"), or it could not be reached',
      );
    }
    if (response.status === 404 || response.status === 410) {
      throw fail(url, `the server has no file at this address (${response.status} Not Found)`);
    }
    if (response.status >= 500) {
      throw fail(
        url,
        `the server failed to answer (${response.status} ${response.statusText}`.trim() +
          '); it may work if you retry later',
      );
    }
    if (!response.ok) {
      throw fail(
        url,
        `the server refused the file (${response.status} ${response.statusText})`.trim(),
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (expired) throw timedOut(url, timeoutMs);
      throw fail(url, 'the connection broke while the file was arriving; retry');
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') || /^\s*<(!doctype|html|head|body)/i.test(text)) {
      throw fail(
        url,
        'the address sent a web page (HTML), not a dataset file in JSON: link to the .json file itself ' +
          '(on GitHub or GitLab, the "Raw" link)',
      );
    }
    return parseDataset(text, url);
  } finally {
    clearTimeout(timer);
  }
}
