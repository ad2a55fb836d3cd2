/** The JSON Schemas editors get completion from: up to date, and true to the data check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { jsonSchemas } from '../../scripts/lib/json-schemas.ts';
import { FIRST_RELEASE, withJson } from './model/release-fixture.ts';

const schemaDir = join(import.meta.dirname, '../../schema');
const generated = jsonSchemas();
const dataFile = (schema: string) => schema.replace('.schema', '');

describe('schema/*.schema.json', () => {
  test.each(Object.keys(generated))('%s is up to date (npm run schema)', (name) => {
    expect(readFileSync(join(schemaDir, name), 'utf8')).toBe(generated[name]);
  });

  test.each(Object.keys(generated))('%s accepts the first release', (name) => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(generated[name] ?? '{}'));
    const data: unknown = JSON.parse(FIRST_RELEASE.files[dataFile(name)] ?? 'null');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  test('rejects what the data check rejects: a journey with an unknown mode', () => {
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(generated['meetings.schema.json'] ?? '{}'),
    );
    const files = withJson('meetings.json', (d) => {
      (d.journeys as Array<Record<string, unknown>>)[0]!.mode = 'teleport';
    });
    expect(validate(JSON.parse(files['meetings.json'] ?? 'null'))).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/journeys/0/mode');
  });
});
