import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ASTANA_22_SCENES } from '../../../scripts/astana-22/scenes';
import { BriefingActions } from '../../../src/briefing/BriefingActions';
import { storageKey } from '../../../src/briefing/sceneStorage';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

const downloads = vi.hoisted(() => [] as Array<{ text: string; name: string; type: string }>);
vi.mock('../../../src/export/download', () => ({
  downloadText: (text: string, name: string, type: string) => downloads.push({ text, name, type }),
  downloadBlob: vi.fn(),
}));

function setup(state = {}) {
  const user = userEvent.setup();
  const view = renderWithProviders(<BriefingActions embed={false} />, {
    dataset: astanaWithScenes(),
    datasetName: 'astana-22',
    state,
  });
  return { user, ...view };
}

async function openBriefing(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Briefing' }));
  // The dialog's code loads on first use.
  return screen.findByRole('dialog', { name: 'Briefing' });
}

const saved = () =>
  JSON.parse(localStorage.getItem(storageKey('astana-22')) ?? '{"scenes":[]}').scenes as Array<{
    id: string;
    title: string;
    caption: string;
  }>;

describe('header actions', () => {
  beforeEach(() => {
    localStorage.clear();
    downloads.length = 0;
  });

  it('offers Present, Export, Share and the briefing, by name', () => {
    setup();
    for (const name of ['Briefing', 'Present', 'Export', 'Share'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('shows nothing in an embed', () => {
    const { container } = renderWithProviders(<BriefingActions embed />, {
      dataset: astanaWithScenes(),
    });
    expect(container).toBeEmptyDOMElement();
  });

  it('starts presenting at the first scene', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(store.getState().presenting).toBe(0);
  });

  it('copies a link to the exact view and offers an embed snippet', async () => {
    const { user } = setup({
      filters: { topics: ['gaza'], polarities: [], types: [], roles: [] },
      sceneId: 'gaza',
    });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/\?topics=gaza&scene=gaza$/);
    expect(screen.getByLabelText('Link to this view')).toHaveValue(copied);
    expect(
      (screen.getByLabelText('Embed in a web page (read-only)') as HTMLTextAreaElement).value,
    ).toMatch(/^<iframe src="[^"]*embed=1"/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  });

  it('falls back to selecting the link when the clipboard is refused', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Press Ctrl\+C/)).toBeInTheDocument();
    expect(screen.getByLabelText('Link to this view')).toHaveFocus();
  });
});

describe('the briefing dialog', () => {
  beforeEach(() => {
    localStorage.clear();
    downloads.length = 0;
  });

  it("lists the dataset's scenes read-only, and shows one", async () => {
    const { user, store } = setup({ view: 'table' });
    const dialog = await openBriefing(user);
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(ASTANA_22_SCENES.length);
    expect(within(items[0]!).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(
      within(within(dialog).getByRole('listitem', { name: 'Gaza' })).getByRole('button', {
        name: 'Show',
      }),
    );
    expect(store.getState().sceneId).toBe('gaza');
    expect(store.getState().view).toBe('map');
  });

  it('adds the current view, edits title and caption, reorders, deletes with undo', async () => {
    const { user, store } = setup();
    store.getState().selectActor('israel');
    let dialog = await openBriefing(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add current view as scene' }));
    expect(saved()).toEqual([
      expect.objectContaining({ id: 'israel', title: 'Israel', caption: '' }),
    ]);

    act(() => {
      store.getState().clearSelection();
      store.getState().toggleTopic('idlib');
    });
    await user.click(within(dialog).getByRole('button', { name: 'Add current view as scene' }));
    expect(saved().map((s) => s.id)).toEqual(['israel', 'idlib']);

    const first = within(dialog).getByRole('listitem', { name: 'Israel' });
    const title = within(first).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    // An empty title is never saved.
    expect(saved()[0]!.title).toBe('Israel');
    await user.type(title, 'Israel, all stances');
    await user.type(
      within(first).getByRole('textbox', { name: 'Caption (one or two sentences)' }),
      'Every stance toward Israel.',
    );
    expect(saved()[0]).toMatchObject({
      title: 'Israel, all stances',
      caption: 'Every stance toward Israel.',
    });

    dialog = screen.getByRole('dialog', { name: 'Briefing' });
    const second = within(dialog).getByRole('listitem', { name: 'Idlib' });
    expect(within(second).getByRole('button', { name: 'Move down' })).toBeDisabled();
    await user.click(within(second).getByRole('button', { name: 'Move up' }));
    expect(saved().map((s) => s.id)).toEqual(['idlib', 'israel']);

    await user.click(
      within(within(dialog).getByRole('listitem', { name: 'Idlib' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(saved().map((s) => s.id)).toEqual(['israel']);
    expect(within(dialog).getByText('Deleted “Idlib”.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Undo' }));
    expect(saved().map((s) => s.id)).toEqual(['idlib', 'israel']);
  });

  it('presents from a user scene, after the dataset scenes', async () => {
    const { user, store } = setup();
    const dialog = await openBriefing(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add current view as scene' }));
    await user.click(
      within(within(dialog).getByRole('listitem', { name: 'Whole map' })).getByRole('button', {
        name: 'Present from here',
      }),
    );
    expect(store.getState().presenting).toBe(ASTANA_22_SCENES.length);
  });

  it('exports user scenes as a scene file and imports one back', async () => {
    const { user } = setup({ filters: { topics: ['gaza'], polarities: [], types: [], roles: [] } });
    const dialog = await openBriefing(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add current view as scene' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export scenes (JSON)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('astana-22-scenes.json');
    const exported = JSON.parse(downloads[0]!.text);
    expect(exported).toMatchObject({
      stanceMapScenes: 1,
      dataset: 'astana-22',
      scenes: [{ id: 'gaza-2', title: 'Gaza' }],
    });

    const file = new File([downloads[0]!.text], 'scenes.json', { type: 'application/json' });
    await user.upload(within(dialog).getByLabelText('Import scenes (JSON)'), file);
    expect(
      await within(dialog).findByText(/Imported 1 scene from scenes.json. 1 renamed/),
    ).toBeInTheDocument();
    expect(saved().map((s) => s.id)).toEqual(['gaza-2', 'gaza-3']);
  });

  it('explains why a scene file cannot be imported', async () => {
    const { user } = setup();
    const dialog = await openBriefing(user);
    const bad = JSON.stringify({
      stanceMapScenes: 1,
      dataset: 'astana-22',
      scenes: [{ id: 'x', title: 'X', caption: '', view: { topics: ['mars'] } }],
    });
    await user.upload(
      within(dialog).getByLabelText('Import scenes (JSON)'),
      new File([bad], 'bad.json'),
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('These scenes could not be imported');
    expect(alert).toHaveTextContent('scenes[0].view.topics[0]: unknown topic "mars"');
    expect(saved()).toEqual([]);

    await user.upload(
      within(dialog).getByLabelText('Import scenes (JSON)'),
      new File(['not json'], 'x.json'),
    );
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('not JSON'));
  });

  it('tells the user when saved scenes could not be read', async () => {
    localStorage.setItem(storageKey('astana-22'), '{broken');
    const { user } = setup();
    const dialog = await openBriefing(user);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('unreadable');
  });

  it('closes with its Close button', async () => {
    const { user } = setup();
    const dialog = await openBriefing(user);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Briefing' })).not.toBeInTheDocument();
  });
});
