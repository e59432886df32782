import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/data/parseDataset';
import { evaluateDataset, scoreSuggestions } from '../../../src/suggest/evaluate';

const root = path.resolve(__dirname, '../../..');
const DATASETS = [
  'public/data/astana-22.json',
  'tests/fixtures/suggest/lake-orin-communique.json',
  'tests/fixtures/suggest/port-savin-report.json',
];

function load(file: string) {
  return parseDataset(fs.readFileSync(path.join(root, file), 'utf8'), file);
}

const evaluations = new Map<string, ReturnType<typeof evaluateDataset>>();
function evaluate(file: string) {
  if (!evaluations.has(file)) evaluations.set(file, evaluateDataset(load(file)));
  return evaluations.get(file)!;
}

describe('evaluation texts', () => {
  it.each(DATASETS.slice(1))(
    '%s: the text file is the document, and every quote is an exact slice',
    (file) => {
      const dataset = load(file);
      const document = dataset.documents[0]!;
      expect(fs.readFileSync(path.join(root, file.replace(/\.json$/, '.txt')), 'utf8')).toBe(
        document.text,
      );
      for (const stance of dataset.stances)
        for (const e of stance.evidence) expect(document.text.slice(e.start, e.end)).toBe(e.quote);
    },
  );
});

describe('the extractor against hand-coded texts (targets of issue 11)', () => {
  it.each(DATASETS)(
    '%s: recall ≥ 0.8, precision ≥ 0.7, exact quotes, speakers right ≥ 0.9',
    (file) => {
      const result = evaluate(file);
      expect(result.proposals).toBeGreaterThan(0);
      expect(result.inexactQuotes).toBe(0);
      expect(result.recall).toBeGreaterThanOrEqual(0.8);
      expect(result.precision).toBeGreaterThanOrEqual(0.7);
      expect(result.speakerAgreement).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('counts a proposal toward the wrong addressee, or a wrong speaker, against the score (it can fail)', () => {
    const dataset = load(DATASETS[0]!);
    const baseline = evaluate(DATASETS[0]!);
    const document = dataset.documents[0]!.id;
    const misaddressed = baseline.suggestions.map((s) =>
      s.to.known && s.to.id === 'israel'
        ? { ...s, to: { known: true as const, id: 'gaza', name: 'Gaza' } }
        : s,
    );
    const skewed = scoreSuggestions(dataset, document, misaddressed);
    expect(skewed.precision).toBeLessThan(baseline.precision);
    const unspoken = scoreSuggestions(
      dataset,
      document,
      baseline.suggestions.map((s) => ({ ...s, from: s.from.slice(0, 1) })),
    );
    expect(unspoken.speakerAgreement).toBe(0);
    const shifted = scoreSuggestions(
      dataset,
      document,
      baseline.suggestions.map((s) => ({ ...s, start: s.start + 1 })),
    );
    expect(shifted.inexactQuotes).toBe(baseline.suggestions.length);
  });
});
