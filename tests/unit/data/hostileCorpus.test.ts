/**
 * Every case of the hostile corpus (tests/fixtures/hostile/) gets exactly its error, or
 * loads when it is valid.
 */
import { DatasetError, parseDataset } from '../../../src/data/parseDataset';
import { HOSTILE_CASES } from '../../fixtures/hostile/corpus';

function outcome(text: string): string | null {
  try {
    parseDataset(text, 'hostile.json');
    return null;
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
}

describe('the hostile corpus', () => {
  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.kind}: ${hostile.name}`, () => {
      expect(outcome(hostile.text())).toBe(hostile.error);
    });
  }
});
