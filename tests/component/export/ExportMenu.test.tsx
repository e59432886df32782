import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from '../../../src/export/ExportMenu';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { astanaWithScenes } from '../../unit/briefing/briefingFixtures';

const saved = vi.hoisted(
  () => [] as Array<{ name: string; text?: string; type?: string; blob?: Blob }>,
);
vi.mock('../../../src/export/download', () => ({
  downloadText: (text: string, name: string, type: string) => saved.push({ text, name, type }),
  downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));
const png = vi.hoisted(() => ({
  calls: [] as Array<{ width: number; height: number; svg: string }>,
}));
vi.mock('../../../src/export/png', async (original) => ({
  ...(await original<typeof import('../../../src/export/png')>()),
  svgToPngBlob: async (svg: string, width: number, height: number) => {
    png.calls.push({ svg, width, height });
    return new Blob(['png'], { type: 'image/png' });
  },
}));

function setup() {
  const user = userEvent.setup();
  const view = renderWithProviders(<ExportMenu />, {
    dataset: astanaWithScenes(),
    datasetName: 'astana-22',
    state: { filters: { topics: ['gaza'], polarities: [], types: [], roles: [] }, sceneId: 'gaza' },
  });
  return { user, ...view };
}

describe('Export menu', () => {
  beforeEach(() => {
    saved.length = 0;
    png.calls.length = 0;
  });

  it('offers every export by name', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const panel = screen.getByRole('group', { name: 'Export options' });
    for (const name of [
      'Download SVG',
      'Download PNG',
      'Copy image',
      'Download CSV',
      'Print handout',
      'Export briefing as PowerPoint',
      'Save briefing as a file',
    ])
      expect(await within(panel).findByRole('button', { name })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Image size' })).toHaveValue('2x');
  });

  it('downloads the current view as SVG, titled after the scene', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Download SVG' }));
    expect(saved[0]!.name).toBe('astana-22-gaza.svg');
    const doc = new DOMParser().parseFromString(saved[0]!.text!, 'image/svg+xml');
    expect(doc.querySelector('[data-title]')!.textContent).toBe('Gaza');
    expect(doc.querySelectorAll('[data-node-id]').length).toBeGreaterThan(3);
    expect(screen.getByRole('status')).toHaveTextContent('SVG downloaded');
  });

  it('downloads a PNG at 2× or at the chosen width', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const first = png.calls[0]!;
    const logical = new DOMParser()
      .parseFromString(first.svg, 'image/svg+xml')
      .documentElement.getAttribute('viewBox')!
      .split(' ')
      .map(Number);
    expect(first.width).toBe(logical[2]! * 2);
    expect(first.height).toBe(logical[3]! * 2);
    expect(saved[0]!.name).toBe('astana-22-gaza.png');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Image size' }), '3840');
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(png.calls).toHaveLength(2));
    expect(png.calls[1]!.width).toBe(3840);
    expect(png.calls[1]!.svg).toContain('width="3840"');
    expect(await screen.findByRole('status')).toHaveTextContent(/PNG downloaded \(3840 × \d+ px\)/);
  });

  it('makes a 16:9 slide at 1920 × 1080', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Image size' }), 'slide');
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(png.calls).toHaveLength(1));
    expect([png.calls[0]!.width, png.calls[0]!.height]).toEqual([1920, 1080]);
  });

  it('copies the image to the clipboard, or says plainly that the browser refused', async () => {
    const written: ClipboardItem[][] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Promise<Blob>>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn(async (items: ClipboardItem[]) => {
      written.push(items);
      await (items[0] as unknown as FakeClipboardItem).items['image/png'];
    });
    const { user } = setup();
    // After setup: user-event puts its own clipboard stub in place.
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Image copied \(\d+ × \d+ px\)/);
    expect(written).toHaveLength(1);

    write.mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The browser refused to copy the image (Write permission denied.); use Download PNG instead.',
    );
    vi.unstubAllGlobals();
  });

  it('downloads the visible stances as CSV', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(saved[0]!.name).toBe('astana-22-gaza.csv');
    expect(saved[0]!.type).toBe('text/csv;charset=utf-8');
    expect(
      saved[0]!.text!.startsWith('\uFEFFFrom,Stance,To,Topics,Quote,Attribution,Start,End\r\n'),
    ).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('CSV downloaded (5 stances)');
  });

  it('prints the handout: renders it, then opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Print handout' }));
    const handout = await screen.findByRole(
      'article',
      { name: 'Briefing handout' },
      { timeout: 5000 },
    );
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(handout).toHaveClass('handout--print');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Briefing handout' })).not.toBeInTheDocument(),
    );
    print.mockRestore();
  });
});
