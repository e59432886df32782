/** Datasets of several documents: the documents filter, its counts and its URL form. */
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../../src/filters/facetCounts';
import { visibleStances } from '../../../src/graph/buildGraph';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { NO_FILTERS, hasActiveFilters } from '../../../src/graph/filters';
import { parseUrlState, serializeUrlState } from '../../../src/url/urlState';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';

const index = indexDataset(generateSyntheticDataset({ stances: 12, actors: 6, documents: 3 }));

describe('the documents filter', () => {
  it('keeps the stances quoted from the chosen documents', () => {
    const fromOne = visibleStances(index, { ...NO_FILTERS, documents: ['doc-1'] });
    expect(fromOne.map((stance) => stance.id)).toEqual([
      'stance-0',
      'stance-3',
      'stance-6',
      'stance-9',
    ]);
    const fromTwo = visibleStances(index, { ...NO_FILTERS, documents: ['doc-1', 'doc-3'] });
    expect(fromTwo).toHaveLength(8);
    expect(visibleStances(index, { ...NO_FILTERS, documents: [] })).toHaveLength(12);
    expect(hasActiveFilters({ ...NO_FILTERS, documents: ['doc-2'] })).toBe(true);
  });

  it('counts each document among the stances the other filters keep', () => {
    const counts = facetCounts(index, { ...NO_FILTERS, documents: ['doc-1'] });
    expect([...counts.documents]).toEqual([
      ['doc-1', 4],
      ['doc-2', 4],
      ['doc-3', 4],
    ]);
    const single = indexDataset(generateSyntheticDataset({ stances: 5, actors: 4 }));
    expect(facetCounts(single, NO_FILTERS).documents.size).toBe(0);
  });

  it('reads and writes documents=ID,ID in the address', () => {
    const state = parseUrlState('?data=local:x-0000&documents=doc-1,doc-3,bad%20id');
    expect(state.filters.documents).toEqual(['doc-1', 'doc-3']);
    expect(serializeUrlState(state)).toBe('?data=local:x-0000&documents=doc-1,doc-3');
    expect(parseUrlState('?topics=a').filters).not.toHaveProperty('documents');
  });
});
