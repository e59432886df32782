import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/parseDataset';
import { readDatasetFile } from '../../../src/library/readDatasetFile';

const valid = readFileSync('public/data/astana-22.json');

async function failure(name: string, bytes: Uint8Array): Promise<DatasetError> {
  const error = await readDatasetFile(name, bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('readDatasetFile', () => {
  it('reads a JSON dataset, with or without a byte-order mark', async () => {
    const plain = await readDatasetFile('astana-22.json', valid);
    expect(plain.dataset.id).toBe('astana-22');
    expect(plain.origin).toEqual({ kind: 'file', name: 'astana-22.json' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...valid]);
    expect((await readDatasetFile('A.JSON', withBom)).dataset).toEqual(plain.dataset);
  });

  it('names the extension and the accepted formats for other files', async () => {
    const error = await failure('notes.csv', new Uint8Array([1]));
    expect(error.file).toBe('notes.csv');
    expect(error.problems[0]!.reason).toMatch(/"\.csv" cannot be opened; accepted: .*\.json/);
    expect((await failure('README', new Uint8Array())).problems[0]!.reason).toMatch(
      /without an extension/,
    );
  });

  it('refuses text that is not UTF-8 and reports invalid data with its path', async () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    expect((await failure('x.json', latin1)).problems[0]!.reason).toMatch(/not UTF-8/);
    const broken = JSON.parse(valid.toString('utf8'));
    broken.stances[0].evidence[0].quote = 'not in the text';
    const error = await failure('broken.json', new TextEncoder().encode(JSON.stringify(broken)));
    expect(error.problems[0]!.path).toMatch(/^stances\[0\]\.evidence\[0\]/);
  });
});
