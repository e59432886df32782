import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workspace } from '../../../src/app/Workspace';
import { storageKey } from '../../../src/briefing/sceneStorage';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

function open(search: string, embed = false) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  const view = renderWithProviders(<Workspace embed={embed} />, {
    dataset: astanaWithScenes(),
    datasetName: 'astana-22',
  });
  return { user, ...view };
}

describe('briefing in the workspace', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });

  it('presents full-window: header, filters and details give way', async () => {
    const { user, container } = open('');
    await user.click(await screen.findByRole('button', { name: 'Present' }));
    expect(await screen.findByRole('region', { name: 'Presentation' })).toBeInTheDocument();
    expect(container.querySelector('.workspace')).toHaveClass('workspace--presenting');
    expect(
      screen.getByRole('heading', { level: 2, name: 'The 22nd round: who took part' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Presentation' })).not.toBeInTheDocument(),
    );
    expect(container.querySelector('.workspace')).not.toHaveClass('workspace--presenting');
  });

  it('applies ?scene= on load, for dataset scenes', () => {
    const { store } = open('?scene=lebanon-unifil');
    expect(store.getState()).toMatchObject({
      sceneId: 'lebanon-unifil',
      filters: { topics: ['lebanon'] },
    });
    // The address spells out the view the scene set, so Back to it restores that view.
    const params = new URLSearchParams(window.location.search);
    expect(params.get('scene')).toBe('lebanon-unifil');
    expect(params.get('topics')).toBe('lebanon');
  });

  it("applies ?scene= for the user's own saved scenes, and a linked camera", async () => {
    localStorage.setItem(
      storageKey('astana-22'),
      JSON.stringify({
        scenes: [
          {
            id: 'mine',
            title: 'Mine',
            caption: '',
            view: { topics: ['idlib'], joint: 'separate' },
          },
        ],
      }),
    );
    const { store } = open('?scene=mine&focus=third-parties&zoom=1.5');
    // The code that reads saved scenes loads only for such a link.
    await waitFor(() =>
      expect(store.getState()).toMatchObject({
        sceneId: 'mine',
        joint: 'separate',
        filters: { topics: ['idlib'] },
      }),
    );
    expect(store.getState().camera).toMatchObject({ focus: ['third-parties'], zoom: 1.5 });
  });

  it('forgets an unknown scene but keeps the rest of the link', () => {
    const { store } = open('?scene=nope');
    expect(store.getState().sceneId).toBeNull();
  });

  it('shows the printable handout with ?handout=1', async () => {
    open('?handout=1');
    expect(await screen.findByRole('article', { name: 'Briefing handout' })).toBeInTheDocument();
  });

  it('keeps an embed read-only: no Present, Export, Share or scene editing', () => {
    open('?embed=1', true);
    for (const name of ['Present', 'Export', 'Share', 'Briefing'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Table' })).toBeInTheDocument();
  });
});
