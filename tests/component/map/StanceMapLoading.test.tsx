/**
 * The map before its interaction layer (d3-zoom, d3-drag, the live simulation) has
 * loaded: the first view is drawn and settled without it, camera requests still work,
 * and the hand-over moves nothing. The layer's module is held back until a test lets it go.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getMapSnapshot } from '../../../src/map/mapSnapshot';
import { StanceMap } from '../../../src/map/StanceMap';
import { loadAstana22 } from '../../helpers/loadFixture';
import { renderWithProviders } from '../../helpers/renderWithProviders';

const gate = vi.hoisted(() => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { released, release };
});
vi.mock('../../../src/map/mapInteraction', async (importOriginal) => {
  await gate.released;
  return importOriginal();
});

const dataset = loadAstana22();

const svg = () => document.querySelector('svg.map__svg')!;
const viewport = () => document.querySelector('.map__viewport')!.getAttribute('transform');
const nodeTransforms = () =>
  [...document.querySelectorAll('[data-node-id]')].map((node) => node.getAttribute('transform'));

function reducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
  }));
}

describe('StanceMap before pan, zoom and drag have loaded', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('draws every actor where the layout put them, framed, and applies instant camera moves', () => {
    reducedMotion(true);
    const { store } = renderWithProviders(<StanceMap />, { dataset });
    expect(svg()).not.toHaveAttribute('data-interactive');
    const actors = within(screen.getByRole('group', { name: 'Actors' })).getAllByRole('button');
    expect(actors.length).toBeGreaterThan(0);
    for (const transform of nodeTransforms()) expect(transform).toMatch(/^translate\(/);
    expect(viewport()).toMatch(/^translate\(.+\) scale\(.+\)$/);

    // Under reduced motion nothing eases, so nothing needs to wait for d3-zoom.
    const before = getMapSnapshot()!.transform;
    act(() => store.getState().frame(['israel'], 1));
    const { transform, positions, width } = getMapSnapshot()!;
    const israel = positions.get('israel')!;
    expect(israel.x * transform.k + transform.x).toBeCloseTo(width / 2, 0);
    expect(transform.k).toBeGreaterThan(before.k);
  });

  it('holds eased camera moves until d3-zoom arrives, then plays them; the hand-over moves nothing', async () => {
    reducedMotion(false);
    const user = userEvent.setup();
    renderWithProviders(<StanceMap />, { dataset });
    const startK = getMapSnapshot()!.transform.k;
    const framed = viewport();
    const placed = nodeTransforms();

    await user.click(await screen.findByRole('button', { name: 'Zoom in' }));
    expect(viewport()).toBe(framed);

    gate.release();
    await waitFor(() => expect(svg()).toHaveAttribute('data-interactive'));
    expect(nodeTransforms()).toEqual(placed);
    await waitFor(() => expect(getMapSnapshot()!.transform.k).toBeCloseTo(startK * 1.4), {
      timeout: 3000,
    });
  });
});
