import { loadAstana22 } from '../../helpers/loadFixture';
import { smallDataset } from '../../fixtures/small-dataset';
import {
  facetCounts,
  polaritiesPresent,
  rolesPresent,
  typesPresent,
} from '../../../src/filters/facetCounts';
import { statusLine } from '../../../src/filters/statusLine';
import { visibleStances } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS, type Filters } from '../../../src/graph/filters';

describe('facetCounts', () => {
  const cases: [string, Filters][] = [
    ['no filters', NO_FILTERS],
    ['a topic', { ...NO_FILTERS, topics: ['lebanon'] }],
    ['a polarity and a role', { ...NO_FILTERS, polarities: ['negative'], roles: ['guarantor'] }],
    ['a type', { ...NO_FILTERS, types: ['emphasizes'] }],
  ];
  for (const dataset of [loadAstana22(), smallDataset()]) {
    const index = indexDataset(dataset);
    it.each(cases)(
      `${dataset.id}, %s: each count is what toggling it on alone would show`,
      (_, filters) => {
        const counts = facetCounts(index, filters);
        for (const polarity of polaritiesPresent(index))
          expect(counts.polarities.get(polarity)).toBe(
            visibleStances(index, { ...filters, polarities: [polarity] }).length,
          );
        for (const type of typesPresent(index))
          expect(counts.types.get(type)).toBe(
            visibleStances(index, { ...filters, types: [type] }).length,
          );
        for (const role of rolesPresent(index))
          expect(counts.roles.get(role)).toBe(
            visibleStances(index, { ...filters, roles: [role] }).length,
          );
      },
    );
  }

  it('offers only values present in the dataset', () => {
    const index = indexDataset(smallDataset());
    expect(typesPresent(index)).toEqual([
      'condemns',
      'calls-on',
      'emphasizes',
      'supports',
      'agrees',
    ]);
    expect(polaritiesPresent(index)).toEqual(['negative', 'directive', 'positive', 'neutral']);
    expect(rolesPresent(index)).toEqual(['guarantor', 'host', 'observer']);
  });
});

describe('statusLine', () => {
  it('counts in words', () => {
    expect(statusLine(12, 9)).toBe('Showing 12 stances among 9 actors');
    expect(statusLine(1, 1)).toBe('Showing 1 stance among 1 actor');
    expect(statusLine(0, 0)).toBe('Showing 0 stances among 0 actors');
  });
});
