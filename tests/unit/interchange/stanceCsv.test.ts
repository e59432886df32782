import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/data/parseDataset';
import { buildStancesCsv } from '../../../src/export/csv';
import { indexDataset } from '../../../src/graph/datasetIndex';
import { readStanceCsv, splitNames } from '../../../src/interchange/stanceCsv';
import { loadAstana22 } from '../../helpers/loadFixture';

const base = loadAstana22();
const bytes = (text: string) => new TextEncoder().encode(text);

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected a DatasetError');
}

describe('stance spreadsheet import', () => {
  it('reads the app’s own CSV export back unchanged', () => {
    const csv = buildStancesCsv(indexDataset(base), base.stances);
    const result = readStanceCsv(bytes(csv), 'astana.csv', { base });
    expect(result.kind).toBe('dataset');
    if (result.kind !== 'dataset') return;
    expect(result.summary.newActors).toEqual([]);
    expect(result.dataset.stances).toEqual(base.stances);
    expect(result.dataset.actors).toEqual(base.actors);
    expect(result.dataset.topics).toEqual(base.topics);
  });

  it('splits lists of names only where every piece is an actor', () => {
    const index = {
      find: (name: string) =>
        ['a and b', 'c', 'd'].includes(name.toLowerCase()) ? name : undefined,
    };
    expect(splitNames('A and B, C and D', index)).toEqual(['A and B', 'C', 'D']);
    expect(splitNames('C; Unknown', index)).toEqual(['C', 'Unknown']);
  });

  it('resolves names whatever their case and accents, locates quotes, and asks before creating actors', () => {
    const text = base.documents[0]!.text;
    const quote = base.stances[3]!.evidence[0]!.quote;
    const tsv = `from\tto\ttype\ttopics\tquote\nTURKIYE; New Envoy\tisrael\tcondemns\tGaza; Brand-new topic\t${quote}\n`;
    const first = readStanceCsv(bytes(tsv), 'new.tsv', { base });
    expect(first.kind).toBe('confirm-actors');
    if (first.kind !== 'confirm-actors') return;
    expect(first.newActors).toEqual([{ name: 'New Envoy', kind: 'organization', rows: [2] }]);
    const confirmed = readStanceCsv(bytes(tsv), 'new.tsv', { base, confirmNewActors: true });
    if (confirmed.kind !== 'dataset') throw new Error('expected a dataset');
    const stance = confirmed.dataset.stances[0]!;
    expect(stance.from).toEqual(['turkiye', 'new-envoy']);
    expect(stance.topics).toEqual(['gaza', 'brand-new-topic']);
    expect(text.slice(stance.evidence[0]!.start, stance.evidence[0]!.end)).toBe(quote);
  });

  it('names the row of an unknown type, a quote not in the text and an ambiguous quote', () => {
    const csv = [
      'From,Stance,To,Topics,Quote',
      `Russia,admires,Iran,Gaza,"${base.stances[0]!.evidence[0]!.quote}"`,
      'Russia,condemns,Iran,Gaza,words that the communiqué never said',
      'Russia,condemns,Iran,Gaza,the',
    ].join('\n');
    const problems = problemsOf(() => readStanceCsv(bytes(csv), 'bad.csv', { base }));
    expect(problems[0]).toEqual({
      path: 'row 2, type',
      reason: expect.stringMatching(/^unknown stance type “admires” \(types are condemns, accuses/),
    });
    expect(problems[1]).toEqual({
      path: 'row 3, quote',
      reason:
        'quote not found in document “report”: it must be copied exactly (curly quotes and dashes included)',
    });
    expect(problems[2]!.path).toBe('row 4, quote');
    expect(problems[2]!.reason).toMatch(
      /^quote is ambiguous: it appears \d+ times \(report \d+–\d+/,
    );
    expect(
      problemsOf(() =>
        readStanceCsv(
          bytes('from,to,type,topics,quote\nRussia,Iran,condemns,Gaza,"open'),
          'q.csv',
          { base },
        ),
      )[0],
    ).toEqual({
      path: 'row 2',
      reason: expect.stringMatching(/a quote mark opens a cell that never closes$/),
    });
    expect(problemsOf(() => readStanceCsv(bytes('a,b\n1,2'), 'x.csv', { base }))).toEqual([
      {
        path: 'row 1',
        reason:
          'missing columns from, to, type, topics, quote (columns are from, to, type, topics, quote; optional document, start, end, attribution)',
      },
    ]);
  });
});
