/** docs/dataset-format.md must describe the vocabulary the app actually uses. */
import { readFileSync } from 'node:fs';
import {
  DOC_FILE,
  renderVocabularyTables,
  tableRows,
  vocabularyBlock,
} from '../../../scripts/vocabulary-table';
import { STANCE_TYPES, STANCE_TYPE_IDS } from '../../../src/data/vocabulary';

const doc = readFileSync(DOC_FILE, 'utf8');

describe('docs/dataset-format.md', () => {
  it('has vocabulary tables matching src/data/vocabulary.ts (run npm run schema to update)', () => {
    const block = vocabularyBlock(doc);
    expect(block, 'the vocabulary markers are missing').not.toBeNull();
    expect(tableRows(block!)).toEqual(tableRows(renderVocabularyTables()));
  });

  it('lists every stance type with its label, polarity, CAMEO code and PLOVER category', () => {
    const rows = tableRows(vocabularyBlock(doc)!);
    for (const id of STANCE_TYPE_IDS) {
      const type = STANCE_TYPES[id];
      const row = rows.find((cells) => cells[0] === `\`${id}\``);
      expect(row, id).toBeDefined();
      expect(row!.slice(1).join(' | ').toLowerCase()).toBe(
        `${type.label} | ${type.polarity} | ${type.cameo.code} ${type.cameo.label} | ${type.plover ?? '—'}`.toLowerCase(),
      );
    }
  });

  it('documents the rules a coder must know', () => {
    for (const phrase of [
      'UTF-16 code units',
      'text.slice(start, end) === quote',
      '`direct`',
      '`reported`',
      'public/data/index.json',
      '?data=NAME',
      'schemaVersion',
      'dataset.schema.json',
    ]) {
      expect(doc, phrase).toContain(phrase);
    }
  });
});
