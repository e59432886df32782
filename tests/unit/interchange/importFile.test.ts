import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStancesCsv } from '../../../src/export/csv';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { writeDna } from '../../../src/interchange/dna';
import { importFile } from '../../../src/interchange/importFile';
import { loadSqlJs } from '../../../src/interchange/sqlJs';
import { loadAstana22, repoRoot } from '../../helpers/loadFixture';

const base = loadAstana22();
const encode = (text: string) => new TextEncoder().encode(text);

describe('importFile', () => {
  it('opens a dataset JSON, a .dna file and a stance spreadsheet', async () => {
    const json = readFileSync(`${repoRoot}/public/data/astana-22.json`);
    const fromJson = await importFile('astana-22.json', new Uint8Array(json));
    expect(fromJson).toMatchObject({
      kind: 'dataset',
      format: 'stance-map',
      summary: { counts: { stances: base.stances.length } },
    });

    const { bytes } = writeDna(await loadSqlJs(), base);
    const fromDna = await importFile('any-name.sqlite', bytes);
    expect(fromDna.kind === 'dataset' && fromDna.dataset.stances).toEqual(base.stances);

    const csv = encode(buildStancesCsv(indexDataset(base), base.stances));
    const fromCsv = await importFile('astana.csv', csv, { base });
    expect(fromCsv.kind === 'dataset' && fromCsv.format).toBe('stance-csv');
  });

  it('refuses what it cannot open, naming the file and why', async () => {
    await expect(importFile('astana.csv', encode('from,to\n'))).rejects.toThrowError(
      'astana.csv: a stance spreadsheet quotes the documents of a dataset: open that dataset first, then the spreadsheet',
    );
    await expect(importFile('map.gexf', encode('<gexf/>'))).rejects.toThrowError(
      /^map\.gexf: a GEXF file holds the network and its quotes but not the documents’ full texts/,
    );
    await expect(importFile('notes.docx', encode('PK\u0003\u0004'))).rejects.toThrowError(
      'notes.docx: “.docx” files cannot be opened; Stance Map opens a Stance Map dataset (.json), a DNA database (.dna) or a stance spreadsheet (.csv, .tsv)',
    );
    await expect(importFile('fake.dna', encode('hello'))).rejects.toThrowError(
      /fake\.dna: not a SQLite database/,
    );
  });
});
