import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/parseDataset';
import {
  ACCEPT_ATTRIBUTE,
  parseDatasetBytes,
  routeFile,
} from '../../../src/interchange/fileFormats';

const valid = readFileSync('public/data/astana-22.json');
const sqlite = new TextEncoder().encode('SQLite format 3\u0000rest of the file');
const none = new Uint8Array([1]);

describe('routeFile', () => {
  it('sends each format to its reader, any SQLite file to DNA whatever its name', () => {
    expect(routeFile('Astana.JSON', valid)).toEqual({ reader: 'stance-map' });
    expect(routeFile('coded.dna', none)).toEqual({ reader: 'dna' });
    expect(routeFile('coded.sqlite', none)).toEqual({ reader: 'dna' });
    expect(routeFile('export.bin', sqlite)).toEqual({ reader: 'dna' });
    expect(routeFile('stances.csv', none)).toEqual({ reader: 'stance-csv' });
    expect(routeFile('stances.TSV', none)).toEqual({ reader: 'stance-csv' });
    expect(ACCEPT_ATTRIBUTE).toBe('.json,.dna,.sqlite,.db,.csv,.tsv');
  });

  it("refuses Stance Map's own exports that lack the texts, saying why", () => {
    for (const [name, what] of [
      ['map.gexf', 'a GEXF file'],
      ['map.graphml', 'a GraphML file'],
      ['events.jsonl', 'PLOVER events'],
    ]) {
      const route = routeFile(name!, none);
      expect(route).toEqual({ refused: expect.stringContaining(what!) });
      expect(route).toEqual({ refused: expect.stringContaining('documents’ full texts') });
    }
  });

  it('refuses other files by extension, listing what opens, and files over the limit', () => {
    expect(routeFile('notes.docx', none)).toEqual({
      refused:
        '“.docx” files cannot be opened; Stance Map opens a Stance Map dataset (.json), a DNA database (.dna) or a stance spreadsheet (.csv, .tsv)',
    });
    expect(routeFile('README', none)).toEqual({
      refused: expect.stringMatching(/^files without an extension cannot be opened/),
    });
    const huge = { byteLength: 51 * 1024 * 1024 } as Uint8Array;
    expect(routeFile('huge.json', huge)).toEqual({
      refused: 'the file is 51.0 MB; files larger than 50.0 MB are refused',
    });
  });
});

describe('parseDatasetBytes', () => {
  const failure = (name: string, bytes: Uint8Array): DatasetError => {
    try {
      parseDatasetBytes(bytes, name);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      return error as DatasetError;
    }
    throw new Error(`${name} was accepted`);
  };

  it('reads a JSON dataset, with or without a byte-order mark', () => {
    const plain = parseDatasetBytes(valid, 'astana-22.json');
    expect(plain.id).toBe('astana-22');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...valid]);
    expect(parseDatasetBytes(withBom, 'A.JSON')).toEqual(plain);
  });

  it('refuses text that is not UTF-8 and reports invalid data with its path', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    expect(failure('x.json', latin1).problems[0]!.reason).toMatch(/not UTF-8/);
    const broken = JSON.parse(valid.toString('utf8'));
    broken.stances[0].evidence[0].quote = 'not in the text';
    const error = failure('broken.json', new TextEncoder().encode(JSON.stringify(broken)));
    expect(error.file).toBe('broken.json');
    expect(error.problems[0]!.path).toMatch(/^stances\[0\]\.evidence\[0\]/);
  });
});
