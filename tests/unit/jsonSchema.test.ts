/**
 * public/data/rules.schema.json is generated from the valibot schema the app validates with, so
 * the two cannot drift: this test fails if the file is stale. Regenerate: npm run schema.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/shared/domain/schema';

const FILE = 'public/data/rules.schema.json';

function generate(): string {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', target: 'draft-07' });
  const document = {
    ...schema,
    $id: 'rules.schema.json',
    title: 'Lync Server 2013 Edge port matrix dataset',
    description:
      'The rule dataset of the port-matrix explorer (schemaVersion 1). Generated from src/shared/domain/schema.ts. The app also checks what JSON Schema cannot express: every id reference resolves, ids are unique, port ranges have from <= to.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

describe('the JSON Schema file', () => {
  it('is generated from the same schema the app validates with', () => {
    const text = generate();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, text);
    expect(existsSync(FILE), `${FILE} is missing: run npm run schema`).toBe(true);
    expect(readFileSync(FILE, 'utf8'), `${FILE} is stale: run npm run schema`).toBe(text);
  });
  it('describes rules with numeric port ranges and bilingual notes', () => {
    const schema = JSON.parse(generate());
    const rule = schema.properties.rules.items;
    expect(rule.required).toEqual(expect.arrayContaining(['id', 'ports', 'source', 'destination', 'notes', 'provenance']));
    expect(rule.properties.ports.items.properties.from).toMatchObject({ type: 'integer', minimum: 1, maximum: 65535 });
    expect(rule.properties.notes.required).toEqual(['en', 'zh-TW']);
  });
});

describe('the README', () => {
  it('holds a minimal dataset example that the app accepts', async () => {
    const { validateDataset } = await import('../../src/shared/domain/validate');
    const readme = readFileSync('README.md', 'utf8');
    const example = /### Your own dataset[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'no JSON example under "Your own dataset"').toBeDefined();
    const result = validateDataset(JSON.parse(example ?? ''));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
