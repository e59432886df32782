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
