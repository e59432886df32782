import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { ExportMenu } from '../../../src/export/ExportMenu';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

const saved = vi.hoisted(() => [] as Array<{ name: string; blob: Blob }>);
vi.mock('../../../src/export/download', () => ({
  downloadText: () => {},
  downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

describe('Export menu: research formats', () => {
  beforeEach(() => {
    saved.length = 0;
  });

  it('downloads GEXF of the current view or of the whole dataset', async () => {
    const user = userEvent.setup();
    const dataset = astanaWithScenes();
    renderWithProviders(<ExportMenu />, {
      dataset,
      datasetName: 'astana-22',
      state: { filters: { topics: ['gaza'], polarities: [], types: [], roles: [] } },
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'GEXF (Gephi)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('astana-22-view.gexf');
    const view = parse(Graph, await saved[0]!.blob.text());
    const gazaStances = dataset.stances.filter((s) => s.topics.includes('gaza'));
    expect(new Set(view.mapEdges((_e, a) => a.stance))).toEqual(
      new Set(gazaStances.map((s) => s.id)),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /GEXF \(Gephi\) downloaded \(\d+ actors, \d+ edges\)/,
    );

    await user.click(
      screen.getByRole('radio', { name: `Whole dataset (${dataset.stances.length} stances)` }),
    );
    await user.click(screen.getByRole('button', { name: 'GEXF (Gephi)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const all = parse(Graph, await saved[1]!.blob.text());
    expect(all.order).toBe(dataset.actors.length);
  });

  it('lists stances PLOVER has no category for', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ExportMenu />, { dataset: astanaWithScenes(), datasetName: 'astana-22' });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'PLOVER events (JSONL)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const lines = (await saved[0]!.blob.text()).trim().split('\n');
    expect(screen.getByRole('status')).toHaveTextContent(
      new RegExp(
        `PLOVER events \\(JSONL\\) downloaded \\(${lines.length} events; \\d+ stances without a PLOVER category left out\\)`,
      ),
    );
  });
});
