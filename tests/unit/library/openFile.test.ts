/**
 * A file opened where the browser keeps nothing (no IndexedDB here, as in a blocked
 * private mode): it opens anyway for the tab, with a warning that says so.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetQueryKey } from '../../../src/data/datasetQuery';
import { resetAppLibrary } from '../../../src/library/appLibrary';
import { STORAGE_BLOCKED_PROBLEM } from '../../../src/library/library';
import { keepAndShow } from '../../../src/library/openFile';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';

afterEach(() => resetAppLibrary());

describe('keepAndShow', () => {
  it('opens a dataset the browser will not store, for this tab, and warns', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const dataset = generateSyntheticDataset({ stances: 4, actors: 4 });
    const queryClient = new QueryClient();
    const opened = await keepAndShow(dataset, { kind: 'file', name: 'x.json' }, queryClient);
    expect(opened.warning).toBe(STORAGE_BLOCKED_PROBLEM);
    expect(opened.source.kind).toBe('local');
    // The view switches to it without reading it again: the query already holds it.
    expect(queryClient.getQueryData(datasetQueryKey(opened.source))).toBe(dataset);
  });
});
