/**
 * The app shell with a mocked network: loading, the error screen and its Retry, a
 * dataset whose strings look like markup, and the URL kept in step with the store.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, createQueryClient } from '../../../src/app/App';
import { createUiStore } from '../../../src/state/uiStore';
import { baseDataset, brokenJson } from '../../fixtures/broken/base';

type Answer = () => Response | Promise<Response>;

const jsonResponse = (body: string) =>
  new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });

/** Stub the global fetch: answers by file name under data/, in order for repeated calls. */
function stubFetch(routes: Record<string, Answer | Answer[]>) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = new URL(url).pathname.split('/data/')[1] ?? '';
    calls.push(file);
    const route = routes[file];
    const answers = Array.isArray(route) ? route : route ? [route] : [];
    const answer =
      answers[Math.min(calls.filter((f) => f === file).length - 1, answers.length - 1)];
    return answer ? answer() : new Response('Not found', { status: 404, statusText: 'Not Found' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}

function renderApp(search: string) {
  const queryClient = createQueryClient();
  const store = createUiStore();
  const result = render(<App search={search} queryClient={queryClient} store={store} />);
  return { ...result, queryClient, store };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App loading a dataset', () => {
  it('shows a status while the dataset loads, then the workspace', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    stubFetch({
      'base.json': async () => {
        await gate;
        return jsonResponse(JSON.stringify(baseDataset()));
      },
    });
    renderApp('?data=base');
    expect(screen.getByRole('status')).toHaveTextContent('Loading dataset “base”…');
    release();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A small test communiqué' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: /Loading dataset/ })).not.toBeInTheDocument();
  });

  it('shows an alert naming the file, the path and the reason for a broken dataset', async () => {
    stubFetch({
      'base.json': () =>
        jsonResponse(
          brokenJson((d) => {
            d.stances[0]!.evidence[0]!.start += 1;
            d.stances[0]!.evidence[0]!.end += 1;
          }),
        ),
    });
    renderApp('?data=base');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'This dataset could not be loaded' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('File: base.json');
    expect(
      within(alert).getByText(
        'stances[0].evidence[0]: quote does not match the text at 26–60 (it appears at 25–59)',
      ),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Open the default dataset' })).toHaveAttribute(
      'href',
      '?',
    );
  });

  it('says when there are more problems than it lists', async () => {
    stubFetch({
      'base.json': () =>
        jsonResponse(
          brokenJson((d) => {
            for (let i = 0; i < 23; i++) d.stances[0]!.topics.push(`ghost-${i}`);
          }),
        ),
    });
    renderApp('?data=base');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent('…and 3 more problems.');
  });

  it('names the available datasets when the name is wrong', async () => {
    stubFetch({
      'index.json': () =>
        jsonResponse(
          JSON.stringify({ datasets: [{ id: 'astana-22', file: 'astana-22.json', title: 'A' }] }),
        ),
    });
    renderApp('?data=x');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('File: x.json');
    expect(
      within(alert).getByText('no dataset named "x". Available: astana-22'),
    ).toBeInTheDocument();
  });

  it('refetches on Retry and shows the workspace when the file is fixed', async () => {
    const { calls } = stubFetch({
      'base.json': [
        () => new Response('oops', { status: 503, statusText: 'Service Unavailable' }),
        () => jsonResponse(JSON.stringify(baseDataset())),
      ],
    });
    renderApp('?data=base');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server answered 503 Service Unavailable');
    expect(calls).toEqual(['base.json']);

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A small test communiqué' }),
    ).toBeInTheDocument();
    expect(calls).toEqual(['base.json', 'base.json']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('loads the embedded dataset when no name is given', async () => {
    const { calls } = stubFetch({});
    renderApp('');
    await screen.findByRole('alert');
    expect(calls[0]).toBe('astana-22.json');
  });
});

describe('strings in the data that look like markup', () => {
  const SCRIPT_TITLE = '<script>window.__pwned = true</script>Summit';
  const SCRIPT_NAME = '<script>window.__pwned = true</script>Israel';
  const IMG_LABEL = '<img src=x onerror="window.__pwned = true">';

  it('render as literal text and never create elements', async () => {
    stubFetch({
      'hostile.json': () =>
        jsonResponse(
          brokenJson((d) => {
            d.title = SCRIPT_TITLE;
            d.actors[4]!.name = SCRIPT_NAME;
            d.topics[0]!.label = IMG_LABEL;
          }),
        ),
    });
    const scriptsBefore = document.querySelectorAll('script').length;
    const { container, store } = renderApp('?data=hostile');
    expect(
      await screen.findByRole('heading', { level: 1, name: SCRIPT_TITLE }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    // The topic filter (filled in after the first paint) shows the label as typed.
    const topicLabels = await screen.findAllByText(IMG_LABEL, { exact: false });
    expect(topicLabels.length).toBeGreaterThan(0);
    for (const element of topicLabels) expect(element.textContent).toContain(IMG_LABEL);

    // Selecting the actor puts its name in the Details heading, as text.
    act(() => store.getState().selectActor('israel'));
    expect(
      await screen.findByRole('heading', { name: SCRIPT_NAME }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});

describe('URL sync', () => {
  it('pushes a history entry for a new selection and replaces it for a filter', async () => {
    stubFetch({ 'base.json': () => jsonResponse(JSON.stringify(baseDataset())) });
    window.history.replaceState(null, '', '/?data=base');
    const { store } = renderApp('?data=base');
    await screen.findByRole('heading', { level: 1, name: 'A small test communiqué' });
    const length = window.history.length;

    act(() => store.getState().selectActor('israel'));
    expect(window.location.search).toBe('?data=base&select=actor:israel');
    expect(window.history.length).toBe(length + 1);

    act(() => store.getState().toggleTopic('gaza'));
    expect(window.location.search).toBe('?data=base&select=actor:israel&topics=gaza');
    expect(window.history.length).toBe(length + 1);
  });

  it('restores the view recorded in the URL on Back', async () => {
    stubFetch({ 'base.json': () => jsonResponse(JSON.stringify(baseDataset())) });
    window.history.replaceState(null, '', '/?data=base');
    const { store } = renderApp('?data=base');
    await screen.findByRole('heading', { level: 1, name: 'A small test communiqué' });
    act(() => store.getState().selectActor('israel'));
    act(() => store.getState().selectActor('iran'));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'iran' });

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() =>
      expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' }),
    );
  });
});
