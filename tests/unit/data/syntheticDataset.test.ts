/** The synthetic corpus the benchmark loads must pass the app's own checks. */
import { parseDataset } from '../../../src/data/parseDataset';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';

describe('generateSyntheticDataset', () => {
  it('makes a valid 1,000-stance, 150-actor corpus (plus one bloc)', () => {
    const dataset = parseDataset(JSON.stringify(generateSyntheticDataset()), 'synthetic.json');
    expect(dataset.stances).toHaveLength(1000);
    expect(dataset.actors).toHaveLength(151);
    expect(dataset.actors.filter((actor) => actor.members?.length)).toHaveLength(1);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(generateSyntheticDataset({ stances: 50, actors: 20 }));
    expect(JSON.stringify(generateSyntheticDataset({ stances: 50, actors: 20 }))).toBe(a);
    expect(JSON.stringify(generateSyntheticDataset({ stances: 50, actors: 20, seed: 8 }))).not.toBe(
      a,
    );
  });
});

describe('generateSyntheticDataset with several documents', () => {
  it('spreads the quotes over the documents, each an exact slice of its own text', () => {
    const dataset = parseDataset(
      JSON.stringify(generateSyntheticDataset({ stances: 30, actors: 10, documents: 3 })),
      'three.json',
    );
    expect(dataset.documents.map((doc) => doc.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    const texts = new Map(dataset.documents.map((doc) => [doc.id, doc.text]));
    for (const stance of dataset.stances) {
      const span = stance.evidence[0]!;
      expect(texts.get(span.document)!.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(new Set(dataset.stances.map((s) => s.evidence[0]!.document)).size).toBe(3);
  });
});
