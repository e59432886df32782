import { describe, expect, it } from 'vitest';
import { datasetFacts, idStem, newLibraryId, originName } from '../../../src/library/entryFacts';
import { LIBRARY_ID_PATTERN } from '../../../src/library/types';

describe('library entry facts', () => {
  it('reads counts, title and date from a complete dataset', () => {
    const facts = datasetFacts(
      {
        id: 'astana-22',
        title: 'Astana 22',
        event: { startDate: '2024-11-11' },
        documents: [{ date: '2024-11-12' }, {}],
        actors: [{}, {}, {}],
        stances: [{}],
      },
      { kind: 'file', name: 'a.json' },
    );
    expect(facts).toEqual({
      title: 'Astana 22',
      date: '2024-11-11',
      actorCount: 3,
      stanceCount: 1,
      documentCount: 2,
      datasetId: 'astana-22',
    });
  });

  it('copes with a draft that is not a dataset yet', () => {
    expect(datasetFacts({ documents: [{ date: '2020-01-02' }] }, { kind: 'coded' })).toEqual({
      title: 'Coded dataset',
      date: '2020-01-02',
      actorCount: 0,
      stanceCount: 0,
      documentCount: 1,
    });
    expect(datasetFacts(null, { kind: 'file', name: 'notes.json' }).title).toBe('notes');
    expect(originName({ kind: 'url', url: 'https://x.org/data/m.json?v=2' })).toBe('m.json');
  });

  it('makes ids that follow the local:ID rule', () => {
    expect(idStem('Sommet de Genève — 2025 / Final')).toBe('sommet-de-geneve-2025-final');
    expect(idStem('***')).toBe('dataset');
    expect(idStem('x'.repeat(80))).toHaveLength(40);
    for (const source of ['Astana_22', 'Ünïcode', '--', 'A.B:C']) {
      expect(newLibraryId(source)).toMatch(LIBRARY_ID_PATTERN);
    }
    expect(newLibraryId('a', () => 0)).toBe('a-0000');
  });
});
