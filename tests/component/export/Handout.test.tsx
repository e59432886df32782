import { screen, waitFor, within } from '@testing-library/react';
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import Handout from '../../../src/export/Handout';
import { storageKey } from '../../../src/briefing/sceneStorage';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

describe('Handout', () => {
  afterEach(() => localStorage.clear());

  it('has a cover and one page per scene, with map, caption and quotes', async () => {
    const onReady = vi.fn();
    renderWithProviders(<Handout mode="page" onReady={onReady} />, {
      dataset: astanaWithScenes(),
      datasetName: 'astana-22',
    });
    const handout = screen.getByRole('article', { name: 'Briefing handout' });
    expect(within(handout).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Astana process on Syria, 22nd round',
    );
    const pages = handout.querySelectorAll('.handout__page');
    expect(pages).toHaveLength(ASTANA_22_SCENES.length + 1);
    const titles = within(handout)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Scenes', ...ASTANA_22_SCENES.map((s) => s.title)]);
    const gaza = within(handout).getByRole('region', { name: 'Gaza' });
    expect(
      within(gaza).getByText('Scene 2 of 8 · Astana process on Syria, 22nd round'),
    ).toBeInTheDocument();
    expect(within(gaza).getByText(ASTANA_22_SCENES[1]!.caption)).toBeInTheDocument();
    const map = within(gaza).getByRole('img');
    expect(map.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(map).toHaveAccessibleName(/^Map: \d+ stances among \d+ actors\.$/);
    expect(within(gaza).getAllByRole('listitem')).toHaveLength(2);
    expect(within(gaza).getByText('communiqué')).toBeInTheDocument();
    expect(within(gaza).getByText(/^Source: News report/)).toBeInTheDocument();
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(handout).toHaveAttribute('data-handout-ready', 'true');
    expect(within(handout).getByRole('button', { name: 'Print handout' })).toBeInTheDocument();
  });

  it("includes the user's own scenes after the dataset's", async () => {
    localStorage.setItem(
      storageKey('astana-22'),
      JSON.stringify({
        scenes: [{ id: 'mine', title: 'My scene', caption: 'Mine.', view: { topics: ['idlib'] } }],
      }),
    );
    renderWithProviders(<Handout mode="print" />, {
      dataset: astanaWithScenes(),
      datasetName: 'astana-22',
    });
    const handout = screen.getByRole('article', { name: 'Briefing handout', hidden: true });
    expect(handout.querySelectorAll('.handout__page')).toHaveLength(ASTANA_22_SCENES.length + 2);
    expect(handout).toHaveTextContent(
      `Scene ${ASTANA_22_SCENES.length + 1} of ${ASTANA_22_SCENES.length + 1}`,
    );
    expect(
      within(handout).queryByRole('button', { name: 'Print handout' }),
    ).not.toBeInTheDocument();
    await waitFor(() => expect(handout).toHaveAttribute('data-handout-ready', 'true'));
  });
});
