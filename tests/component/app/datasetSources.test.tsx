/**
 * The app opens a dataset from the library (?data=local:ID) like a bundled one, with the
 * link's view, and refuses a name that breaks the rule by saying what the rule is.
 */
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { App, createQueryClient } from '../../../src/app/App';
import { getAppLibrary, resetAppLibrary } from '../../../src/library/appLibrary';
import { baseDataset } from '../../fixtures/broken/base';

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App search={search} queryClient={createQueryClient()} />);
}

afterEach(() => {
  resetAppLibrary();
  window.history.replaceState(null, '', '/');
});

describe('dataset sources', () => {
  it('opens a library dataset with the view its link names', async () => {
    const dataset = baseDataset();
    const entry = await getAppLibrary().add(dataset, { kind: 'file', name: 'base.json' });
    const actor = dataset.actors[1]!;
    renderApp(`?data=local:${entry.id}&select=actor:${actor.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: dataset.title }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: actor.name })).toBeInTheDocument();
    expect(window.location.search).toBe(`?data=local:${entry.id}&select=actor:${actor.id}`);
  });

  it('says a library id is not in this browser', async () => {
    renderApp('?data=local:gone-0000');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('local:gone-0000')).toBeInTheDocument();
    expect(alert).toHaveTextContent("this browser's library has no such dataset");
  });

  it('states the naming rule for a name that breaks it, instead of opening the default', async () => {
    renderApp('?data=my_data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Link parameter: ?data=my_data');
    expect(alert).toHaveTextContent('a dataset name is lower-case letters, digits and "-"');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Open the default dataset' })).toBeVisible();
  });
});
