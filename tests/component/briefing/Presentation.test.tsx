import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import Presentation from '../../../src/briefing/Presentation';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

const total = ASTANA_22_SCENES.length;

function present(start = 0) {
  const user = userEvent.setup();
  const view = renderWithProviders(<Presentation />, {
    dataset: astanaWithScenes(),
    datasetName: 'astana-22',
    state: { presenting: start, view: 'table' },
  });
  return { user, ...view };
}

const heading = () =>
  within(screen.getByRole('region', { name: 'Presentation' })).getByRole('heading', { level: 2 });

describe('Presentation', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('shows the first scene: heading, caption, progress, and the map view', () => {
    const { store } = present();
    expect(heading()).toHaveTextContent(ASTANA_22_SCENES[0]!.title);
    expect(screen.getByText(ASTANA_22_SCENES[0]!.caption)).toBeInTheDocument();
    expect(screen.getByText(`Scene 1 of ${total}`)).toBeInTheDocument();
    expect(store.getState().view).toBe('map');
    expect(store.getState().sceneId).toBe('overview');
  });

  it('steps through every scene with arrows, PageUp/PageDown, Space, Home and End', async () => {
    const { user, store } = present();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Gaza');
    expect(screen.getByText(`Scene 2 of ${total}`)).toBeInTheDocument();
    expect(store.getState().filters.topics).toEqual(['gaza']);
    expect(store.getState().sceneId).toBe('gaza');

    await user.keyboard('{PageDown}');
    expect(heading()).toHaveTextContent('Lebanon and UNIFIL');
    await user.keyboard(' ');
    expect(heading()).toHaveTextContent('Israeli strikes in Syria');
    await user.keyboard('{PageUp}');
    expect(heading()).toHaveTextContent('Lebanon and UNIFIL');
    await user.keyboard('{ArrowLeft}');
    expect(heading()).toHaveTextContent('Gaza');
    await user.keyboard('{End}');
    expect(heading()).toHaveTextContent(ASTANA_22_SCENES.at(-1)!.title);
    expect(screen.getByText(`Scene ${total} of ${total}`)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(`Scene ${total} of ${total}`)).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(heading()).toHaveTextContent(ASTANA_22_SCENES[0]!.title);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText(`Scene 1 of ${total}`)).toBeInTheDocument();
  });

  it("shows each scene's heading in turn", async () => {
    const { user } = present();
    for (const [i, scene] of ASTANA_22_SCENES.entries()) {
      expect(heading()).toHaveTextContent(scene.title);
      expect(screen.getByText(`Scene ${i + 1} of ${total}`)).toBeInTheDocument();
      await user.keyboard('{PageDown}');
    }
  });

  it('shows the key quotes with their attribution', () => {
    present(1);
    const quotes = within(screen.getByRole('list', { name: 'Key quotes' })).getAllByRole(
      'listitem',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toHaveTextContent(
      /^“the guarantors of the Astana process, Iran, Russia, and Turkey, condemned/,
    );
    expect(quotes[0]).toHaveTextContent('— report');
    expect(quotes[1]).toHaveTextContent('— communiqué');
  });

  it('asks the camera to frame each scene', async () => {
    const { user, store } = present();
    const before = store.getState().camera.nonce;
    await user.keyboard('{ArrowRight}');
    const camera = store.getState().camera;
    expect(camera.nonce).toBeGreaterThan(before);
    expect(camera.focus).toEqual(expect.arrayContaining(['guarantors', 'israel', 'gaza']));
  });

  it('has previous and next buttons and leaves with Escape', async () => {
    const { user, store } = present();
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(heading()).toHaveTextContent('Gaza');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(screen.getByText(`Scene 1 of ${total}`)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(store.getState().presenting).toBeNull();
  });

  it('returns to the view the user had before presenting', async () => {
    const user = userEvent.setup();
    const { store, unmount } = renderWithProviders(<Presentation />, {
      dataset: astanaWithScenes(),
      state: {
        presenting: 0,
        view: 'table',
        selection: { kind: 'actor', id: 'israel' },
        filters: { topics: ['idlib'], polarities: [], types: [], roles: [] },
      },
    });
    await user.keyboard('{ArrowRight}');
    expect(store.getState().filters.topics).toEqual(['gaza']);
    unmount();
    expect(store.getState()).toMatchObject({
      view: 'table',
      selection: { kind: 'actor', id: 'israel' },
      filters: { topics: ['idlib'] },
      sceneId: null,
    });
  });

  it('asks for full screen and tolerates a refusal', () => {
    const request = vi.fn(() => Promise.reject(new Error('not allowed')));
    Object.defineProperty(document.documentElement, 'requestFullscreen', {
      value: request,
      configurable: true,
    });
    present();
    expect(request).toHaveBeenCalled();
    delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen;
  });

  it('leaves when the browser leaves full screen (its own Escape)', () => {
    const { store } = present();
    Object.defineProperty(document, 'fullscreenElement', {
      value: document.documentElement,
      configurable: true,
    });
    act(() => {
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
    act(() => {
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(store.getState().presenting).toBeNull();
  });

  it('says so when there is nothing to present', () => {
    renderWithProviders(<Presentation />, {
      dataset: astanaWithScenes([]),
      state: { presenting: 0 },
    });
    expect(heading()).toHaveTextContent('No scenes yet');
    expect(screen.getByText('No scenes')).toBeInTheDocument();
  });
});
