import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PresenterView from '../../../src/briefing/PresenterView';
import { presenterChannelName } from '../../../src/briefing/presenterChannel';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

describe('PresenterView', () => {
  it('shows the scene, the next one, the notes and the quotes in their sentences, and steps the room', async () => {
    const dataset = astanaWithScenes();
    dataset.scenes![1]!.notes = 'Pause after the first quote.';
    const room = new BroadcastChannel(presenterChannelName(dataset.id));
    const heard: unknown[] = [];
    room.onmessage = (event) => heard.push(event.data);
    const user = userEvent.setup();
    renderWithProviders(<PresenterView />, { dataset, datasetName: dataset.id });

    await vi.waitFor(() => expect(heard).toContainEqual({ type: 'hello' }));
    room.postMessage({ type: 'step', step: 1 });
    const view = screen.getByRole('main', { name: 'Presenter view' });
    expect(
      await within(view).findByRole('heading', { level: 1, name: 'Gaza' }),
    ).toBeInTheDocument();
    expect(within(view).getByText('In step with the presentation')).toBeInTheDocument();
    expect(within(view).getByText('Pause after the first quote.')).toBeInTheDocument();
    const next = within(view).getByRole('region', { name: 'Next scene' });
    expect(within(next).getByText(dataset.scenes![2]!.title)).toBeInTheDocument();
    const quotes = within(view).getByRole('region', { name: 'Quotes in context' });
    // The quote marked inside the words around it.
    const first = within(quotes).getAllByRole('listitem')[0]!;
    expect(first.querySelector('mark')!.textContent!.length).toBeLessThan(
      first.textContent!.length,
    );

    await user.click(within(view).getByRole('button', { name: 'Next →' }));
    await vi.waitFor(() => expect(heard).toContainEqual({ type: 'step', step: 2 }));
    expect(
      within(view).getByRole('heading', { level: 1, name: dataset.scenes![2]!.title }),
    ).toBeInTheDocument();
    room.close();
  });
});
