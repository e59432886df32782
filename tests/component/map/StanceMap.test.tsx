import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { nominalMapArea } from '../../../src/layout/layoutArea';
import { getMapSnapshot } from '../../../src/map/mapSnapshot';
import { StanceMap } from '../../../src/map/StanceMap';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import type { Dataset } from '../../../src/data/schema';
import { createUiStore } from '../../../src/state/uiStore';
import { UiStoreProvider } from '../../../src/state/UiStoreProvider';
import { DatasetProvider } from '../../../src/ui/DatasetContext';

const dataset = loadAstana22();
const index = indexDataset(dataset);
const graph = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
const stanceLinks = graph.links.filter((link) => link.kind === 'stance');

/** d3-drag listens on the event's `view`, which jsdom will not take in the constructor. */
function mouse(target: EventTarget, type: string, clientX: number, clientY: number) {
  const event = new MouseEvent(type, {
    bubbles: true,
    cancelable: true,
    clientX,
    clientY,
    button: 0,
  });
  Object.defineProperty(event, 'view', { value: window });
  act(() => {
    target.dispatchEvent(event);
  });
}

function renderMap(options: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(<StanceMap />, { dataset, ...options });
}

/** Hover, tips, keys and the zoom buttons load just after the first paint: wait for them. */
async function inputReady() {
  await screen.findByRole('button', { name: 'Zoom in' });
}

/** Drag, pan and zoom load just after the first paint; wait until they are attached. */
async function interactionReady() {
  await waitFor(() =>
    expect(document.querySelector('svg.map__svg')).toHaveAttribute('data-interactive'),
  );
}

/**
 * Stand in for ResizeObserver (jsdom has none) under reduced motion, so camera moves are
 * immediate; `report` tells the map its new size. Undo with vi.unstubAllGlobals().
 */
function fakeResizeObserver() {
  const reports: ResizeObserverCallback[] = [];
  class FakeResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      reports.push(callback);
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('reduce'),
    media: query,
  }));
  return {
    reports,
    report(width: number, height: number) {
      const entry = {
        borderBoxSize: [{ inlineSize: width, blockSize: height }],
        contentRect: { width, height },
      } as unknown as ResizeObserverEntry;
      act(() => {
        for (const callback of reports) callback([entry], {} as ResizeObserver);
      });
    },
  };
}

/** Whether these actors' centres are inside the current view. */
function inView(ids: Iterable<string>): boolean {
  const { transform, positions, width, height } = getMapSnapshot()!;
  return [...ids].every((id) => {
    const point = positions.get(id)!;
    const x = point.x * transform.k + transform.x;
    const y = point.y * transform.k + transform.y;
    return x >= 0 && x <= width && y >= 0 && y <= height;
  });
}

function actor(name: string) {
  return within(screen.getByRole('group', { name: 'Actors' })).getByRole('button', { name });
}

describe('StanceMap', () => {
  it('is a region with its keys described', () => {
    renderMap();
    const region = screen.getByRole('region', { name: 'Stance map' });
    expect(region).toHaveAccessibleDescription(/Enter or Space selects/);
  });

  it('shows every actor as a button named by its full name', () => {
    renderMap();
    const group = screen.getByRole('group', { name: 'Actors' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(graph.nodes.length);
    for (const node of graph.nodes) {
      const button = within(group).getByRole('button', { name: node.actor.name });
      expect(button).toHaveAttribute('aria-roledescription', 'actor');
      expect(button).toHaveAttribute('tabindex', '0');
    }
    // Full name, not the short map label.
    expect(within(group).getByRole('button', { name: 'UN Security Council' })).toBeInTheDocument();
  });

  it('orders actors by how many stances they are in, then stances', () => {
    renderMap();
    const focusable = [...document.querySelectorAll('[tabindex="0"]')];
    const kinds = focusable.map((element) => element.getAttribute('aria-roledescription'));
    expect(kinds.lastIndexOf('actor')).toBeLessThan(kinds.indexOf('stance'));
    const counts = focusable
      .filter((element) => element.getAttribute('aria-roledescription') === 'actor')
      .map(
        (element) =>
          graph.nodes.find((n) => n.id === element.getAttribute('data-node-id'))!.stanceCount,
      );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('shows every stance link as a button named by its sentence; membership links are hidden', () => {
    renderMap();
    const group = screen.getByRole('group', { name: 'Stances' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(stanceLinks.length);
    for (const link of stanceLinks) {
      const button = buttons.find((b) => b.getAttribute('data-link-id') === link.id)!;
      expect(button).toHaveAccessibleName(link.sentence);
      expect(button).toHaveAttribute('aria-roledescription', 'stance');
    }
    const membership = document.querySelectorAll('.map-line--membership');
    expect(membership.length).toBe(3);
    membership.forEach((line) => expect(line.closest('[aria-hidden="true"]')).not.toBeNull());
  });

  it('draws every link and node where the layout put them', () => {
    renderMap();
    for (const node of graph.nodes) {
      const element = document.querySelector(`[data-node-id="${node.id}"]`)!;
      expect(element.getAttribute('transform')).toMatch(/^translate\(-?\d+(\.\d)?,-?\d+(\.\d)?\)$/);
    }
    for (const link of graph.links) {
      expect(document.querySelector(`[data-line-id="${link.id}"]`)!.getAttribute('d')).toMatch(
        /^M/,
      );
    }
    const snapshot = getMapSnapshot()!;
    expect(snapshot.positions.size).toBe(graph.nodes.length);
    expect(snapshot.transform.k).toBeGreaterThan(0);
  });

  it('keeps where actors stand through a new version of the same dataset (an edit); another dataset is laid out afresh', () => {
    const store = createUiStore();
    const view = (data: Dataset, name: string) => (
      <UiStoreProvider store={store}>
        <DatasetProvider dataset={data} name={name}>
          <StanceMap />
        </DatasetProvider>
      </UiStoreProvider>
    );
    const { rerender } = render(view(dataset, 'local:draft'));
    const before = new Map(getMapSnapshot()!.positions);
    // One more stance, as the Code view adds it: a copy of one, under a new id.
    const edited = structuredClone(dataset);
    edited.stances.push({ ...edited.stances[0]!, id: 'added-in-the-code-view' });
    rerender(view(edited, 'local:draft'));
    expect(document.querySelector('[data-line-id="added-in-the-code-view"]')).not.toBeNull();
    expect(new Map(getMapSnapshot()!.positions)).toEqual(before);

    rerender(view(edited, 'local:another'));
    const afresh = getMapSnapshot()!.positions;
    expect([...before].some(([id, point]) => afresh.get(id)?.x !== point.x)).toBe(true);
  });

  it('draws every link and node again when joint statements switch to separate signatories', () => {
    const { store } = renderMap();
    act(() => store.getState().setJoint('separate'));
    const separate = buildGraph(index, { filters: NO_FILTERS, joint: 'separate' });
    expect(separate.links.map((link) => link.id)).not.toEqual(graph.links.map((link) => link.id));
    for (const node of separate.nodes) {
      const element = document.querySelector<SVGElement>(`[data-node-id="${node.id}"]`)!;
      expect(element.style.display).not.toBe('none');
      expect(element.getAttribute('transform')).toMatch(/^translate\(/);
    }
    for (const link of separate.links) {
      const line = document.querySelector<SVGElement>(`[data-line-id="${link.id}"]`)!;
      expect(line.style.display).not.toBe('none');
      expect(line.getAttribute('d')).toMatch(/^M/);
    }
    expect(getMapSnapshot()!.positions.size).toBe(separate.nodes.length);
  });

  it('selects an actor on click and highlights its neighbourhood', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    await user.click(actor('Israel'));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    expect(actor('Israel')).toHaveAttribute('aria-pressed', 'true');
    expect(actor('Israel')).toHaveAttribute('data-state', 'selected');
    expect(actor('Astana guarantors')).toHaveAttribute('data-state', 'related');
    expect(actor('Kazakhstan')).toHaveAttribute('data-state', 'dimmed');
    const condemns = document.querySelector('[data-line-id="condemns-israel-syria"]')!;
    expect(condemns).toHaveAttribute('data-state', 'related');
    const other = document.querySelector('[data-line-id="calls-on-unsc-gaza"]')!;
    expect(other).toHaveAttribute('data-state', 'dimmed');
  });

  it('selects a stance with Enter on a focused link, and draws it thicker', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    await inputReady();
    const link = stanceLinks.find((l) => l.id === 'condemns-israel-syria')!;
    const stance = index.stancesById.get('condemns-israel-syria')!;
    // Two stances read "… condemn Israel"; the description (the summary) tells them apart.
    expect(screen.getAllByRole('button', { name: link.sentence })).toHaveLength(2);
    const button = screen
      .getAllByRole('button', { name: link.sentence })
      .find((element) => element.getAttribute('data-link-id') === link.id)!;
    expect(button).toHaveAttribute('aria-description', stance.summary);
    button.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'stance', id: 'condemns-israel-syria' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('[data-line-id="condemns-israel-syria"]')).toHaveAttribute(
      'data-state',
      'selected',
    );
    expect(actor('Israel')).toHaveAttribute('data-state', 'related');
  });

  it('selects a stance on click, and Space on a focused actor', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    await inputReady();
    await user.click(screen.getByRole('button', { name: stanceLinks[0]!.sentence }));
    expect(store.getState().selection).toEqual({ kind: 'stance', id: stanceLinks[0]!.stanceId });
    actor('Syria').focus();
    await user.keyboard(' ');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'syria' });
  });

  it('clears the selection on Escape without reaching the global handler, and on a background click', async () => {
    const user = userEvent.setup();
    const { store, container } = renderMap({
      state: { selection: { kind: 'actor', id: 'israel' } },
    });
    await inputReady();
    const globalKeys = vi.fn();
    window.addEventListener('keydown', globalKeys);
    actor('Israel').focus();
    // The first Escape hides the focused actor's tip (see MapTooltip.test.tsx), the next clears.
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', globalKeys);
    expect(store.getState().selection).toBeNull();
    expect(globalKeys).not.toHaveBeenCalled();

    act(() => store.getState().selectActor('gaza'));
    fireEvent.click(container.querySelector('svg.map__svg')!);
    expect(store.getState().selection).toBeNull();
  });

  it('removes links and unlinked actors when a topic filter is applied', () => {
    const { store } = renderMap();
    expect(screen.getByRole('button', { name: 'Kazakhstan' })).toBeInTheDocument();
    act(() => store.getState().toggleTopic('israeli-strikes'));
    const filtered = buildGraph(index, {
      filters: { ...NO_FILTERS, topics: ['israeli-strikes'] },
      joint: 'bloc',
    });
    const stanceButtons = within(screen.getByRole('group', { name: 'Stances' })).getAllByRole(
      'button',
    );
    expect(stanceButtons).toHaveLength(filtered.counts.links);
    expect(screen.queryByRole('button', { name: 'Kazakhstan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gaza' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Israel' })).toBeInTheDocument();
    for (const link of filtered.links) {
      expect(document.querySelector(`[data-line-id="${link.id}"]`)!.getAttribute('d')).toMatch(
        /^M/,
      );
    }
  });

  it('keeps every link element across filter changes, hiding those filtered out', () => {
    const { store } = renderMap();
    const hits = () => [...document.querySelectorAll<SVGElement>('[data-hit-id]')];
    const before = hits();
    act(() => store.getState().toggleTopic('israeli-strikes'));
    const after = hits();
    // The very same elements, none re-created; only the filtered graph's are shown.
    expect(after).toHaveLength(before.length);
    expect(after.every((element, i) => element === before[i])).toBe(true);
    const filtered = buildGraph(index, {
      filters: { ...NO_FILTERS, topics: ['israeli-strikes'] },
      joint: 'bloc',
    });
    const shownIds = new Set(filtered.links.map((link) => link.id));
    for (const element of after) {
      const shown = shownIds.has(element.getAttribute('data-hit-id')!);
      expect(element.style.display === 'none', element.getAttribute('data-hit-id')!).toBe(!shown);
    }
    act(() => store.getState().toggleTopic('israeli-strikes'));
    expect(hits().every((element) => element.style.display !== 'none')).toBe(true);
  });

  it('says so when filters leave nothing, with a way back', async () => {
    const user = userEvent.setup();
    const { store } = renderMap({
      state: { filters: { ...NO_FILTERS, topics: ['gaza'], polarities: ['positive'] } },
    });
    expect(screen.getByText('No stances match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(store.getState().filters).toEqual(NO_FILTERS);
    expect(screen.queryByText('No stances match these filters')).toBeNull();
  });

  it('has zoom and fit controls; Fit to view and the 0 key ask the camera to frame everything', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    await inputReady();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeInTheDocument();
    const nonce = store.getState().camera.nonce;
    await user.click(screen.getByRole('button', { name: 'Fit to view' }));
    expect(store.getState().camera).toMatchObject({ focus: null, zoom: 1, nonce: nonce + 1 });
    actor('Israel').focus();
    await user.keyboard('0');
    expect(store.getState().camera.nonce).toBe(nonce + 2);
    await user.keyboard('+');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(screen.queryByRole('button', { name: 'Unpin all' })).toBeNull();
  });

  it('frames the actors a camera request names (at once under reduced motion)', () => {
    const matchMedia = vi.fn((query: string) => ({
      matches: query.includes('reduce'),
      media: query,
    }));
    vi.stubGlobal('matchMedia', matchMedia);
    try {
      const { store } = renderMap();
      act(() => store.getState().frame(['israel'], 1));
      const { transform, positions, width, height } = getMapSnapshot()!;
      const israel = positions.get('israel')!;
      // jsdom has no layout, so the map assumes an 800 × 600 view.
      expect(israel.x * transform.k + transform.x).toBeCloseTo(width / 2, 0);
      expect(transform.k).toBeGreaterThan(1);
      act(() => store.getState().frame(null, 1));
      const all = getMapSnapshot()!.transform;
      expect(all.k).toBeLessThan(transform.k);
      expect(height).toBe(600);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a tooltip on hover with the actor or the link sentence', async () => {
    const { store } = renderMap();
    await inputReady();
    fireEvent.pointerOver(actor('Israel'));
    expect(screen.getByText('State · 5 stances')).toBeInTheDocument();
    expect(store.getState().hovered).toBe('israel');
    const link = stanceLinks[0]!;
    fireEvent.pointerOver(screen.getByRole('button', { name: link.sentence }));
    expect(document.querySelector('.map__tooltip')).toHaveTextContent(link.sentence);
    expect(store.getState().hovered).toBe(link.stanceId);
    fireEvent.pointerLeave(document.querySelector('svg.map__svg')!);
    // After a short grace, in which the pointer could have reached the tip.
    expect(store.getState().hovered).toBe(link.stanceId);
    await waitFor(() => expect(store.getState().hovered).toBeNull());
    expect(document.querySelector('.map__tooltip')).not.toBeVisible();
  });

  it('unpins a pinned actor on double-click', async () => {
    renderMap();
    await inputReady();
    await interactionReady();
    const node = actor('Gaza');
    mouse(node, 'mousedown', 100, 100);
    mouse(window, 'mousemove', 90, 60);
    mouse(window, 'mouseup', 90, 60);
    expect(node).toHaveAttribute('data-pinned', 'true');
    fireEvent.doubleClick(node);
    expect(node).not.toHaveAttribute('data-pinned');
    expect(screen.queryByRole('button', { name: 'Unpin all' })).toBeNull();
  });

  it('zooms with + and - when the map has focus', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      media: query,
    }));
    try {
      const user = userEvent.setup();
      renderMap();
      await inputReady();
      const start = getMapSnapshot()!.transform.k;
      actor('Israel').focus();
      await user.keyboard('+');
      expect(getMapSnapshot()!.transform.k).toBeCloseTo(start * 1.4);
      await user.keyboard('-');
      await user.keyboard('-');
      expect(getMapSnapshot()!.transform.k).toBeCloseTo(start / 1.4);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('pins a dragged actor, and unpins it with Unpin all', async () => {
    renderMap();
    await interactionReady();
    const node = actor('Israel');
    mouse(node, 'mousedown', 100, 100);
    mouse(window, 'mousemove', 140, 130);
    mouse(window, 'mouseup', 140, 130);
    expect(await screen.findByRole('button', { name: 'Unpin all' })).toBeInTheDocument();
    expect(node).toHaveAttribute('data-pinned', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Unpin all' }));
    expect(node).not.toHaveAttribute('data-pinned');
  });

  it('takes its size from its ResizeObserver: the first commit reads no layout, and the report refits the camera', () => {
    const observer = fakeResizeObserver();
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    try {
      renderMap();
      expect(measured).not.toHaveBeenCalled();
      const estimated = getMapSnapshot()!;
      expect({ width: estimated.width, height: estimated.height }).toEqual(
        nominalMapArea(window.innerWidth, window.innerHeight, false),
      );
      expect(observer.reports).toHaveLength(1);
      observer.report(320, 200);
      const observed = getMapSnapshot()!;
      expect({ width: observed.width, height: observed.height }).toEqual({
        width: 320,
        height: 200,
      });
      // Framed for the smaller view: the camera zooms out, and every actor is inside it.
      expect(observed.transform.k).toBeLessThan(estimated.transform.k);
      expect(inView(observed.positions.keys())).toBe(true);
      expect(measured).not.toHaveBeenCalled();
    } finally {
      measured.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('keeps a requested frame through a resize and a selection', () => {
    const observer = fakeResizeObserver();
    try {
      const { store } = renderMap();
      act(() => store.getState().frame(['israel'], 1));
      observer.report(700, 500);
      const { transform, positions, width, height } = getMapSnapshot()!;
      const israel = positions.get('israel')!;
      expect(width).toBe(700);
      expect(israel.x * transform.k + transform.x).toBeCloseTo(width / 2, 0);
      expect(inView(['israel'])).toBe(true);
      expect(height).toBe(500);
      // Nor does a selection move it, even where the whole map would be too small to read.
      observer.report(390, 240);
      const framed = getMapSnapshot()!.transform;
      act(() => store.getState().selectActor('syria'));
      expect(getMapSnapshot()!.transform).toEqual(framed);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('where the whole map is too small to read (a phone), frames the selection and its neighbours instead; "Fit to view" frames everything', async () => {
    const observer = fakeResizeObserver();
    try {
      const { store } = renderMap();
      observer.report(390, 240);
      const all = getMapSnapshot()!.transform;
      expect(all.k).toBeLessThan(0.6);
      act(() => store.getState().selectActor('syria'));
      const framed = getMapSnapshot()!.transform;
      expect(framed.k).toBeGreaterThan(all.k * 1.5);
      expect(framed.k).toBeLessThanOrEqual(1);
      const near = new Set(['syria']);
      for (const link of graph.links) {
        if (link.source === 'syria') near.add(link.target);
        if (link.target === 'syria') near.add(link.source);
      }
      expect(near.size).toBeGreaterThan(1);
      expect(inView(near)).toBe(true);
      // Everything else need not be: the view is zoomed in on the selection.
      expect(inView(graph.nodes.map((node) => node.id))).toBe(false);

      await userEvent.setup().click(await screen.findByRole('button', { name: 'Fit to view' }));
      expect(getMapSnapshot()!.transform).toEqual(all);
      // A resize keeps that frame; a new selection frames the selection again.
      observer.report(390, 260);
      expect(inView(graph.nodes.map((node) => node.id))).toBe(true);
      act(() => store.getState().selectActor('israel'));
      expect(getMapSnapshot()!.transform.k).toBeGreaterThan(all.k * 1.5);
      expect(inView(['israel'])).toBe(true);
      act(() => store.getState().clearSelection());
      expect(inView(graph.nodes.map((node) => node.id))).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on a desktop, leaves the camera where it is on a selection even when the map is too big to read whole', () => {
    const observer = fakeResizeObserver();
    try {
      const corpus = generateSyntheticDataset();
      const { store } = renderWithProviders(<StanceMap />, { dataset: corpus });
      observer.report(800, 300);
      const allOnPhone = getMapSnapshot()!.transform;
      observer.report(1100, 650);
      const before = getMapSnapshot()!.transform;
      expect(before.k).toBeLessThan(0.6);
      act(() => store.getState().selectActor(corpus.actors[0]!.id));
      expect(getMapSnapshot()!.transform).toEqual(before);
      // A landscape phone (a low view) does frame it.
      observer.report(800, 300);
      expect(getMapSnapshot()!.transform.k).toBeGreaterThan(allOnPhone.k * 1.2);
      expect(inView([corpus.actors[0]!.id])).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('where the whole map reads, leaves the camera where it is when an actor is selected', () => {
    const observer = fakeResizeObserver();
    try {
      const { store } = renderMap();
      observer.report(900, 600);
      const before = getMapSnapshot()!.transform;
      expect(before.k).toBeGreaterThan(0.6);
      act(() => store.getState().selectActor('syria'));
      expect(getMapSnapshot()!.transform).toEqual(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
