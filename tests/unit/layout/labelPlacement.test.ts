import { buildGraph } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS } from '../../../src/graph/filters';
import { aboveShift, placeLabels } from '../../../src/layout/labelPlacement';
import { loadAstana22 } from '../../helpers/loadFixture';

const graph = buildGraph(indexDataset(loadAstana22()), {
  filters: { ...NO_FILTERS, topics: ['israeli-strikes'] },
  joint: 'bloc',
});

describe('placeLabels', () => {
  it('puts labels below unless links cross them there and the room above is free', () => {
    // Israel straight below the bloc: the bloc's links run down through its label.
    const positions = new Map([
      ['guarantors', { x: 0, y: 0 }],
      ['turkiye', { x: -200, y: -60 }],
      ['russia', { x: 200, y: -60 }],
      ['iran', { x: -200, y: 200 }],
      ['israel', { x: 0, y: 260 }],
    ]);
    const sides = placeLabels(graph, positions);
    expect(sides.get('guarantors')).toBe('above');
    expect(sides.get('israel')).toBe('below');
    expect(sides.get('turkiye')).toBe('below');
  });

  it('stays below when something sits above', () => {
    const positions = new Map([
      ['guarantors', { x: 0, y: 0 }],
      ['turkiye', { x: 0, y: -60 }],
      ['russia', { x: 200, y: -60 }],
      ['iran', { x: -200, y: 200 }],
      ['israel', { x: 0, y: 260 }],
    ]);
    expect(placeLabels(graph, positions).get('guarantors')).toBe('below');
  });

  it('moves a label above its glyph by the glyph and the label heights', () => {
    expect(aboveShift(12, 'UN')).toBeLessThan(-(2 * 12));
    expect(aboveShift(12, 'Terrorist groups operating in Syria')).toBeLessThan(
      aboveShift(12, 'UN'),
    );
  });
});
