/**
 * Publish the dataset schema (src/data/schema.ts, zod) as JSON Schema, so editors can
 * check a dataset while it is written: public/data/dataset.schema.json.
 *
 *   npm run schema            write the file
 *   npm run schema -- --check exit 1 if the committed file differs (the unit test does the same)
 *
 * JSON Schema covers shapes only; references, unique ids and quotes matching their
 * spans are checked by the app (src/data/parseDataset.ts) and described in
 * docs/dataset-format.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { datasetSchema } from '../src/data/schema';

export const SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../public/data/dataset.schema.json',
);

export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://stance-map.example/data/dataset.schema.json',
    title: 'Stance Map dataset, format version 1',
    description:
      'A diplomatic communiqué coded as stances: who takes which stance toward whom, each backed ' +
      'by evidence spans that are exact slices of the source text (JavaScript string offsets, ' +
      'UTF-16 code units). This schema checks shapes only; the app also checks that ids are ' +
      'unique, that every reference resolves and that every quote matches its span. ' +
      'Generated from src/data/schema.ts by scripts/generate-json-schema.ts: do not edit by hand. ' +
      'See docs/dataset-format.md.',
    ...rest,
  };
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

function main(): void {
  const text = renderJsonSchema();
  const relative = path.relative(process.cwd(), SCHEMA_FILE);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== text) {
      console.error(`${relative} is out of date: run npm run schema`);
      process.exit(1);
    }
    console.log(`${relative} is up to date`);
    return;
  }
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${relative}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
