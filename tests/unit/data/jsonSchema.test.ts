/** public/data/dataset.schema.json is generated from the zod schema and must not drift. */
import { readFileSync } from 'node:fs';
import {
  SCHEMA_FILE,
  buildJsonSchema,
  renderJsonSchema,
} from '../../../scripts/generate-json-schema';
import { documentSchema } from '../../../src/data/schema';
import { STANCE_TYPE_IDS } from '../../../src/data/vocabulary';

interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  required?: string[];
  enum?: string[];
  pattern?: string;
  const?: unknown;
  additionalProperties?: boolean;
}

describe('dataset.schema.json', () => {
  it('is exactly what `npm run schema` generates (run it after changing src/data/schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });

  it('names itself and the format version', () => {
    const schema = buildJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/dataset\.schema\.json$/);
    expect(schema.title).toBe('Stance Map dataset, format version 1');
    expect(schema.description).toMatch(/docs\/dataset-format\.md/);
  });

  it('carries the schema’s rules: required fields, the vocabulary, http(s) addresses only', () => {
    const schema = buildJsonSchema() as JsonSchemaNode;
    expect(schema.properties!.schemaVersion!.const).toBe(1);
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'documents', 'actors', 'topics', 'stances']),
    );
    const stance = schema.properties!.stances!.items!;
    expect(stance.properties!.type!.enum).toEqual(STANCE_TYPE_IDS);
    expect(stance.additionalProperties).toBe(false);
    const url = new RegExp(schema.properties!.documents!.items!.properties!.url!.pattern!);
    expect(url.test('https://example.org/a')).toBe(true);
    expect(url.test('javascript:alert(1)')).toBe(false);
  });

  it('agrees with the app on which document addresses are allowed', () => {
    const schema = buildJsonSchema() as JsonSchemaNode;
    const url = new RegExp(schema.properties!.documents!.items!.properties!.url!.pattern!);
    for (const address of [
      'https://example.org/a',
      'HTTPS://EXAMPLE.ORG/A',
      'Http://x.y',
      'ftp://x.y',
    ]) {
      const app = documentSchema.shape.url.safeParse(address).success;
      expect(
        url.test(address),
        `${address}: JSON Schema says ${url.test(address)}, the app ${app}`,
      ).toBe(app);
    }
  });
});
