/**
 * Every case of the hostile corpus (tests/fixtures/hostile/) gets exactly its error, or
 * loads when it is valid.
 */
import { DATASET_LIMITS } from '../../../src/data/limits';
import { DatasetError, parseDataset } from '../../../src/data/parseDataset';
import { parseDatasetInSteps } from '../../../src/data/parseDatasetInSteps';
import { generateSyntheticDataset } from '../../fixtures/syntheticDataset';
import { clusterCutAt } from '../../../src/data/graphemes';
import { loadDataset } from '../../../src/data/loadDataset';
import { decodeDatasetBytes } from '../../../src/data/textEncoding';
import { HANDLED_CASES, HOSTILE_CASES, utf16Bytes } from '../../fixtures/hostile/corpus';

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

describe('grapheme checks segment only around the offsets', () => {
  it('checks a span in a 20 MB text as fast as in a short one', () => {
    const text = `${'Ministers met. '.repeat(1_400_000)}Cafe\u0301 noir`;
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) clusterCutAt(text, text.length - 6 - (i % 2));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(clusterCutAt(text, text.length - 6)).toEqual({
      start: text.length - 7,
      end: text.length - 5,
    });
    expect(clusterCutAt(text, text.length - 5)).toBeNull();
  });
});

describe('encodings', () => {
  it('reads a UTF-16 file with a byte-order mark, either way round', () => {
    for (const endian of ['le', 'be'] as const) {
      const dataset = parseDataset(decodeDatasetBytes(utf16Bytes(endian)), 'utf16.json');
      expect(dataset.actors[1]!.name).toBe('Türkiye');
    }
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"a":1}');
    expect(decodeDatasetBytes(bytes)).toBe('{"a":1}');
  });

  it('loadDataset reads the bytes, so a UTF-16 file served over HTTP loads', async () => {
    const fetchUtf16 = async () =>
      new Response(utf16Bytes('le'), { headers: { 'content-type': 'application/json' } });
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1/' });
    const dataset = await loadDataset('utf16', fetchUtf16);
    vi.unstubAllGlobals();
    expect(dataset.id).toBe('base');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('is named from its zero bytes', () => {
    const bytes = utf16Bytes('le').subarray(2);
    expect(() => parseDataset(new TextDecoder().decode(bytes), 'x.json')).toThrow(
      'x.json: the file is UTF-16 (little-endian), not UTF-8; save it as UTF-8 and load it again',
    );
  });
});

describe('limits, checked before the expensive work', () => {
  it('refuses a dataset over a limit with the limit and the file’s figure', () => {
    const dataset = generateSyntheticDataset({ actors: 1200, stances: 10 });
    const t0 = performance.now();
    expect(outcome(JSON.stringify(dataset))).toBe(
      'hostile.json: actors: 1,201 actors; this app draws datasets of at most 1,000 actors',
    );
    expect(performance.now() - t0).toBeLessThan(500);
    expect(DATASET_LIMITS).toEqual({
      actors: 1000,
      stances: 5000,
      documents: 50,
      textLength: 25 * 1024 * 1024,
    });
  });

  it('checks a big dataset in steps with the same outcome as in one go', async () => {
    const dataset = generateSyntheticDataset({ actors: 40, stances: 3200 });
    const json = JSON.stringify(dataset);
    // Big enough to be checked in steps (smaller files are checked in one go).
    expect(json.length).toBeGreaterThan(1_000_000);
    expect((await parseDatasetInSteps(json, 'big.json')).stances).toEqual(
      parseDataset(json, 'big.json').stances,
    );
    (dataset.stances[2500] as unknown as Record<string, unknown>).summary = 7;
    (dataset.stances[0] as unknown as Record<string, unknown>).type = 'praises';
    const broken = JSON.stringify(dataset);
    const inSteps = await parseDatasetInSteps(broken, 'big.json').catch((error: Error) => error);
    expect(inSteps).toBeInstanceOf(DatasetError);
    expect((inSteps as DatasetError).problems).toEqual(
      (() => {
        try {
          parseDataset(broken, 'big.json');
        } catch (error) {
          return (error as DatasetError).problems;
        }
      })(),
    );
    expect((inSteps as DatasetError).problems.map((p) => p.path)).toEqual([
      'stances[0].type',
      'stances[2500].summary',
    ]);
  });
});

describe('classes handled before', () => {
  it('a truncated file is "not JSON", with the parser’s reason', () => {
    const truncated = HANDLED_CASES.find((hostile) => hostile.name === 'a truncated file')!;
    expect(outcome(truncated.text())).toMatch(/^hostile\.json: not JSON: \S/);
  });

  it('prototype keys pollute nothing', () => {
    const proto = HANDLED_CASES.find((hostile) => hostile.kind === 'prototype keys')!;
    outcome(proto.text());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
