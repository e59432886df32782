import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { computeLayout } from '../../../src/layout/computeLayout';
import { computeFirstLayout } from '../../../src/layout/computeFirstLayout';
import { graphSignature, LAYOUT_SEED, layoutBox } from '../../../src/layout/firstLayout';
import { nominalMapArea } from '../../../src/layout/layoutArea';
import { loadAstana22 } from '../../helpers/loadFixture';

const json = readFileSync(path.resolve(__dirname, '../../../public/data/astana-22.json'), 'utf8');
const index = indexDataset(loadAstana22());
const area = { width: 750, height: 690 };

describe('computeFirstLayout (what the boot worker computes)', () => {
  it('is exactly the layout the map computes for the same graph and box', () => {
    const early = computeFirstLayout(json, { filters: NO_FILTERS, joint: 'bloc', area });
    const full = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
    const box = layoutBox(full, area);
    const own = computeLayout(full, { ...box, seed: LAYOUT_SEED });
    expect(early.box).toEqual(box);
    expect(early.signature).toBe(graphSignature(full));
    expect(early.positions).toEqual([...own].map(([id, p]) => [id, p.x, p.y]));
  });

  it('sizes the box for the unfiltered graph and signs the filtered one', () => {
    const filters = { ...NO_FILTERS, topics: ['gaza'] };
    const early = computeFirstLayout(json, { filters, joint: 'bloc', area });
    const full = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
    const gaza = buildGraph(index, { filters, joint: 'bloc' });
    expect(early.box).toEqual(layoutBox(full, area));
    expect(early.signature).toBe(graphSignature(gaza));
    expect(early.signature).not.toBe(graphSignature(full));
    expect(early.positions.map(([id]) => id)).toEqual(gaza.nodes.map((node) => node.id));
  });

  it('signs bloc and separate modes apart', () => {
    const bloc = buildGraph(index, { filters: NO_FILTERS, joint: 'bloc' });
    const separate = buildGraph(index, { filters: NO_FILTERS, joint: 'separate' });
    expect(graphSignature(bloc)).not.toBe(graphSignature(separate));
  });

  it('throws on text it cannot use (the worker then answers null)', () => {
    expect(() =>
      computeFirstLayout('{"actors": 3', { filters: NO_FILTERS, joint: 'bloc', area }),
    ).toThrow();
  });
});

describe('nominalMapArea', () => {
  it('follows the workspace grid: side columns and header taken off the window', () => {
    // Real map sizes measured in Chromium: 750×690 at 1366×768, 1304×1002 at 1920×1080,
    // 580×722 at 1100×800, 1006×690 embedded at 1366×768.
    const close = (a: { width: number; height: number }, w: number, h: number) => {
      expect(Math.abs(a.width - w)).toBeLessThanOrEqual(2);
      expect(Math.abs(a.height - h)).toBeLessThanOrEqual(2);
    };
    close(nominalMapArea(1366, 768, false), 750, 690);
    close(nominalMapArea(1920, 1080, false), 1304, 1002);
    close(nominalMapArea(1100, 800, false), 580, 722);
    close(nominalMapArea(1366, 768, true), 1006, 690);
  });

  it('stacks on narrow windows and never returns an empty area', () => {
    expect(nominalMapArea(390, 844, false).width).toBe(390);
    expect(nominalMapArea(390, 844, false).height).toBeLessThan(844);
    const tiny = nominalMapArea(100, 100, false);
    expect(tiny.width).toBeGreaterThan(0);
    expect(tiny.height).toBeGreaterThan(0);
  });
});
